import type { Overview } from '#shared/api/schemas.ts';
import { activityCategories } from '#shared/index.ts';
import { countedVersionLabel } from '#shared/report/counted-version.ts';
import { activitySum, addTotals, emptyTotals, type Totals } from '#shared/report/totals.ts';
import type { MonthSums } from '../db/activity-months.ts';
import type { Consolidation, ScopeUnit } from '../export/load.ts';
import type { Unit } from '../units/unit.ts';

const URGENCY = { 逾期未完成: 0, 即将到期: 1, 逾期完成: 2 } as const;

const figure = (totals: Totals) => ({
  rows: activitySum(totals, 'all', 'rows'),
  participants: activitySum(totals, 'all', 'participants'),
});

/**
 * The bar a unit's figures go to: the unit directly below the scope on its path (its township
 * below the district, itself below a township), or the scope's own bar for the scope itself.
 */
function chartGroup(unit: ScopeUnit, root: Unit, byCode: ReadonlyMap<string, ScopeUnit>): string {
  const below = unit.path.slice(root.path.length).split('/')[0] ?? '';
  return below === '' ? `${root.name}本级` : (byCode.get(below)?.name ?? unit.name);
}

/** The dashboard's figures from the same consolidation the 汇总 workbook is built from, so the two never disagree. */
export function overviewOf(c: Consolidation, months: readonly MonthSums[]): Overview {
  const byCode = new Map(c.units.map((u) => [u.code, u]));
  const groups = new Map<string, Totals>();
  for (const unit of c.units) {
    const group = chartGroup(unit, c.root, byCode);
    groups.set(group, addTotals(groups.get(group) ?? emptyTotals(), unit.totals));
  }
  const byMonth = new Map(months.map((m) => [m.month, m]));
  return {
    scope: { code: c.root.code, name: c.root.name, kind: c.root.kind },
    year: c.year,
    today: c.today,
    // Units whose newest version was returned: the figures count an older one, or none, until it is sent again.
    awaitingResubmission: c.units
      .filter((u) => u.version.returned !== null)
      .map((u) => ({ unitCode: u.code, unitName: u.name, version: countedVersionLabel(u.version) })),
    categories: activityCategories.map((category) => ({
      category,
      rows: c.total.activity[category].rows,
      participants: c.total.activity[category].participants,
    })),
    groups: [...groups].map(([name, totals]) => ({ name, ...figure(totals) })),
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      rows: byMonth.get(i + 1)?.rows ?? 0,
      participants: byMonth.get(i + 1)?.participants ?? 0,
    })),
    alerts: [...c.alerts]
      .sort((a, b) => URGENCY[a.alert] - URGENCY[b.alert] || a.data.deadline.localeCompare(b.data.deadline))
      .map((a) => ({
        alert: a.alert,
        unitCode: a.unit.code,
        unitName: a.unit.name,
        group: a.unit.group,
        row: a.row,
        caseNo: a.data.caseNo,
        responsibleUnit: a.data.responsibleUnit,
        deadline: a.data.deadline,
        status: a.data.status,
        completedDate: a.data.completedDate,
      })),
  };
}
