/**
 * The current tag as byte positions in the scanner's buffer. One instance is reused for
 * every tag, so reading a cell's name and attributes allocates nothing; it is only
 * valid during the handler call.
 */
import { parseUintBytes } from './byte-number.ts';
import { decodeUtf8, xmlAttribute } from './xml-text.ts';

const EMPTY = new Uint8Array(0);

/** The `short` code of an ASCII name of up to three characters. */
export function shortName(name: string): number {
  let code = 0;
  for (let i = 0; i < name.length; i++) code |= name.charCodeAt(i) << (8 * i);
  return code;
}

export class XmlTag {
  buf: Uint8Array = EMPTY;
  /** Local name (after any `prefix:`): some writers prefix every element (`x:c`). */
  nameFrom = 0;
  nameTo = 0;
  /**
   * Per attribute: name from/to (qualified), value from/to (raw, between the quotes). A typed
   * array, grown by the scanner (`attrsFor`), so that the stores of a million cells' attributes
   * are plain int32 stores.
   */
  attrs = new Int32Array(4 * 8);
  attrCount = 0;
  /** Index just past the start tag's `>`, and whether it was `/>`. */
  end = 0;
  selfClosing = false;
  /**
   * Local names of up to three bytes packed into an int (see `shortName`), -1 for longer
   * ones: lets the sheet handler switch on `c`, `v`, `row` with one comparison.
   */
  short = -1;

  set(buf: Uint8Array, nameFrom: number, nameTo: number): void {
    this.buf = buf;
    this.nameFrom = nameFrom;
    this.nameTo = nameTo;
    const length = nameTo - nameFrom;
    this.short =
      length > 3
        ? -1
        : (buf[nameFrom] ?? 0) |
          (length > 1 ? (buf[nameFrom + 1] ?? 0) << 8 : 0) |
          (length > 2 ? (buf[nameFrom + 2] ?? 0) << 16 : 0);
  }

  /** The attribute table, with room for at least `count` attributes. */
  attrsFor(count: number): Int32Array<ArrayBuffer> {
    if (4 * count > this.attrs.length) {
      const bigger = new Int32Array(Math.max(4 * count, 2 * this.attrs.length));
      bigger.set(this.attrs);
      this.attrs = bigger;
    }
    return this.attrs;
  }

  is(name: string): boolean {
    const n = name.length;
    if (this.nameTo - this.nameFrom !== n) return false;
    const b = this.buf;
    for (let i = 0; i < n; i++) if (b[this.nameFrom + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  name(): string {
    return decodeUtf8(this.buf, this.nameFrom, this.nameTo);
  }

  /**
   * Index into `attrs` of the attribute named `name`, or -1. With `anyPrefix`, `id`
   * also matches `r:id`: the relationships prefix is the writer's choice.
   */
  find(name: string, anyPrefix = false): number {
    const n = name.length;
    const b = this.buf;
    const a = this.attrs;
    outer: for (let k = 0, end = this.attrCount * 4; k < end; k += 4) {
      const from = a[k] ?? 0;
      const to = a[k + 1] ?? 0;
      const start = to - n;
      if (start < from) continue;
      if (start > from && !((anyPrefix && b[start - 1] === 58) /* : */)) continue;
      for (let i = 0; i < n; i++) if (b[start + i] !== name.charCodeAt(i)) continue outer;
      return k;
    }
    return -1;
  }

  /** Normalised attribute value, or undefined if absent. */
  attr(name: string, anyPrefix = false): string | undefined {
    const k = this.find(name, anyPrefix);
    return k < 0 ? undefined : xmlAttribute(this.buf, this.valueFrom(k), this.valueTo(k));
  }

  /** Digits-only attribute value; -1 if absent or not a plain integer. */
  uint(name: string): number {
    const k = this.find(name);
    return k < 0 ? -1 : parseUintBytes(this.buf, this.valueFrom(k), this.valueTo(k));
  }

  valueFrom(k: number): number {
    return this.attrs[k + 2] ?? 0;
  }

  valueTo(k: number): number {
    return this.attrs[k + 3] ?? 0;
  }
}
