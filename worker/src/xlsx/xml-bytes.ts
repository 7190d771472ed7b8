/**
 * XML written straight into UTF-8 bytes, for the rows of a big sheet: tags and attributes are
 * stored from bytes made once, eight at a time, numbers written digit by digit, text encoded as
 * it is copied.
 * Building a string per cell, joining them and encoding the join was a third of the writer's
 * CPU over deflate alone, most of it in the garbage the strings left (docs/xlsx-writer.md).
 */

import { isPlainText } from './xml-text.ts';

const encoder = new TextEncoder();

/** Text this long or longer goes through `encodeInto` (see `putPlainText`); most cells are shorter. */
const NATIVE_FROM = 32;

/**
 * ASCII markup made once per tag, held as the 8-byte groups `put` stores: eight bytes a store
 * instead of one (measured, a 23-byte tag in ~4 ns, against ~8 ns four bytes a store and
 * 16–18 ns a byte at a time or through `TypedArray.set`). A group is stored as the float64
 * its bytes spell, which keeps every bit of any number but NaN; bytes under 0x7f never spell
 * one (a NaN's top byte is 0x7f or 0xff).
 */
export class Markup {
  readonly length: number;
  readonly groups: Float64Array;

  constructor(markup: string) {
    const bytes = encoder.encode(markup);
    if (bytes.some((byte) => byte >= 0x7f)) throw new Error(`markup beyond ASCII: ${markup}`);
    this.length = bytes.length;
    const padded = new Uint8Array(Math.ceil(bytes.length / 8) * 8);
    padded.set(bytes);
    const view = new DataView(padded.buffer);
    this.groups = Float64Array.from({ length: padded.length / 8 }, (_, k) => view.getFloat64(8 * k, true));
  }
}

/**
 * What stores of whole groups may write past what they mean to (`put`, `putWords`): up to 7
 * bytes, which the next write covers or `length` leaves out. `XmlBytes.room` keeps this much spare.
 */
const SPILL = 8;

/** `markup` stored into `v` at `p`, whole groups; returns the position after its last byte. */
export function put(v: DataView, p: number, markup: Markup): number {
  const groups = markup.groups;
  for (let i = 0; i < groups.length; i++) v.setFloat64(p + 8 * i, groups[i]!, true);
  return p + markup.length;
}

/**
 * `n` (at most 8) bytes held as two little-endian words, stored at `p`: a row's number, read
 * once where the row's open tag holds it (`v.getUint32`) and stored again in each cell's reference.
 */
export function putWords(v: DataView, p: number, low: number, high: number, n: number): number {
  v.setUint32(p, low, true);
  if (n > 4) v.setUint32(p + 4, high, true);
  return p + n;
}

/** `value` as JavaScript writes it (shortest round-trip form, ASCII); integers without a string. At most 24 bytes. */
export function putNumber(b: Uint8Array, p: number, value: number): number {
  if (!(value >= 0 && value < 2 ** 31 && (value | 0) === value)) {
    const written = String(value);
    for (let i = 0; i < written.length; i++) b[p++] = written.charCodeAt(i);
    return p;
  }
  let end = p + 1;
  for (let rest = value; rest >= 10; rest = (rest / 10) | 0) end++;
  let at = end;
  let rest = value;
  do {
    b[--at] = 48 + (rest % 10);
    rest = (rest / 10) | 0;
  } while (rest > 0);
  return end;
}

/** Any string in UTF-8 (at most 3 bytes per UTF-16 unit), as `TextEncoder` writes it; markup is the caller's. */
export function putText(b: Uint8Array, p: number, text: string): number {
  return p + encoder.encodeInto(text, b.subarray(p)).written;
}

/** ASCII in plain text (`isPlainText`): 1 as it is, 2 unless the next unit is `x` (after `_`) or a space (after a space), 0 never. */
const PLAIN_ASCII = new Uint8Array(128).map((_, c) =>
  c < 0x20 || c === 0x22 || c === 0x26 || c === 0x3c || c === 0x3e ? 0 : c === 0x5f || c === 0x20 ? 2 : 1,
);

/**
 * A cell's text in UTF-8 if `isPlainText(text)`, its own character data; else -1, and what was
 * written past `p` is to be dropped. Short text is checked while it is encoded, by a loop
 * that for such text is cheaper than the test and `encodeInto` (measured: 68 against 164 ns
 * to encode 7 CJK characters, 3× slower at 140 characters); long text takes those two.
 */
export function putPlainText(b: Uint8Array, p: number, text: string): number {
  const n = text.length;
  if (n >= NATIVE_FROM) return isPlainText(text) ? putText(b, p, text) : -1;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const plain = PLAIN_ASCII[c];
      if (plain !== 1 && (plain === 0 || text.charCodeAt(i + 1) === (c === 0x5f ? 0x78 : 0x20))) return -1;
      b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || (c >= 0xe000 && c < 0xfffe)) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      // A surrogate (pairs too: the general path handles them) or U+FFFE/U+FFFF.
      return -1;
    }
  }
  return p;
}

/**
 * A growing byte buffer. Writers take `room` for what they are about to write, write into
 * `bytes` (bytes and text) or `view` (markup) from `length` with the functions above, and set
 * `length` to where they got.
 */
export class XmlBytes {
  bytes: Uint8Array<ArrayBuffer>;
  view: DataView<ArrayBuffer>;
  /** Bytes written so far, from the start of `bytes`. */
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
    this.view = new DataView(this.bytes.buffer);
  }

  /** `bytes` with room for `more` after `length`, and `SPILL` beyond: a row longer than the buffer (16k cells of 32k characters) grows it. */
  room(more: number): Uint8Array<ArrayBuffer> {
    const needed = this.length + more + SPILL;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.use(grown);
    }
    return this.bytes;
  }

  /** Writes go on in `buffer`, the bytes up to `length` already in it. */
  use(buffer: Uint8Array<ArrayBuffer>): void {
    this.bytes = buffer;
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  /** Any string (a part, a sheet's head or foot) in UTF-8. */
  text(text: string): void {
    this.length = putText(this.room(text.length * 3), this.length, text);
  }
}
