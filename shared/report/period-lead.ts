/**
 * The period a report paragraph opens with: "2026年以来" for the year so far, "2026年1月至6月"
 * for whole months, "2026年3月" for one whole month. A range that starts or ends inside a
 * month is written with its days ("2026年3月5日至6月20日"): rounding to months would claim
 * days the figures do not count.
 */
export function periodLead(year: number, range: { readonly from: string | null; readonly to: string | null }): string {
  const from = range.from ?? `${year}-01-01`;
  if (range.to === null)
    return from === `${year}-01-01` ? `${year}年以来` : `${written(from, !from.endsWith('-01'), true)}以来`;
  const withDays = !from.endsWith('-01') || !isMonthEnd(range.to);
  if (!withDays && from.slice(0, 7) === range.to.slice(0, 7)) return written(from, false, true);
  return `${written(from, withDays, true)}至${written(range.to, withDays, from.slice(0, 4) !== range.to.slice(0, 4))}`;
}

function written(date: string, withDay: boolean, withYear: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${withDay ? `${d}日` : ''}`;
}

function isMonthEnd(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Day 0 of the next month is this month's last day (calendar arithmetic, not the clock).
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}
