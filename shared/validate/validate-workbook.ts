import { appendAll } from '../append-all.ts';
import { foldKey } from '../cells/fold.ts';
import { fewerRowsWarnings } from './fewer-rows.ts';
import { ledgers } from '../ledgers/registry.ts';
import { templateReleases } from '../ledgers/template-releases.ts';
import type { RowsByLedger } from '../ledgers/schema.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import { type LocaleName, wordIssue } from '../messages/index.ts';
import { compileLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import { checkForeignKeys } from './foreign-keys.ts';
import type { Issue, IssueDraft } from './issue.ts';
import { compareIssues } from './order.ts';
import { type SheetInput, type SheetResult, validateSheet } from './validate-sheet.ts';
import { checkTemplateVersion } from './template-version.ts';

/** What the engine consumes: per sheet, what Office.js gives for its used range. */
export interface WorkbookInput {
  readonly sheets: Readonly<Record<string, SheetInput>>;
  /** The template stamp found in the workbook, if any. */
  readonly templateVersion?: string | null;
}

export interface LedgerRows<K extends LedgerKey = LedgerKey> {
  readonly ledger: K;
  readonly sheet: string;
  readonly headerRow: number | null;
  /** Non-blank data rows on the sheet. */
  readonly rowCount: number;
  /** Rows without errors, typed (rows with errors are left out; their issues say why). */
  readonly rows: { readonly row: number; readonly data: RowsByLedger[K] }[];
}

export interface ValidationResult {
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly ledgers: { readonly [K in LedgerKey]?: LedgerRows<K> };
}

export interface ValidateOptions extends ValidationContext {
  readonly locale?: LocaleName;
}

/** The sheet of `input` that is the named standard sheet, matched as the engine matches it (width, case, spaces). */
export function findSheet(input: WorkbookInput, sheetName: string): string | undefined {
  const wanted = foldKey(sheetName);
  return Object.keys(input.sheets).find((name) => foldKey(name) === wanted);
}

function finish(drafts: IssueDraft[], found: ValidationResult['ledgers'], options: ValidateOptions): ValidationResult {
  const issues = drafts.sort(compareIssues).map((d) => wordIssue(d, options.locale));
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  return { issues, errorCount, warningCount: issues.length - errorCount, ledgers: found };
}

/** Validates every standard sheet of a workbook: pure, synchronous, the same in every runtime. */
export function validateWorkbook(input: WorkbookInput, options: ValidateOptions): ValidationResult {
  const version = checkTemplateVersion(input.templateVersion ?? null, templateReleases);
  // An old layout would drown the one thing to do (upgrade) in column errors.
  if (version?.severity === 'error') return finish([version], {}, options);

  const drafts: IssueDraft[] = version ? [version] : [];
  const results = new Map<LedgerKey, { sheet: string; result: SheetResult }>();
  for (const def of ledgers) {
    const sheet = findSheet(input, def.sheetName);
    const sheetInput = sheet === undefined ? undefined : input.sheets[sheet];
    if (sheet === undefined || !sheetInput) continue;
    const result = validateSheet(compileLedger(def), sheet, sheetInput, options);
    results.set(def.key, { sheet, result });
    appendAll(drafts, result.drafts);
  }
  if (results.size === 0) {
    drafts.push({
      severity: 'error',
      code: 'no-ledger-sheet',
      rule: null,
      ledger: null,
      sheet: null,
      row: null,
      column: null,
      header: null,
      value: null,
      params: { expected: ledgers.map((l) => l.sheetName).join('、') },
    });
  }
  appendAll(drafts, checkForeignKeys(results));
  if (options.replaces !== undefined) {
    const counts = Object.fromEntries(
      ledgers.map((l) => [l.key, results.get(l.key)?.result.rows.length ?? 0]),
    ) as Record<LedgerKey, number>;
    appendAll(drafts, fewerRowsWarnings(options.replaces, counts));
  }

  const found: Partial<Record<LedgerKey, LedgerRows>> = {};
  for (const [key, { sheet, result }] of results) {
    // Rows free of errors satisfy their ledger's row schema (the schema tests check it):
    // this is where the engine's untyped record becomes the ledger's row type.
    const rows = result.rows.filter((r) => !r.hasError) as unknown as { row: number; data: RowsByLedger[typeof key] }[];
    found[key] = { ledger: key, sheet, headerRow: result.headerRow, rowCount: result.rows.length, rows };
  }
  return finish(drafts, found as ValidationResult['ledgers'], options);
}
