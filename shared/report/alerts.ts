import { isoFromDays, daysFromCivil } from '../cells/civil-date.ts';
import type { RectificationRow } from '../ledgers/schema.ts';

export type CaseAlert = '逾期未完成' | '即将到期' | '逾期完成';

/** How far ahead a deadline counts as 即将到期. */
export const DUE_SOON_DAYS = 15;

function addDays(iso: string, days: number): string {
  return isoFromDays(daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) + days);
}

/** The 预警 of a case as of `today` (ledger-spec: derived, never typed); null when none. */
export function caseAlert(
  row: Pick<RectificationRow, 'status' | 'deadline' | 'completedDate'>,
  today: string,
): CaseAlert | null {
  if (row.status !== '已完成') {
    if (today > row.deadline) return '逾期未完成';
    if (row.deadline <= addDays(today, DUE_SOON_DAYS)) return '即将到期';
    return null;
  }
  return row.completedDate !== null && row.completedDate > row.deadline ? '逾期完成' : null;
}

/** The last deadline that can still raise an alert as of `today` (for filtering in SQL). */
export function alertHorizon(today: string): string {
  return addDays(today, DUE_SOON_DAYS);
}
