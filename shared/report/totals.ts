import { type ActivityCategory, activityCategories } from '../ledgers/activity.ts';
import { rectificationStatuses } from '../ledgers/rectification.ts';
import { type Measure, type ReportFigure, reportFigures } from './figures.ts';
import { reportPhrase } from './phrasing.ts';
import { addTally, emptyTally, type TallyTotals, talliedLedgers } from './tallies.ts';
import type { ScopeWording } from './scope-wording.ts';

export interface ActivityTotals {
  rows: number;
  participants: number;
  materials: number;
  newsReports: number;
  adoptedReports: number;
  /** Rows (and their 参加人次) held at the district's 家风家训馆, by their 地点或载体. */
  hallRows: number;
  hallParticipants: number;
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
  /** Each tallied ledger's rows and sums, by key (see shared/report/tallies.ts). */
  tallies: Record<string, TallyTotals>;
}

export function emptyTotals(): Totals {
  const activity = {} as Record<ActivityCategory, ActivityTotals>;
  for (const c of activityCategories)
    activity[c] = {
      rows: 0,
      participants: 0,
      materials: 0,
      newsReports: 0,
      adoptedReports: 0,
      hallRows: 0,
      hallParticipants: 0,
    };
  return {
    activity,
    rectification: {
      rows: 0,
      byStatus: { 未启动: 0, 整改中: 0, 已完成: 0 },
      overdue: 0,
      warningSessions: 0,
      warningAttendance: 0,
    },
    inspection: { rows: 0, problemsFound: 0, problemsFixed: 0 },
    tallies: Object.fromEntries(talliedLedgers.map((t) => [t.def.key, emptyTally(t)])),
  };
}

/** One row of a breakdown: a unit (or 合计) and its sums. */
export interface NamedTotals {
  name: string;
  totals: Totals;
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
    x.hallRows += y.hallRows;
    x.hallParticipants += y.hallParticipants;
  }
  for (const s of rectificationStatuses) a.rectification.byStatus[s] += b.rectification.byStatus[s];
  a.rectification.rows += b.rectification.rows;
  a.rectification.overdue += b.rectification.overdue;
  a.rectification.warningSessions += b.rectification.warningSessions;
  a.rectification.warningAttendance += b.rectification.warningAttendance;
  a.inspection.rows += b.inspection.rows;
  a.inspection.problemsFound += b.inspection.problemsFound;
  a.inspection.problemsFixed += b.inspection.problemsFixed;
  for (const t of talliedLedgers) {
    const from = b.tallies[t.def.key];
    if (from) a.tallies[t.def.key] = addTally(a.tallies[t.def.key] ?? emptyTally(t), from);
  }
  return a;
}

export function activitySum(
  totals: Totals,
  categories: readonly ActivityCategory[] | 'all',
  measure: keyof ActivityTotals,
): number {
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

/** What a sentence says besides its numbers: the area and the 家风家训馆. */
export interface FigureWording extends ScopeWording {
  readonly hall: string;
}

/** A sentence cut at its numbers: text, or the index of the part whose number stands there. */
export type SentencePiece = { readonly text: string } | { readonly part: number };

export function sentencePieces(figure: ReportFigure, wording: FigureWording): SentencePiece[] {
  const worded = figure.sentence.replace(/\{(scope|scopeWide|hall)\}/g, (_, key: keyof FigureWording) => wording[key]);
  return worded
    .split(/(\{\d+\})/)
    .filter((s) => s !== '')
    .map((s) => (/^\{\d+\}$/.test(s) ? { part: Number(s.slice(1, -1)) } : { text: s }));
}

export interface FilledFigure {
  figure: ReportFigure;
  pieces: SentencePiece[];
  values: number[];
  /** Each value as the report phrases it ("1200余"). */
  phrases: string[];
  /** The report's sentence with the exact numbers in place. */
  text: string;
  /** The same with the report's phrasing ("开展学习10余次"). */
  phrased: string;
  /** Every number is 0: the report has nothing to say (本期无此项). */
  empty: boolean;
}

export const NOTHING_THIS_PERIOD = '本期无此项';

function joined(pieces: readonly SentencePiece[], numbers: readonly string[]): string {
  return pieces.map((p) => ('text' in p ? p.text : (numbers[p.part] ?? ''))).join('');
}

export function fillFigures(totals: Totals, wording: FigureWording): FilledFigure[] {
  return reportFigures.map((figure) => {
    const values = figure.parts.map((p) => measureOf(totals, p.of));
    const phrases = values.map(reportPhrase);
    const pieces = sentencePieces(figure, wording);
    return {
      figure,
      pieces,
      values,
      phrases,
      text: joined(pieces, values.map(String)),
      phrased: joined(pieces, phrases),
      empty: values.every((v) => v === 0),
    };
  });
}
