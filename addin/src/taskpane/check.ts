import type { SubmissionRequest } from '../../../shared/api/client.ts';
import { submissionRequest } from '../../../shared/api/submission-request.ts';
import type { Issue } from '../../../shared/index.ts';
import type { ReplacedVersion } from '../../../shared/validate/fewer-rows.ts';
import type { HighlightedRange } from '../excel/highlights.ts';
import type { StandardSheets } from '../excel/read-workbook.ts';
import type { PaneServices } from './services.ts';
import type { CheckResult } from './validate.ts';

export interface Checked extends CheckResult {
  readonly sheets: StandardSheets;
  /** The stamp's year when the workbook has one, else the settings' year. */
  readonly year: number;
  readonly highlighted: HighlightedRange[];
}

export type CheckStep = { readonly kind: 'reading'; readonly done: number; readonly total: number } | { readonly kind: 'validating' } | { readonly kind: 'highlighting' };

/** The version a submission for `year` would replace, when the pane can know it (undefined: it cannot). */
export type ReplacesFor = (year: number) => Promise<ReplacedVersion | null | undefined>;

/** 校验: read the standard sheets, run the engine off-thread, paint the problem cells. */
export async function checkWorkbook(
  services: PaneServices,
  settingsYear: number,
  previous: readonly HighlightedRange[],
  onStep: (step: CheckStep) => void,
  replacesFor: ReplacesFor,
): Promise<Checked | null> {
  const sheets = await services.workbook.read((done, total) => onStep({ kind: 'reading', done, total }));
  if (Object.keys(sheets.input.sheets).length === 0) return null;
  const year = sheets.year ?? settingsYear;
  onStep({ kind: 'validating' });
  const replaces = await replacesFor(year);
  const result = await services.validate({ input: sheets.input, year, today: services.today(), locale: services.locale, ...(replaces === undefined ? {} : { replaces }) });
  onStep({ kind: 'highlighting' });
  const highlighted = await services.workbook.highlight(result.issues, previous);
  return { ...result, sheets, year, highlighted };
}

export function submissionBody(checked: Checked, notes: ReadonlyMap<string, string>): SubmissionRequest {
  return submissionRequest(checked.sheets.input, checked.year, checked.issues, notes);
}

/** Issues grouped by sheet (workbook-level ones under null), sheets in first-seen order. */
export function groupBySheet(issues: readonly Issue[]): { sheet: string | null; issues: Issue[]; errors: number; warnings: number }[] {
  const groups = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.sheet) ?? [];
    list.push(issue);
    groups.set(issue.sheet, list);
  }
  return [...groups].map(([sheet, list]) => {
    const errors = list.filter((i) => i.severity === 'error').length;
    return { sheet, issues: list, errors, warnings: list.length - errors };
  });
}
