/** Shared shape of every benchmarked reader's output, and a fingerprint to compare them. */
import type { CellValue } from '#shared/cells/cell-value.ts';

export type Grid = CellValue[][];

/** Sparse rows (1-based row numbers) to the dense rectangle readXlsx returns. */
export function denseRows(rows: ReadonlyMap<number, CellValue[]>): Grid {
  let first = Infinity;
  let last = 0;
  let width = 0;
  for (const [number, values] of rows) {
    first = Math.min(first, number);
    last = Math.max(last, number);
    width = Math.max(width, values.length);
  }
  const grid: Grid = [];
  for (let r = first; r <= last; r++) {
    const values = rows.get(r) ?? [];
    const row: CellValue[] = new Array<CellValue>(width).fill(null);
    for (let c = 0; c < values.length; c++) row[c] = values[c] ?? null;
    grid.push(row);
  }
  return grid;
}

/** A cheap fingerprint that shows the readers agree: non-null cells and their content. */
export function fingerprint(grids: readonly Grid[]): string {
  let cells = 0;
  let hash = 0;
  for (const grid of grids) {
    for (const row of grid) {
      for (const value of row) {
        if (value === null) continue;
        cells++;
        const text = String(value);
        for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      }
    }
  }
  return `${cells}:${(hash >>> 0).toString(16)}`;
}
