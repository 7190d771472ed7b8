import type { SubmissionRequest } from '#shared/api/client.ts';
import { submissionRequest } from '#shared/api/submission-request.ts';
import type { Issue } from '#shared/index.ts';
import type { ReplacedVersion } from '#shared/validate/fewer-rows.ts';
import type { HighlightedRange } from '../excel/highlights.ts';
import type { StandardSheets } from '../excel/read-workbook.ts';
import type { PaneServices } from './services.ts';
import type { CheckResult } from './validate.ts';

export interface Checked extends CheckResult {
  readonly sheets: StandardSheets;
  /** The stamp's year when the workbook has one, else the settings' year. */
  readonly year: number;
  readonly highlighted: HighlightedRange[];
  /** Sheets whose problem cells were not painted: protected. */
  readonly unpainted: readonly string[];
}

export type CheckStep =
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'validating' }
  | { readonly kind: 'highlighting' };

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
  const result = await services.validate({
    input: sheets.input,
    year,
    today: services.today(),
    locale: services.locale,
    ...(replaces === undefined ? {} : { replaces }),
  });
  onStep({ kind: 'highlighting' });
  const { painted, protectedSheets } = await services.workbook.highlight(result.issues, previous);
  return { ...result, sheets, year, highlighted: painted, unpainted: protectedSheets };
}

export function submissionBody(checked: Checked, notes: ReadonlyMap<string, string>): SubmissionRequest {
  return submissionRequest(checked.sheets.input, checked.year, checked.issues, notes);
}

interface SheetIssues {
  readonly sheet: string | null;
  readonly issues: Issue[];
  /** Found on the sheet, listed or not. */
  errors: number;
  warnings: number;
}

/** Listed issues grouped by sheet (workbook-level ones under null), sheets in first-seen order, with the sheet's counts of all found. */
export function groupBySheet({ issues, counts }: Pick<CheckResult, 'issues' | 'counts'>): SheetIssues[] {
  const groups = new Map<string | null, SheetIssues>();
  const groupOf = (sheet: string | null): SheetIssues => {
    const found = groups.get(sheet);
    if (found) return found;
    const created = { sheet, issues: [], errors: 0, warnings: 0 };
    groups.set(sheet, created);
    return created;
  };
  for (const issue of issues) groupOf(issue.sheet).issues.push(issue);
  for (const c of counts) {
    const group = groupOf(c.sheet);
    if (c.severity === 'error') group.errors += c.count;
    else group.warnings += c.count;
  }
  return [...groups.values()];
}
