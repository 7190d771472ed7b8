import type { Overview } from '#shared/api/schemas.ts';

/** Says which version the figures count where a unit's newest was returned, in the 汇总's own words. */
export function AwaitingResubmission({ overview }: { overview: Overview }) {
  if (overview.awaitingResubmission.length === 0) return null;
  return (
    <p class="notice info" role="note" aria-label="退回待重报">
      图表与汇总按各单位最新未退回的版本统计：
      {overview.awaitingResubmission.map((u) => `${u.unitName} ${u.version}`).join('；')}。
    </p>
  );
}
