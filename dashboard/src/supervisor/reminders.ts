import type { StatusMatrix } from '#shared/api/schemas.ts';

export interface Reminder {
  readonly code: string;
  readonly name: string;
  readonly status: '未报送' | '已退回';
}

/** The latest month whose deadline has passed: the one worth chasing (else the first month). */
export function monthToChase(matrix: StatusMatrix): number {
  const due = matrix.months.filter((m) => matrix.units.some((u) => u.months[String(m)]?.due));
  return due.at(-1) ?? matrix.months[0] ?? 1;
}

/** Units that owe the month's ledger: nothing received, or the received one was returned. */
export function remindersOf(matrix: StatusMatrix, month: number): Reminder[] {
  return matrix.units.flatMap((u) => {
    const s = u.months[String(month)]?.status;
    return s === '未报送' || s === '已退回' ? [{ code: u.code, name: u.name, status: s }] : [];
  });
}

/** The message a supervisor pastes into the work group chat. */
export function reminderText(matrix: StatusMatrix, month: number, reminders: readonly Reminder[]): string {
  const deadline = matrix.units[0]?.months[String(month)]?.deadline ?? '';
  const names = reminders.map((r) => (r.status === '已退回' ? `${r.name}（已退回，请修改后重报）` : r.name));
  return `【催报】${matrix.year}年${month}月廉政教育台账截止日期为 ${deadline}，以下 ${reminders.length} 个单位尚未报送，请尽快报送：\n${names.join('\n')}`;
}
