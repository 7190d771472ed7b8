/** Reading and writing rows of cells through Range.Value2, in chunks the pane can breathe between. */
import { type CellValue, columnLetter } from '#shared/index.ts';
import type { ColumnFormat } from '../excel/write-grid.ts';
import { DEFAULT_SYNC_BUDGET } from '../highlight/budget.ts';
import { rowBatches } from '../write/row-batches.ts';
import { breathe } from './et-book.ts';
import type { EtCell, EtValue2, EtWorksheet } from './et-types.ts';

const cell = (v: EtCell): CellValue => (v === undefined || v === null ? '' : v);

/**
 * Value2 as rows of cells, whatever its shape: one cell comes as a scalar, a range as rows
 * (empty cells undefined), so the engine gets what Office.js's `values` gives ("" for empty).
 */
export function rowsOf(value: EtValue2, rows: number, columns: number): CellValue[][] {
  if (!Array.isArray(value)) return rows === 1 && columns === 1 ? [[cell(value)]] : [];
  return value.map((line) => Array.from({ length: columns }, (_, c) => cell(line[c])));
}

/** An area in A1 terms: 1-based top row, 0-based left column, as topLeftOf gives. */
export interface GridAt {
  readonly row: number;
  readonly column: number;
}

export const areaAddress = (at: GridAt, rows: number, columns: number): string =>
  `${columnLetter(at.column)}${at.row}:${columnLetter(at.column + columns - 1)}${at.row + rows - 1}`;

/**
 * Writes rows from a top-left cell, as inert values (see inertValue: WPS reads a written string
 * as typed, as Excel does). Chunked by the same byte budget as Office.js's syncs, which here
 * bounds how long one call holds the pane's thread.
 */
export async function writeEtGrid(
  sheet: EtWorksheet,
  top: GridAt,
  rows: readonly (readonly CellValue[])[],
  budget = DEFAULT_SYNC_BUDGET,
): Promise<void> {
  const { width, batches } = rowBatches(rows, budget);
  for (const batch of batches) {
    const at = { row: top.row + batch.first, column: top.column };
    sheet.Range(areaAddress(at, batch.rows.length, width)).Value2 = batch.rows;
    await breathe();
  }
}

/** Number formats of whole columns between two rows: ET takes one code for a whole range. */
export function writeEtColumnFormats(
  sheet: EtWorksheet,
  columns: readonly ColumnFormat[],
  rows: { readonly from: number; readonly to: number },
): void {
  if (rows.to < rows.from) return;
  for (const { letter, code } of columns) sheet.Range(`${letter}${rows.from}:${letter}${rows.to}`).NumberFormat = code;
}
