import type { SubmissionTime } from '../db/deadlines.ts';
import type { Unit } from '../units/unit.ts';
import { type Completeness, type MonthStatus, monthStatus } from './completeness.ts';
import { monthWindow } from './deadline.ts';

export interface StatusMatrix {
  year: number;
  months: number[];
  units: (Pick<Unit, 'code' | 'name' | 'kind' | 'parentCode'> & { months: Record<number, MonthStatus> })[];
  summary: Record<number, Record<Completeness, number>>;
}

/** Units × months completeness, as of `today`; a unit that does not report is 无需报送 every month. */
export function statusMatrix(
  units: readonly Unit[],
  submissions: readonly SubmissionTime[],
  options: {
    year: number;
    months: readonly number[];
    deadlineDay: number;
    overrides: ReadonlyMap<number, string>;
    today: string;
  },
): StatusMatrix {
  const byUnit = new Map<string, SubmissionTime[]>();
  for (const s of submissions) byUnit.set(s.unit_code, [...(byUnit.get(s.unit_code) ?? []), s]);
  const windows = new Map(
    options.months.map((m) => [m, monthWindow(options.year, m, options.deadlineDay, options.overrides)]),
  );
  const summary: StatusMatrix['summary'] = {};
  const rows = units.map((unit) => {
    const months: Record<number, MonthStatus> = {};
    for (const [month, window] of windows) {
      const status: MonthStatus = unit.reports
        ? monthStatus(byUnit.get(unit.code) ?? [], window, options.today)
        : { status: '无需报送', due: false, deadline: window.deadline, version: null, receivedAt: null };
      months[month] = status;
      const counts = (summary[month] ??= { 已报送: 0, 逾期报送: 0, 未报送: 0, 已退回: 0, 无需报送: 0 });
      counts[status.status]++;
    }
    return { code: unit.code, name: unit.name, kind: unit.kind, parentCode: unit.parentCode, months };
  });
  return { year: options.year, months: [...options.months], units: rows, summary };
}
