import { isoFromParts } from '#shared/cells/civil-date.ts';

/** The default day of the following month a month is due on (wrangler.jsonc's DEADLINE_DAY, else the 5th). */
export const deadlineDayOf = (env: { DEADLINE_DAY?: string }): number => Number(env.DEADLINE_DAY) || 5;

/** When month `month` of `year` is due: an override, else `day` of the following month. */
export function deadlineOf(year: number, month: number, day: number, overrides: ReadonlyMap<number, string>): string {
  const override = overrides.get(month);
  if (override !== undefined) return override;
  return month === 12 ? isoFromParts(year + 1, 1, day) : isoFromParts(year, month + 1, day);
}

/** The first day a submission counts for `month`: the day after the previous month's deadline. */
export function windowStart(year: number, month: number, day: number, overrides: ReadonlyMap<number, string>): string {
  if (month === 1) return isoFromParts(year, 1, 1);
  const previous = deadlineOf(year, month - 1, day, overrides);
  const [y, m, d] = previous.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The days a submission counts for `month` from, and the day it is due by (China dates). */
export interface MonthWindow {
  opens: string;
  deadline: string;
}

export function monthWindow(
  year: number,
  month: number,
  day: number,
  overrides: ReadonlyMap<number, string>,
): MonthWindow {
  return { opens: windowStart(year, month, day, overrides), deadline: deadlineOf(year, month, day, overrides) };
}
