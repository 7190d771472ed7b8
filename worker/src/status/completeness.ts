import { todayInChina } from '#shared/cells/civil-date.ts';
import type { SubmissionTime } from '../db/deadlines.ts';

/** 无需报送: the unit does not report (the district itself, a supervising-only unit). */
export type Completeness = '已报送' | '逾期报送' | '未报送' | '已退回' | '无需报送';

export interface MonthStatus {
  status: Completeness;
  /** The deadline has passed (a 未报送 before it is not yet overdue). */
  due: boolean;
  deadline: string;
  /** The submission the status rests on. */
  version: number | null;
  receivedAt: string | null;
}

/** The China date a submission arrived on: deadlines are days in China. */
const dayOf = (iso: string): string => todayInChina(new Date(iso));

/**
 * A month is reported by any submission received after the previous month's deadline (every
 * submission is a full snapshot). The earliest of those that was not returned decides it: on
 * time (已报送) or late (逾期报送). So a return changes only the months that version decided:
 * they are judged by the next version not returned, and stay 已退回 while there is none.
 */
export function monthStatus(
  submissions: readonly SubmissionTime[],
  window: { opens: string; deadline: string },
  today: string,
): MonthStatus {
  const inWindow = submissions.filter((s) => dayOf(s.received_at) >= window.opens);
  const due = today > window.deadline;
  const base = { due, deadline: window.deadline };
  const decider = inWindow.find((s) => s.returned_at === null);
  if (decider)
    return {
      ...base,
      status: dayOf(decider.received_at) <= window.deadline ? '已报送' : '逾期报送',
      version: decider.version,
      receivedAt: decider.received_at,
    };
  const returned = inWindow.at(-1);
  if (returned) return { ...base, status: '已退回', version: returned.version, receivedAt: returned.received_at };
  return { ...base, status: '未报送', version: null, receivedAt: null };
}
