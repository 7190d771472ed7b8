import type { CellValue } from '../cells/cell-value.ts';
import { topLeftOf } from './address.ts';
import type { CompiledLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import type { ReadRow } from './read-row.ts';
import { SheetCheck, type SheetTotals } from './sheet-check.ts';

export interface SheetInput {
  /** Top-left of the values (Office.js `Range.address`, e.g. "Sheet1!A1:L20", or "A1"). */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface SheetResult extends SheetTotals {
  readonly rows: readonly ReadRow[];
}

/** Gets a sheet's rows in order: the Excel row number, the 0-based column of `cells[0]`, and the cells. */
export type RowSink = (row: number, first: number, cells: readonly CellValue[]) => void;

/** Passes a sheet's values, as Office.js gives a used range, to `sink` row by row. */
export function feedSheet(input: SheetInput, sink: RowSink): void {
  const origin = topLeftOf(input.address) ?? { row: 1, column: 0 };
  const { values } = input;
  for (let r = 0; r < values.length; r++) sink(origin.row + r, origin.column, values[r] ?? []);
}

/** Feeds a sheet's values to its check, then again the rows it asks to read again. */
export function checkValues(check: SheetCheck, input: SheetInput): void {
  feedSheet(input, (row, first, cells) => check.row(row, first, cells));
  if (check.rowsToReread() !== null) feedSheet(input, (row, first, cells) => check.reread(row, first, cells));
}

/** One sheet's values checked, its rows kept. */
export function validateSheet(
  ledger: CompiledLedger,
  sheet: string,
  input: SheetInput,
  ctx: ValidationContext,
): SheetResult {
  const rows: ReadRow[] = [];
  const check = new SheetCheck(ledger, sheet, ctx, (row) => rows.push(row));
  checkValues(check, input);
  const totals = check.finish();
  const { repeating } = totals;
  return { ...totals, rows: rows.map((r) => (repeating.has(r.row) ? { ...r, hasError: true } : r)) };
}
