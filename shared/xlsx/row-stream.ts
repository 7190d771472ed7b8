/**
 * Passes a sheet's rows on as each one ends, holding only the row being read: what lets a
 * 400k-row sheet be checked in the memory of one row. Rows must come in order and merged
 * areas must hide no value (`<mergeCells>` follows the rows, too late to blank them); when
 * either fails, `needsGrid` says so and the caller reads the sheet again into a SheetGrid.
 */
import type { RowSink } from '../validate/validate-sheet.ts';
import type { CellPosition } from './cell-ref.ts';
import { CellSink, type GridRow } from './sheet-grid.ts';

export class RowStream extends CellSink {
  readonly keepsValues = false;
  private open: GridRow | null = null;
  private openRow = 0;
  private disordered = false;
  private hidesValues = false;
  /**
   * Each passed row's first and last valued column (1-based; 0 for no row), by row number:
   * 4 bytes a row, so a merged area can be checked for values it would hide.
   */
  private firstCol = new Uint16Array(1024);
  private lastCol = new Uint16Array(1024);

  constructor(
    sheet: string,
    limit: number,
    available: number,
    private readonly sink: RowSink,
  ) {
    super(sheet, limit, available);
  }

  /** True when the rows passed on are not what Office.js would show, so the sheet must be read whole. */
  get needsGrid(): boolean {
    return this.disordered || this.hidesValues;
  }

  protected rowAt(row: number, col: number): GridRow | null {
    if (this.disordered) return null;
    if (row < this.openRow) {
      // Rows out of order break the spec, but Excel opens such files: they take the grid.
      this.disordered = true;
      return null;
    }
    this.pass();
    this.open = { start: col, values: [] };
    this.openRow = row;
    return this.open;
  }

  private pass(): void {
    const r = this.open;
    if (r === null) return;
    this.open = null;
    const row = this.openRow;
    if (row >= this.firstCol.length) {
      const size = Math.max(row + 1, this.firstCol.length * 2);
      this.firstCol = grown(this.firstCol, size);
      this.lastCol = grown(this.lastCol, size);
    }
    this.firstCol[row] = r.start;
    this.lastCol[row] = r.start + r.values.length - 1;
    this.sink(row, r.start - 1, r.values);
  }

  /** Notes whether the area would blank a value already passed on (conservatively: by each row's span). */
  keepAnchorOnly(top: CellPosition, bottom: CellPosition): void {
    // Merged areas follow the rows, so the last row is complete: pass it on, then look.
    this.pass();
    const lastRow = Math.min(Math.max(top.row, bottom.row), this.maxRow, this.firstCol.length - 1);
    const left = Math.min(top.col, bottom.col);
    const right = Math.max(top.col, bottom.col);
    const anchorRow = Math.min(top.row, bottom.row);
    for (let row = Math.max(anchorRow, this.minRow); row <= lastRow && !this.hidesValues; row++) {
      const from = this.firstCol[row] ?? 0;
      if (from === 0) continue;
      const to = this.lastCol[row] ?? 0;
      if (from <= right && to >= (row === anchorRow ? left + 1 : left)) this.hidesValues = true;
    }
  }

  /** Passes the last row on; the used range's top-left and size, checked against the limit, or null if empty. */
  end(): { address: string; cells: number } | null {
    this.pass();
    const range = this.usedRange();
    return range === null ? null : { address: range.address, cells: range.height * range.width };
  }
}

function grown(array: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(size);
  bigger.set(array);
  return bigger;
}
