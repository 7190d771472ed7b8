import { appendAll } from '../append-all.ts';
import { foldKey } from '../cells/fold.ts';
import { ledgers } from '../ledgers/registry.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import { templateReleases } from '../ledgers/template-releases.ts';
import type { Locale } from '../messages/types.ts';
import { wordIssueIn } from '../messages/word-issue.ts';
import { zhCN } from '../messages/zh-CN.ts';
import { compileLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import { fewerRowsWarnings } from './fewer-rows.ts';
import { checkForeignKeys } from './foreign-keys.ts';
import type { Issue, IssueDraft } from './issue.ts';
import { compareIssues } from './order.ts';
import type { ReadRow } from './read-row.ts';
import { SheetCheck, type SheetTotals } from './sheet-check.ts';
import type { RowSink } from './validate-sheet.ts';
import { checkTemplateVersion } from './template-version.ts';

export interface ValidateOptions extends ValidationContext {
  /** The table issues are worded from (`locales` in ../messages); zh-CN's unless given. */
  readonly wording?: Locale;
}

export interface LedgerCount<K extends LedgerKey = LedgerKey> {
  readonly ledger: K;
  readonly sheet: string;
  readonly headerRow: number | null;
  /** Non-blank data rows on the sheet. */
  readonly rowCount: number;
}

/** The engine's verdict on a workbook: its issues, worded and in reading order, and each ledger's rows counted. */
export interface ValidationSummary {
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly ledgers: { readonly [K in LedgerKey]?: LedgerCount<K> };
}

/**
 * Checks a workbook sheet by sheet, each sheet's rows as they arrive: what validateWorkbook
 * runs over Office.js values, and what checkUpload streams an .xlsx through without
 * holding its rows. With `keepRows`, it keeps every data row free of errors (`keptRows`).
 */
export class WorkbookCheck {
  private readonly sheets = new Map<
    LedgerKey,
    {
      readonly sheet: string;
      readonly check: SheetCheck;
      readonly kept: ReadRow[] | null;
      repeating: ReadonlySet<number>;
    }
  >();
  /** An old layout would drown the one thing to do (upgrade) in column errors: then no sheet is read. */
  private readonly version: IssueDraft | null;

  constructor(
    private readonly options: ValidateOptions,
    /** The template stamp found in the workbook, if any. */
    templateVersion: string | null,
    private readonly keepRows = false,
  ) {
    this.version = checkTemplateVersion(templateVersion, templateReleases);
  }

  /**
   * The check for the sheet named `name` (matched as a ledger's sheet name is: width, case,
   * spaces), or null when it is no ledger's, its ledger already has another sheet, or no sheet is
   * read. Asked again for the same sheet, it starts that sheet over (a reader reading it again).
   */
  sheet(name: string): SheetCheck | null {
    if (this.version?.severity === 'error') return null;
    const wanted = foldKey(name);
    const def = ledgers.find((l) => foldKey(l.sheetName) === wanted);
    if (def === undefined || (this.sheets.get(def.key)?.sheet ?? name) !== name) return null;
    const kept: ReadRow[] | null = this.keepRows ? [] : null;
    const keep =
      kept === null
        ? null
        : (row: ReadRow): void => {
            if (!row.hasError) kept.push(row);
          };
    const check = new SheetCheck(compileLedger(def), name, this.options, keep);
    this.sheets.set(def.key, { sheet: name, check, kept, repeating: new Set() });
    return check;
  }

  /**
   * Where the rows of the sheet named `name` go when its check asks to read some again (see
   * SheetCheck), or null when it asks for none or is no ledger's sheet.
   */
  rereadSink(name: string): RowSink | null {
    const found = [...this.sheets.values()].find((s) => s.sheet === name);
    if (found === undefined || found.check.rowsToReread() === null) return null;
    const { check } = found;
    return (row, first, cells) => check.reread(row, first, cells);
  }

  /** The rows free of errors of the ledger's sheet, when asked to keep them; after `finish`. */
  keptRows(ledger: LedgerKey): readonly ReadRow[] {
    const found = this.sheets.get(ledger);
    if (found?.kept == null) return [];
    const { kept, repeating } = found;
    return repeating.size === 0 ? kept : kept.filter((r) => !repeating.has(r.row));
  }

  finish(): ValidationSummary {
    const { options, version } = this;
    if (version?.severity === 'error') return summary([version], {}, options);
    const drafts: IssueDraft[] = version ? [version] : [];
    const results = new Map<LedgerKey, { sheet: string; result: SheetTotals }>();
    for (const def of ledgers) {
      const found = this.sheets.get(def.key);
      if (found === undefined) continue;
      const result = found.check.finish();
      found.repeating = result.repeating;
      results.set(def.key, { sheet: found.sheet, result });
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
        ledgers.map((l) => [l.key, results.get(l.key)?.result.rowCount ?? 0]),
      ) as Record<LedgerKey, number>;
      appendAll(drafts, fewerRowsWarnings(options.replaces, counts));
    }
    const counted: Partial<Record<LedgerKey, LedgerCount>> = {};
    for (const [key, { sheet, result }] of results) {
      counted[key] = { ledger: key, sheet, headerRow: result.headerRow, rowCount: result.rowCount };
    }
    return summary(drafts, counted as ValidationSummary['ledgers'], options);
  }
}

function summary(
  drafts: IssueDraft[],
  counted: ValidationSummary['ledgers'],
  options: ValidateOptions,
): ValidationSummary {
  const issues = drafts.sort(compareIssues).map((d) => wordIssueIn(options.wording ?? zhCN, d));
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  return { issues, errorCount, warningCount: issues.length - errorCount, ledgers: counted };
}
