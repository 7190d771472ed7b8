import type { CellValue } from '#shared/index.ts';
import { columnLetter } from '#shared/index.ts';
import { chunkByBudget, DEFAULT_SYNC_BUDGET } from '../highlight/budget.ts';
import { inertValue } from '../write/inert-value.ts';
import { wireBytes } from '#web/json-bytes.ts';

/** A row's share of its band's object paths and actions, and the comma between rows. */
const ROW_OVERHEAD_BYTES = 24;

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
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0);
  if (width === 0) return;
  // Sized as sent: the apostrophes count too, and Office.js's bands of 1,500 cells (excel-wire.ts) cost a few bytes a row.
  const sent = rows.map((row, i) => ({ i, row: Array.from({ length: width }, (_, c) => inertValue(row[c] ?? null)) }));
  for (const batch of chunkByBudget(sent, ({ row }) => wireBytes(row) + ROW_OVERHEAD_BYTES, budget)) {
    const first = batch[0]?.i ?? 0;
    const from = `${columnLetter(top.column)}${top.row + first}`;
    const to = `${columnLetter(top.column + width - 1)}${top.row + first + batch.length - 1}`;
    sheet.getRange(`${from}:${to}`).values = batch.map(({ row }) => row);
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
  const perRow = columns.reduce((sum, c) => sum + wireBytes([c.code]) + ROW_OVERHEAD_BYTES, 0);
  const band = Math.max(1, Math.floor(budget / perRow));
  for (let from = rows.from; from <= rows.to; from += band) {
    const to = Math.min(rows.to, from + band - 1);
    for (const { letter, code } of columns)
      sheet.getRange(`${letter}${from}:${letter}${to}`).numberFormat = Array.from({ length: to - from + 1 }, () => [
        code,
      ]);
    await context.sync();
  }
}
