import type { NextDeadline, ReportedMonth, SubmissionReporting } from '#shared/api/schemas.ts';
import { daysFromCivil, todayInChina } from '#shared/cells/civil-date.ts';
import { deadlineOverrides, type SubmissionTime, submissionTimesOf } from '../db/deadlines.ts';
import { monthStatus } from './completeness.ts';
import { type MonthWindow, monthWindow } from './deadline.ts';

/** One unit's year as the matrix judges it: its submissions and the year's deadlines. */
export interface UnitYear {
  year: number;
  submissions: readonly SubmissionTime[];
  deadlineDay: number;
  overrides: ReadonlyMap<number, string>;
}

export async function loadUnitYear(
  db: D1Database,
  unitCode: string,
  year: number,
  deadlineDay: number,
): Promise<UnitYear> {
  const [submissions, overrides] = await Promise.all([
    submissionTimesOf(db, unitCode, year),
    deadlineOverrides(db, year),
  ]);
  return { year, submissions, deadlineDay, overrides };
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};

const windowOf = (unit: UnitYear, month: number): MonthWindow =>
  monthWindow(unit.year, month, unit.deadlineDay, unit.overrides);

/** A month through monthStatus, the rule the matrix uses, so the clerk reads what the supervisor sees. */
function judged(unit: UnitYear, month: number, window: MonthWindow, today: string): ReportedMonth {
  const status = monthStatus(unit.submissions, window, today);
  const arrived = status.receivedAt === null ? null : todayInChina(new Date(status.receivedAt));
  return {
    year: unit.year,
    month,
    deadline: window.deadline,
    status: status.status,
    version: status.version,
    daysLate: arrived === null ? 0 : Math.max(0, dayNumber(arrived) - dayNumber(window.deadline)),
  };
}

/**
 * What version `version`, received at `receivedAt`, counts for: the month whose window holds its
 * China date, and the earlier months it was the first to report for, late (a full snapshot
 * reports every month still owing).
 */
export function reportingOf(
  unit: UnitYear,
  submission: { version: number; receivedAt: string },
  today: string,
): SubmissionReporting {
  const arrived = todayInChina(new Date(submission.receivedAt));
  let current: ReportedMonth | null = null;
  const makeUp: ReportedMonth[] = [];
  for (const month of MONTHS) {
    const window = windowOf(unit, month);
    if (window.opens > arrived) break;
    const judgedMonth = judged(unit, month, window, today);
    if (arrived <= window.deadline) current = judgedMonth;
    else if (judgedMonth.version === submission.version && judgedMonth.status === '逾期报送') makeUp.push(judgedMonth);
  }
  return { current, makeUp };
}

/**
 * The earliest deadline not yet passed on `today`: December of last year is due in January, so
 * `years` is last year's and this year's, in that order.
 */
export function nextDeadlineOf(years: readonly UnitYear[], today: string): NextDeadline | null {
  for (const unit of years) {
    for (const month of MONTHS) {
      const window = windowOf(unit, month);
      if (window.deadline < today) continue;
      const reported = judged(unit, month, window, today);
      const newest = unit.submissions.at(-1);
      const returnedLater =
        newest?.returned_at != null &&
        reported.version !== null &&
        newest.version > reported.version &&
        todayInChina(new Date(newest.received_at)) >= window.opens
          ? newest.version
          : null;
      return { ...reported, daysLeft: dayNumber(window.deadline) - dayNumber(today), returnedLater };
    }
  }
  return null;
}
