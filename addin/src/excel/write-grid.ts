import type { CellValue } from '../../../shared/index.ts';
import { columnLetter } from '../../../shared/index.ts';
import { chunkByBudget, DEFAULT_SYNC_BUDGET } from '../highlight/budget.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const utf8 = new TextEncoder();

/**
 * A value as Office.js should receive it. Excel takes a string starting with "=" (or "+",
 * "-", "@") as a formula, as if typed; a leading apostrophe makes it stay text, so a cell
 * from another unit's ledger can never run in the supervisor's workbook.
 */
export function inertValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

/**
 * Writes rows from a top-left cell in as many syncs as the payload budget needs. Office.js
 * sends a whole sync as one request, and Excel on the web refuses large ones.
 */
export async function writeGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: { readonly row: number; readonly column: number },
  rows: readonly (readonly CellValue[])[],
  budget = DEFAULT_SYNC_BUDGET,
): Promise<void> {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return;
  const indexed = rows.map((row, i) => ({ i, row }));
  const cost = ({ row }: { row: readonly CellValue[] }): number => utf8.encode(JSON.stringify(row)).length + 8;
  for (const batch of chunkByBudget(indexed, cost, budget)) {
    const first = batch[0]?.i ?? 0;
    const from = `${columnLetter(top.column)}${top.row + first}`;
    const to = `${columnLetter(top.column + width - 1)}${top.row + first + batch.length - 1}`;
    sheet.getRange(`${from}:${to}`).values = batch.map(({ row }) => Array.from({ length: width }, (_, c) => inertValue(row[c] ?? null)));
    await context.sync();
  }
}

export interface ColumnFormat {
  readonly letter: string;
  /** An Excel number format code, e.g. "yyyy-mm-dd". */
  readonly code: string;
}

/**
 * Number formats for whole columns between two rows. Office.js takes one format per cell,
 * so a long sheet's formats go in row bands that each fit the payload budget.
 */
export async function writeColumnFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  columns: readonly ColumnFormat[],
  rows: { readonly from: number; readonly to: number },
  budget = DEFAULT_SYNC_BUDGET,
): Promise<void> {
  if (columns.length === 0 || rows.to < rows.from) return;
  const perRow = columns.reduce((sum, c) => sum + c.code.length + 6, 0);
  const band = Math.max(1, Math.floor(budget / perRow));
  for (let from = rows.from; from <= rows.to; from += band) {
    const to = Math.min(rows.to, from + band - 1);
    for (const { letter, code } of columns) sheet.getRange(`${letter}${from}:${letter}${to}`).numberFormat = Array.from({ length: to - from + 1 }, () => [code]);
    await context.sync();
  }
}
