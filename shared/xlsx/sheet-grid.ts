/**
 * Collects a sheet's valued cells and turns them into the dense used-range rectangle
 * Office.js `Range.values` would give. Rows are stored from their first valued column,
 * so memory tracks the rectangle, not the distance from column A.
 */
import type { CellValue } from '../cells/cell-value.ts';
import { cellAddress, type CellPosition } from './cell-ref.ts';
import { XlsxReadError } from './xlsx-error.ts';

export interface GridRow {
  /** Column (1-based) of values[0]. */
  start: number;
  values: CellValue[];
}

export interface SheetValues {
  address: string;
  values: CellValue[][];
}

/** Where the sheet handler puts cells: a whole grid (SheetGrid), or rows passed on as they end (RowStream). */
export abstract class CellSink {
  readonly sheet: string;
  /** Whether cells stay until the sheet is read (a grid), or go with their row. */
  abstract readonly keepsValues: boolean;
  /** The caller's limit, for the error; `available` is what is left of it for this sheet. */
  private readonly limit: number;
  private readonly available: number;
  private current: GridRow | undefined;
  private currentRow = 0;
  /** Slots held, nulls for gaps included: bounded so a sparse sheet cannot blow up memory. */
  private slots = 0;
  protected minRow = Infinity;
  protected maxRow = 0;
  protected minCol = Infinity;
  protected maxCol = 0;

  constructor(sheet: string, limit: number, available: number) {
    this.sheet = sheet;
    this.limit = limit;
    this.available = available;
  }

  /** The row `row`'s cells, created from column `col` when it has none yet; null to drop its cells. */
  protected abstract rowAt(row: number, col: number): GridRow | null;

  /** Blanks every cell of the area from `top` to `bottom` except its top-left one. */
  abstract keepAnchorOnly(top: CellPosition, bottom: CellPosition): void;

  set(row: number, col: number, value: CellValue): void {
    let r = this.current;
    if (row !== this.currentRow || r === undefined) {
      const found = this.rowAt(row, col);
      if (found === null) return;
      r = found;
      this.current = r;
      this.currentRow = row;
    }
    let index = col - r.start;
    if (index < 0) {
      // Cells out of column order break the spec, but Excel opens such files; so do we.
      this.grow(-index);
      r.values = new Array<CellValue>(-index).fill(null).concat(r.values);
      r.start = col;
      index = 0;
    }
    const values = r.values;
    if (index >= values.length) {
      this.grow(index + 1 - values.length);
      while (values.length < index) values.push(null);
      values.push(value);
    } else {
      values[index] = value;
    }
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** The used range's top-left cell, after its size is checked against the limit. */
  protected usedRange(): { address: string; height: number; width: number } | null {
    if (this.maxRow === 0) return null;
    const height = this.maxRow - this.minRow + 1;
    const width = this.maxCol - this.minCol + 1;
    this.checkCells(height * width);
    return { address: cellAddress(this.minRow, this.minCol), height, width };
  }

  private grow(by: number): void {
    this.slots += by;
    this.checkCells(this.slots);
  }

  private checkCells(cells: number): void {
    if (cells > this.available) {
      throw new XlsxReadError('too-many-cells', { sheet: this.sheet, limit: this.limit });
    }
  }
}

export class SheetGrid extends CellSink {
  readonly keepsValues = true;
  private readonly rows = new Map<number, GridRow>();

  protected rowAt(row: number, col: number): GridRow {
    let r = this.rows.get(row);
    if (r === undefined) {
      r = { start: col, values: [] };
      this.rows.set(row, r);
    }
    return r;
  }

  keepAnchorOnly(top: CellPosition, bottom: CellPosition): void {
    const lastRow = Math.min(Math.max(top.row, bottom.row), this.maxRow);
    const left = Math.min(top.col, bottom.col);
    const right = Math.max(top.col, bottom.col);
    const anchorRow = Math.min(top.row, bottom.row);
    for (let row = Math.max(anchorRow, this.minRow); row <= lastRow; row++) {
      const r = this.rows.get(row);
      if (r === undefined) continue;
      const first = Math.max(row === anchorRow ? left + 1 : left, r.start);
      const last = Math.min(right, r.start + r.values.length - 1);
      for (let col = first; col <= last; col++) r.values[col - r.start] = null;
    }
  }

  toValues(): SheetValues {
    const range = this.usedRange();
    if (range === null) return { address: 'A1', values: [] };
    const out: CellValue[][] = [];
    for (let row = this.minRow; row <= this.maxRow; row++) {
      out.push(this.denseRow(this.rows.get(row), range.width));
    }
    this.rows.clear();
    return { address: range.address, values: out };
  }

  private denseRow(r: GridRow | undefined, width: number): CellValue[] {
    if (r === undefined) return new Array<CellValue>(width).fill(null);
    const { values } = r;
    if (r.start === this.minCol) {
      // Reuse the row built while scanning: the common case costs only the padding.
      while (values.length < width) values.push(null);
      return values;
    }
    const dense = new Array<CellValue>(width).fill(null);
    const offset = r.start - this.minCol;
    for (let i = 0; i < values.length; i++) dense[offset + i] = values[i] ?? null;
    return dense;
  }
}
