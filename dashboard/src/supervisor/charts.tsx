import type { Overview } from '#shared/api/schemas.ts';
import { BarChart } from './bar-chart.tsx';
import { ColumnChart } from './column-chart.tsx';

/** What the bars of the second chart are: the units directly below the scope (see `groups` of /api/overview). */
const GROUPS_TITLE: Record<Overview['scope']['kind'], string> = {
  district: '活动次数（按乡镇、部门）',
  township: '活动次数（按村（社区））',
  department: '活动次数（本单位）',
  village: '活动次数（本单位）',
};

/** The three figures supervisors asked to see, from GET /api/overview. */
export function Charts({ overview }: { overview: Overview }) {
  const categories = overview.categories.filter((c) => c.rows > 0).map((c) => ({ label: c.category, value: c.rows }));
  const groups = overview.groups.map((g) => ({ label: g.name, value: g.rows }));
  const months = overview.months.map((m) => ({ label: `${m.month}月`, value: m.participants }));
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">活动统计 · {overview.scope.name}</h2>
      <div class="charts">
        <BarChart id="chart-categories" title="活动次数（按活动类别）" unit="次" bars={categories} />
        <BarChart id="chart-groups" title={GROUPS_TITLE[overview.scope.kind]} unit="次" bars={groups} />
        <ColumnChart id="chart-months" title="参加人次（按月）" unit="人次" bars={months} />
      </div>
    </section>
  );
}
