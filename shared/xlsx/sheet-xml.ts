/**
 * Turns worksheet XML events into cell values the way Office.js reports them: cached
 * results for formulas, error text for errors, serial numbers for dates. This is the
 * hot path (a million cells), so it reads bytes and allocates only for string cells.
 */
import type { CellValue } from '../cells/cell-value.ts';
import { parseNumberText, parsePlainDecimal, parseUintBytes } from './byte-number.ts';
import { MAX_CELL_TEXT, MAX_RAW_CELL_TEXT } from './cell-text.ts';
import { columnLetters, MAX_COL, MAX_ROW, parseCellRef, type CellPosition } from './cell-ref.ts';
import { isoDateToSerial } from './iso-date.ts';
import type { SharedStrings } from './shared-strings.ts';
import type { CellSink } from './sheet-grid.ts';
import { MalformedPartError, XlsxReadError } from './xlsx-error.ts';
import type { XmlHandler } from './xml-scanner.ts';
import { shortName, type XmlTag } from './xml-tag.ts';
import { decodeExcelEscapes, decodeUtf8, xmlText } from './xml-text.ts';

/** Days between the 1900 and 1904 epochs, as Excel counts them. */
const EPOCH_1904_OFFSET = 1462;

export interface SheetContext {
  readonly sharedStrings: SharedStrings;
  /** Cell style (xf) indices with a date format; only set for 1904-system workbooks. */
  readonly dateStyles1904: ReadonlySet<number> | null;
}

/** Cell `t` attribute, as numbers: compared once per cell, so no strings are kept. */
const CellType = {
  Number: 0,
  Shared: 1,
  Formula: 2,
  Inline: 3,
  Boolean: 4,
  Error: 5,
  IsoDate: 6,
} as const;
type CellType = (typeof CellType)[keyof typeof CellType];

const EMPTY = new Uint8Array(0);
const C = shortName('c');
const V = shortName('v');
const F = shortName('f');
const T = shortName('t');
const IS = shortName('is');
const ROW = shortName('row');
const RPH = shortName('rPh');
const LT = 60;
const GT = 62;
const SLASH = 47;
const V_CHAR = 118;
const C_CHAR = 99;
const STR = ascii('str');
const INLINE_STR = ascii('inlineStr');

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

export class SheetHandler implements XmlHandler {
  wantText = false;
  private readonly grid: CellSink;
  private readonly context: SheetContext;
  private inSheetData = false;
  private inCell = false;
  private inInline = false;
  private phoneticDepth = 0;
  /** The last `<row>`'s number: rows without `r` count on from it, whatever its cells say. */
  private rowNumber = 0;
  /** The current cell's position; cells without `r` follow the previous cell. */
  private row = 0;
  private col = 0;
  private readonly ref: CellPosition = { row: 0, col: 0 };
  private type: CellType = CellType.Number;
  private style = -1;
  private hasValue = false;
  private hasFormula = false;
  private inline: string | null = null;
  /** Text of the current `<v>`/`<t>`: one raw piece by reference, or a decoded string. */
  private pieces = 0;
  private rawBuf: Uint8Array = EMPTY;
  private rawFrom = 0;
  private rawTo = 0;
  private decoded = '';

  constructor(grid: CellSink, context: SheetContext) {
    this.grid = grid;
    this.context = context;
  }

  open(tag: XmlTag): undefined | number {
    if (!this.inSheetData) {
      if (tag.is('sheetData')) this.inSheetData = true;
      else if (tag.is('mergeCell')) this.merge(tag);
      return;
    }
    switch (tag.short) {
      case C:
        this.startCell(tag);
        return tag.selfClosing ? undefined : this.plainCell(tag);
      case V:
        if (this.inCell) this.startText();
        break;
      case ROW:
        this.startRow(tag);
        break;
      case F:
        if (this.inCell) this.hasFormula = true;
        break;
      case IS:
        if (this.inCell) {
          this.inInline = true;
          this.inline = '';
        }
        break;
      case T:
        if (this.inInline && this.phoneticDepth === 0) this.startText();
        break;
      case RPH:
        this.phoneticDepth++;
        break;
    }
  }

  close(tag: XmlTag): void {
    if (!this.inSheetData) return;
    switch (tag.short) {
      case C:
        this.endCell();
        break;
      case V:
        if (this.wantText) {
          this.wantText = false;
          this.hasValue = true;
        }
        break;
      case T:
        if (this.wantText && this.inInline) {
          this.wantText = false;
          const inline = (this.inline ?? '') + this.textString();
          if (inline.length > MAX_RAW_CELL_TEXT) throw this.tooLong();
          this.inline = inline;
        }
        break;
      case RPH:
        this.phoneticDepth--;
        break;
      case IS:
        this.inInline = false;
        break;
      case -1:
        if (tag.is('sheetData')) this.inSheetData = false;
        break;
    }
  }

  text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (this.pieces === 0 && !cdata) {
      this.rawBuf = b;
      this.rawFrom = from;
      this.rawTo = to;
    } else {
      this.decoded = this.textString() + xmlText(b, from, to, cdata);
      this.rawBuf = EMPTY;
      if (this.decoded.length > MAX_RAW_CELL_TEXT) throw this.tooLong();
    }
    this.pieces++;
  }

  endOfChunk(): void {
    if (this.rawBuf !== EMPTY) {
      this.decoded = xmlText(this.rawBuf, this.rawFrom, this.rawTo);
      this.rawBuf = EMPTY;
    }
  }

  private startText(): void {
    this.wantText = true;
    this.pieces = 0;
    this.rawBuf = EMPTY;
    this.decoded = '';
  }

  /** The collected text as a decoded string (the slow path: string cells only). */
  private textString(): string {
    if (this.pieces === 0) return '';
    if (this.rawBuf !== EMPTY) return xmlText(this.rawBuf, this.rawFrom, this.rawTo);
    return this.decoded;
  }

  private startRow(tag: XmlTag): void {
    // Rows without `r` follow the previous one (ECMA-376 Part 1 §18.3.1.73 makes `r` optional).
    const k = tag.find('r');
    const row = k < 0 ? this.rowNumber + 1 : parseUintBytes(tag.buf, tag.valueFrom(k), tag.valueTo(k));
    if (row < 1 || row > MAX_ROW) {
      throw this.badReference('bad row number', k < 0 ? String(row) : attributeText(tag, k));
    }
    this.rowNumber = row;
    this.row = row;
    this.col = 0;
  }

  /**
   * `<mergeCells>` follows `<sheetData>`, so the grid is complete here. Office.js `Range.values`
   * gives the anchor's value and "" for the other cells of a merged area, whatever the file
   * still holds there; the engine must see what Excel shows.
   */
  private merge(tag: XmlTag): void {
    const k = tag.find('ref');
    if (k < 0) return;
    const from = tag.valueFrom(k);
    const to = tag.valueTo(k);
    let colon = from;
    while (colon < to && tag.buf[colon] !== 58 /* : */) colon++;
    // A single-cell merge hides nothing.
    if (colon === to) return;
    const end: CellPosition = { row: 0, col: 0 };
    if (!parseCellRef(tag.buf, from, colon, this.ref) || !parseCellRef(tag.buf, colon + 1, to, end)) {
      throw this.badReference('bad merged range', attributeText(tag, k));
    }
    this.grid.keepAnchorOnly(this.ref, end);
  }

  /** Excel cannot hold such a cell, so neither does the reader: the file is refused at it. */
  private tooLong(): XlsxReadError {
    return new XlsxReadError('cell-too-long', {
      sheet: this.grid.sheet,
      row: this.row,
      column: columnLetters(this.col),
      limit: MAX_CELL_TEXT,
    });
  }

  /** Names the sheet and the reference as written, so the clerk can find the cell. */
  private badReference(reason: string, ref: string): MalformedPartError {
    return new MalformedPartError(reason, { sheet: this.grid.sheet, ref });
  }

  private startCell(tag: XmlTag): void {
    const b = tag.buf;
    const attrs = tag.attrs;
    let refAt = -1;
    this.type = CellType.Number;
    this.style = -1;
    for (let k = 0, end = tag.attrCount * 4; k < end; k += 4) {
      const nameFrom = attrs[k] ?? 0;
      if ((attrs[k + 1] ?? 0) - nameFrom !== 1) continue;
      const from = attrs[k + 2] ?? 0;
      const to = attrs[k + 3] ?? 0;
      const name = b[nameFrom];
      if (name === 114 /* r */) refAt = k;
      else if (name === 116 /* t */) this.type = cellType(b, from, to);
      else if (name === 115 /* s */) this.style = parseUintBytes(b, from, to);
    }
    if (refAt < 0) {
      // Cells without `r` follow the previous cell (§18.3.1.4 makes `r` optional).
      if (++this.col > MAX_COL) throw this.badReference('cell beyond the last column', `R${this.row}C${this.col}`);
      if (this.row === 0) this.row = 1;
    } else {
      if (!parseCellRef(b, tag.valueFrom(refAt), tag.valueTo(refAt), this.ref)) {
        throw this.badReference('bad cell reference', attributeText(tag, refAt));
      }
      this.row = this.ref.row;
      this.col = this.ref.col;
    }
    this.inCell = true;
    this.hasValue = false;
    this.hasFormula = false;
    this.inline = null;
    this.pieces = 0;
    this.rawBuf = EMPTY;
  }

  /**
   * Fast path for the common `<v>digits</v></c>` right after `<c …>`: reads the value
   * without four more trips through the scanner. Returns the index past `</c>`, or
   * undefined to let the scanner go on (formulas, inline strings, split chunks, prefixes).
   */
  private plainCell(tag: XmlTag): number | undefined {
    const type = this.type;
    if (type !== CellType.Number && type !== CellType.Shared) return undefined;
    const b = tag.buf;
    const n = b.length;
    const from = tag.end + 3;
    if (from > n || b[from - 3] !== LT || b[from - 2] !== V_CHAR || b[from - 1] !== GT) return undefined;
    let to = from;
    while (to < n && b[to] !== LT) to++;
    const after = to + 8;
    if (after > n || !closesValueAndCell(b, to)) return undefined;
    let value: CellValue | undefined;
    if (type === CellType.Number) {
      const number = parsePlainDecimal(b, from, to);
      if (!Number.isNaN(number)) value = this.fromDateSystem(number);
    } else {
      value = this.stringAt(parseUintBytes(b, from, to));
    }
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.length > MAX_CELL_TEXT) throw this.tooLong();
    this.inCell = false;
    // An empty shared string is a blank cell, as Excel shows it.
    if (value !== '') this.grid.set(this.row, this.col, value);
    return after;
  }

  private endCell(): void {
    this.inCell = false;
    this.inInline = false;
    const value = this.cellValue();
    if (typeof value === 'string' && value.length > MAX_CELL_TEXT) throw this.tooLong();
    if (value !== undefined) this.grid.set(this.row, this.col, value);
  }

  /**
   * undefined = the cell carries no value: style-only, an uncalculated formula, or an
   * empty `<v/>` / `<is><t/></is>`, which export tools write for blank cells. Only a
   * formula's cached `""` is a value (Office.js reports such a cell in the used range).
   */
  private cellValue(): CellValue | undefined {
    if (this.type === CellType.Inline && this.inline !== null) {
      return this.inline === '' ? undefined : decodeExcelEscapes(this.inline);
    }
    if (!this.hasValue) return undefined;
    if (this.type === CellType.Number) return this.number();
    if (this.type === CellType.Shared) return this.sharedString();
    const text = this.textString();
    if (this.type === CellType.Formula || this.type === CellType.Inline) {
      return text === '' && !this.hasFormula ? undefined : decodeExcelEscapes(text);
    }
    if (text.trim() === '') return undefined;
    if (this.type === CellType.Boolean) return parseBoolean(text);
    if (this.type === CellType.Error) return text;
    return isoDateToSerial(text);
  }

  private number(): number | undefined {
    let n = this.rawBuf !== EMPTY ? parsePlainDecimal(this.rawBuf, this.rawFrom, this.rawTo) : NaN;
    if (Number.isNaN(n)) {
      const text = this.textString();
      if (text.trim() === '') return undefined;
      n = parseNumberText(text);
      if (!Number.isFinite(n)) throw new MalformedPartError(`bad number "${text.slice(0, 40)}"`);
    }
    return this.fromDateSystem(n);
  }

  private fromDateSystem(n: number): number {
    const dates = this.context.dateStyles1904;
    // Values below 1 are times of day, the same in both systems; only dates move.
    if (dates !== null && n >= 1 && dates.has(this.style)) return n + EPOCH_1904_OFFSET;
    return n;
  }

  /** Kept cells share the table's one string; cells passed on and dropped each take a slice of their own. */
  private stringAt(index: number): string | undefined {
    const table = this.context.sharedStrings;
    return this.grid.keepsValues ? table.shared(index) : table.get(index);
  }

  private sharedString(): string | undefined {
    let index = this.rawBuf !== EMPTY ? parseUintBytes(this.rawBuf, this.rawFrom, this.rawTo) : -1;
    if (index < 0) {
      const text = this.textString();
      if (text.trim() === '') return undefined;
      index = parseNumberText(text);
    }
    const text = this.stringAt(index);
    if (text === undefined) throw new MalformedPartError(`no shared string ${index}`);
    return text === '' ? undefined : text;
  }
}

/** Not fatal: a reference cut short for a message must not fail on a split character. */
const lenient = new TextDecoder();

/** An attribute value as written, cut short: for error messages only. */
function attributeText(tag: XmlTag, k: number): string {
  const from = tag.valueFrom(k);
  return lenient.decode(tag.buf.subarray(from, Math.min(tag.valueTo(k), from + 20)));
}

function cellType(b: Uint8Array, from: number, to: number): CellType {
  const length = to - from;
  const first = b[from];
  if (length === 1) {
    if (first === 115 /* s */) return CellType.Shared;
    if (first === 110 /* n */) return CellType.Number;
    if (first === 98 /* b */) return CellType.Boolean;
    if (first === 101 /* e */) return CellType.Error;
    if (first === 100 /* d */) return CellType.IsoDate;
  }
  if (bytesAre(b, from, to, STR)) return CellType.Formula;
  if (bytesAre(b, from, to, INLINE_STR)) return CellType.Inline;
  throw new MalformedPartError(`unknown cell type "${decodeUtf8(b, from, Math.min(to, from + 20))}"`);
}

/** `</v></c>` from the `<` at `at` (in bounds), byte by byte: a loop over a pattern array cost more. */
function closesValueAndCell(b: Uint8Array, at: number): boolean {
  return (
    b[at + 1] === SLASH &&
    b[at + 2] === V_CHAR &&
    b[at + 3] === GT &&
    b[at + 4] === LT &&
    b[at + 5] === SLASH &&
    b[at + 6] === C_CHAR &&
    b[at + 7] === GT
  );
}

function bytesAre(b: Uint8Array, from: number, to: number, expected: Uint8Array): boolean {
  if (to - from !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (b[from + i] !== expected[i]) return false;
  return true;
}

function parseBoolean(v: string): boolean {
  const t = v.trim();
  if (t === '1' || t === 'true') return true;
  if (t === '0' || t === 'false') return false;
  throw new MalformedPartError(`bad boolean "${t.slice(0, 20)}"`);
}
