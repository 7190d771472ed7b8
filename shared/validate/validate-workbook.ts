import { foldKey } from '../cells/fold.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import type { RowsByLedger } from '../ledgers/schema.ts';
import { checkValues, type SheetInput } from './validate-sheet.ts';
import { type LedgerCount, type ValidateOptions, type ValidationSummary, WorkbookCheck } from './workbook-check.ts';

export type { LedgerCount, ValidateOptions, ValidationSummary } from './workbook-check.ts';

/** What the engine consumes: per sheet, what Office.js gives for its used range. */
export interface WorkbookInput {
  readonly sheets: Readonly<Record<string, SheetInput>>;
  /** The template stamp found in the workbook, if any. */
  readonly templateVersion?: string | null;
}

export interface LedgerRows<K extends LedgerKey = LedgerKey> extends LedgerCount<K> {
  /** Rows without errors, typed (rows with errors are left out; their issues say why). */
  readonly rows: { readonly row: number; readonly data: RowsByLedger[K] }[];
}

export interface ValidationResult extends ValidationSummary {
  readonly ledgers: { readonly [K in LedgerKey]?: LedgerRows<K> };
}

/** The sheet of `input` that is the named standard sheet, matched as the engine matches it (width, case, spaces). */
export function findSheet(input: WorkbookInput, sheetName: string): string | undefined {
  const wanted = foldKey(sheetName);
  return Object.keys(input.sheets).find((name) => foldKey(name) === wanted);
}

/** Validates every standard sheet of a workbook, keeping its valid rows typed: pure, synchronous, the same in every runtime. */
export function validateWorkbook(input: WorkbookInput, options: ValidateOptions): ValidationResult {
  const check = new WorkbookCheck(options, input.templateVersion ?? null, true);
  for (const [name, sheet] of Object.entries(input.sheets)) {
    const sheetCheck = check.sheet(name);
    if (sheetCheck !== null) checkValues(sheetCheck, sheet);
  }
  const summary = check.finish();
  const found: Partial<Record<LedgerKey, LedgerRows>> = {};
  for (const counted of Object.values(summary.ledgers)) {
    // Rows free of errors satisfy their ledger's row schema (the schema tests check it):
    // this is where the engine's untyped record becomes the ledger's row type.
    const rows = check.keptRows(counted.ledger) as unknown as {
      row: number;
      data: RowsByLedger[typeof counted.ledger];
    }[];
    found[counted.ledger] = { ...counted, rows };
  }
  return { ...summary, ledgers: found as ValidationResult['ledgers'] };
}
