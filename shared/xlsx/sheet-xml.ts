/**
 * Turns worksheet XML events into cell values, the way Office.js reports them: cached
 * results for formulas, error text for errors, serial numbers for dates.
 */
import type { CellValue } from '../cells/cell-value.ts';
import { MAX_ROW, parseCellRef, type CellPosition } from './cell-ref.ts';
import type { SheetGrid } from './sheet-grid.ts';
import { MalformedPartError } from './xlsx-error.ts';
import type { XmlHandler } from './xml-scanner.ts';
import { decodeExcelEscapes, decodeXmlText, scanAttributes } from './xml-text.ts';

/** Days between the 1900 and 1904 epochs, as Excel counts them. */
const EPOCH_1904_OFFSET = 1462;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Cell style (xf) indices with a date format; only set for 1904-system workbooks. */
  readonly dateStyles1904: ReadonlySet<number> | null;
}

export class SheetHandler implements XmlHandler {
  wantText = false;
  private readonly grid: SheetGrid;
  private readonly context: SheetContext;
  private inSheetData = false;
  private inCell = false;
  private inInline = false;
  private phoneticDepth = 0;
  private row = 0;
  private col = 0;
  private readonly ref: CellPosition = { row: 0, col: 0 };
  private cellRef = '';
  private cellType = '';
  private cellStyle = '';
  private rowAttr = '';
  private value: string | null = null;
  private inline: string | null = null;
  private buffer = '';

  constructor(grid: SheetGrid, context: SheetContext) {
    this.grid = grid;
    this.context = context;
  }

  open(name: string, s: string, attrFrom: number, attrTo: number): void {
    if (!this.inSheetData) {
      if (name === 'sheetData') this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'c':
        this.cellRef = '';
        this.cellType = '';
        this.cellStyle = '';
        scanAttributes(s, attrFrom, attrTo, this.visitCellAttribute);
        this.startCell();
        break;
      case 'v':
        if (this.inCell) this.startText();
        break;
      case 'is':
        if (this.inCell) {
          this.inInline = true;
          this.inline = '';
        }
        break;
      case 't':
        if (this.inInline && this.phoneticDepth === 0) this.startText();
        break;
      case 'rPh':
        this.phoneticDepth++;
        break;
      case 'row':
        this.rowAttr = '';
        scanAttributes(s, attrFrom, attrTo, this.visitRowAttribute);
        this.startRow();
        break;
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
        if (this.wantText) {
          this.wantText = false;
          this.value = this.buffer;
        }
        break;
      case 't':
        if (this.wantText && this.inInline) {
          this.wantText = false;
          this.inline += this.buffer;
        }
        break;
      case 'rPh':
        this.phoneticDepth--;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        this.endCell();
        break;
      case 'sheetData':
        this.inSheetData = false;
        break;
    }
  }

  text(raw: string, cdata: boolean): void {
    this.buffer += cdata ? raw : decodeXmlText(raw);
  }

  private readonly visitCellAttribute = (name: string, value: string): void => {
    if (name === 'r') this.cellRef = value;
    else if (name === 't') this.cellType = value;
    else if (name === 's') this.cellStyle = value;
  };

  private readonly visitRowAttribute = (name: string, value: string): void => {
    if (name === 'r') this.rowAttr = value;
  };

  private startRow(): void {
    // Rows without `r` follow the previous one (the spec makes `r` optional).
    const row = this.rowAttr === '' ? this.row + 1 : parseUint(this.rowAttr);
    if (row < 1 || row > MAX_ROW) throw new MalformedPartError(`bad row number "${this.rowAttr}"`);
    this.row = row;
    this.col = 0;
  }

  private startCell(): void {
    if (this.cellRef === '') {
      this.col++;
      if (this.row === 0) this.row = 1;
    } else {
      if (!parseCellRef(this.cellRef, this.ref)) {
        throw new MalformedPartError(`bad cell reference "${this.cellRef}"`);
      }
      this.row = this.ref.row;
      this.col = this.ref.col;
    }
    this.inCell = true;
    this.value = null;
    this.inline = null;
  }

  private startText(): void {
    this.wantText = true;
    this.buffer = '';
  }

  private endCell(): void {
    this.inCell = false;
    this.inInline = false;
    const value = this.cellValue();
    if (value !== undefined) this.grid.set(this.row, this.col, value);
  }

  /** undefined = the cell carries no value (style-only or an uncalculated formula). */
  private cellValue(): CellValue | undefined {
    const v = this.value;
    switch (this.cellType) {
      case '':
      case 'n':
        return v === null || v.trim() === '' ? undefined : this.number(v);
      case 's':
        return v === null ? undefined : this.sharedString(v);
      case 'str':
        return v === null ? undefined : decodeExcelEscapes(v);
      case 'inlineStr':
        if (this.inline !== null) return decodeExcelEscapes(this.inline);
        return v === null ? undefined : decodeExcelEscapes(v);
      case 'b':
        return v === null ? undefined : parseBoolean(v);
      case 'e':
        return v === null ? undefined : v;
      case 'd':
        return v === null ? undefined : isoDateToSerial(v);
      default:
        throw new MalformedPartError(`unknown cell type "${this.cellType}"`);
    }
  }

  private number(v: string): number {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new MalformedPartError(`bad number "${v}"`);
    const dates = this.context.dateStyles1904;
    // Values below 1 are times of day, the same in both systems; only dates move.
    if (dates !== null && n >= 1 && this.cellStyle !== '' && dates.has(Number(this.cellStyle))) {
      return n + EPOCH_1904_OFFSET;
    }
    return n;
  }

  private sharedString(v: string): string {
    const text = this.context.sharedStrings[parseUint(v.trim())];
    if (text === undefined) throw new MalformedPartError(`no shared string ${v}`);
    return text;
  }
}

/** A plain non-negative decimal integer, or -1. */
function parseUint(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

function parseBoolean(v: string): boolean {
  const t = v.trim();
  if (t === '1' || t === 'true') return true;
  if (t === '0' || t === 'false') return false;
  throw new MalformedPartError(`bad boolean "${v}"`);
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Strict-OOXML `t="d"` cells hold ISO 8601 text; Office.js shows them as serials.
 * Serials before 1900-03-01 are one lower because of Excel's fictitious 1900-02-29.
 */
function isoDateToSerial(v: string): number {
  const t = v.trim();
  const hasZone = /(Z|[+-][0-9]{2}:[0-9]{2})$/.test(t);
  const iso = !t.includes('T') ? `${t}T00:00:00Z` : hasZone ? t : `${t}Z`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new MalformedPartError(`bad ISO date "${v}"`);
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}
