/**
 * Collects a sheet's valued cells and turns them into the dense used-range rectangle
 * Office.js `Range.values` would give. Rows are stored from their first valued column,
 * so memory tracks the rectangle, not the distance from column A.
 */
import type { CellValue } from '../cells/cell-value.ts';
import { cellAddress, type CellPosition } from './cell-ref.ts';
import { XlsxReadError } from './xlsx-error.ts';

interface GridRow {
  /** Column (1-based) of values[0]. */
  start: number;
  values: CellValue[];
}

export interface SheetValues {
  address: string;
  values: CellValue[][];
}

export class SheetGrid {
  readonly sheet: string;
  /** The caller's limit, for the error; `available` is what is left of it for this sheet. */
  private readonly limit: number;
  private readonly available: number;
  private readonly rows = new Map<number, GridRow>();
  private current: GridRow | undefined;
  private currentRow = 0;
  /** Slots held, nulls for gaps included: bounded so a sparse sheet cannot blow up memory. */
  private slots = 0;
  private minRow = Infinity;
  private maxRow = 0;
  private minCol = Infinity;
  private maxCol = 0;

  constructor(sheet: string, limit: number, available: number) {
    this.sheet = sheet;
    this.limit = limit;
    this.available = available;
  }

  set(row: number, col: number, value: CellValue): void {
    let r = this.current;
    if (row !== this.currentRow || r === undefined) {
      r = this.rows.get(row);
      if (r === undefined) {
        r = { start: col, values: [] };
        this.rows.set(row, r);
      }
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

  /** Blanks every cell of the area from `top` to `bottom` except its top-left one. */
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
    if (this.maxRow === 0) return { address: 'A1', values: [] };
    const height = this.maxRow - this.minRow + 1;
    const width = this.maxCol - this.minCol + 1;
    this.checkCells(height * width);
    const out: CellValue[][] = [];
    for (let row = this.minRow; row <= this.maxRow; row++) {
      out.push(this.denseRow(this.rows.get(row), width));
    }
    this.rows.clear();
    return { address: cellAddress(this.minRow, this.minCol), values: out };
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
