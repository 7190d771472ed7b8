import { type ActivityCategory, activityCategories } from '../ledgers/activity.ts';
import { rectificationStatuses } from '../ledgers/rectification.ts';
import { type Measure, type ReportFigure, reportFigures } from './figures.ts';

export interface ActivityTotals {
  rows: number;
  participants: number;
  materials: number;
  newsReports: number;
  adoptedReports: number;
}

/** The sums one unit (or a roll-up of units) contributes to the 汇总 and the report. */
export interface Totals {
  activity: Record<ActivityCategory, ActivityTotals>;
  rectification: {
    rows: number;
    byStatus: Record<(typeof rectificationStatuses)[number], number>;
    /** Not 已完成 and past 整改时限 (逾期未完成). */
    overdue: number;
    warningSessions: number;
    warningAttendance: number;
  };
  inspection: { rows: number; problemsFound: number; problemsFixed: number };
}

export function emptyTotals(): Totals {
  const activity = {} as Record<ActivityCategory, ActivityTotals>;
  for (const c of activityCategories) activity[c] = { rows: 0, participants: 0, materials: 0, newsReports: 0, adoptedReports: 0 };
  return {
    activity,
    rectification: { rows: 0, byStatus: { 未启动: 0, 整改中: 0, 已完成: 0 }, overdue: 0, warningSessions: 0, warningAttendance: 0 },
    inspection: { rows: 0, problemsFound: 0, problemsFixed: 0 },
  };
}

/** Adds `b` into `a` (for township subtotals and the district total). */
export function addTotals(a: Totals, b: Totals): Totals {
  for (const c of activityCategories) {
    const x = a.activity[c];
    const y = b.activity[c];
    x.rows += y.rows;
    x.participants += y.participants;
    x.materials += y.materials;
    x.newsReports += y.newsReports;
    x.adoptedReports += y.adoptedReports;
  }
  for (const s of rectificationStatuses) a.rectification.byStatus[s] += b.rectification.byStatus[s];
  a.rectification.rows += b.rectification.rows;
  a.rectification.overdue += b.rectification.overdue;
  a.rectification.warningSessions += b.rectification.warningSessions;
  a.rectification.warningAttendance += b.rectification.warningAttendance;
  a.inspection.rows += b.inspection.rows;
  a.inspection.problemsFound += b.inspection.problemsFound;
  a.inspection.problemsFixed += b.inspection.problemsFixed;
  return a;
}

export function activitySum(totals: Totals, categories: readonly ActivityCategory[] | 'all', measure: keyof ActivityTotals): number {
  const list = categories === 'all' ? activityCategories : categories;
  return list.reduce((sum, c) => sum + totals.activity[c][measure], 0);
}

export function measureOf(totals: Totals, m: Measure): number {
  switch (m.ledger) {
    case 'activity':
      return activitySum(totals, m.categories, m.measure);
    case 'rectification':
      return totals.rectification[m.measure];
    case 'inspection':
      return totals.inspection.rows;
  }
}

export interface FilledFigure {
  figure: ReportFigure;
  values: number[];
  /** The report's sentence with the numbers in place. */
  text: string;
}

export function fillFigures(totals: Totals): FilledFigure[] {
  return reportFigures.map((figure) => {
    const values = figure.parts.map((p) => measureOf(totals, p.of));
    const text = figure.sentence.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
    return { figure, values, text };
  });
}
