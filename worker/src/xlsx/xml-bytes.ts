/**
 * XML written straight into UTF-8 bytes, for the rows of a big sheet: tags and attributes are
 * copied from bytes made once, numbers written digit by digit, text encoded as it is copied.
 * Building a string per cell, joining them and encoding the join was a third of the writer's
 * CPU over deflate alone, most of it in the garbage the strings left (docs/xlsx-writer.md).
 */

import { isPlainText } from './xml-text.ts';

const encoder = new TextEncoder();

/** Text this long or longer goes through `encodeInto` (see `putPlainText`); most cells are shorter. */
const NATIVE_FROM = 32;

/** ASCII markup as bytes, made once per tag. */
export const ascii = (markup: string): Uint8Array => encoder.encode(markup);

/**
 * `markup` (bytes made once) copied into `b` at `p`; returns the position after it. A loop
 * for a short tag, `set` from 16 bytes: its call costs a flat ~35 ns, a loop ~2 ns a byte
 * and, measured, 5 ns a byte from 24 bytes on.
 */
export function put(b: Uint8Array, p: number, markup: Uint8Array): number {
  const n = markup.length;
  if (n >= 16) {
    b.set(markup, p);
    return p + n;
  }
  for (let i = 0; i < n; i++) b[p++] = markup[i]!;
  return p;
}

/** The bytes from `from` to `to` of `b` once more at `p`: a row's number in each of its cells' references. */
export function putAgain(b: Uint8Array, p: number, from: number, to: number): number {
  for (let i = from; i < to; i++) b[p++] = b[i]!;
  return p;
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
 * `bytes` from `length` with the functions above, and set `length` to where they got.
 */
export class XmlBytes {
  bytes: Uint8Array<ArrayBuffer>;
  /** Bytes written so far, from the start of `bytes`. */
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** `bytes` with room for `more` after `length`: a row longer than the buffer (16k cells of 32k characters) grows it. */
  room(more: number): Uint8Array<ArrayBuffer> {
    const needed = this.length + more;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Any string (a part, a sheet's head or foot) in UTF-8. */
  text(text: string): void {
    this.length = putText(this.room(text.length * 3), this.length, text);
  }
}
