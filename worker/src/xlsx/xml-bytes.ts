/**
 * XML written straight into UTF-8 bytes, for the rows of a big sheet: tags and attributes are
 * copied from bytes made once, numbers written digit by digit, text encoded as it is copied.
 * Building a string per cell, joining them and encoding the join was a third of the writer's
 * CPU over deflate alone, most of it in the garbage the strings left (docs/xlsx-writer.md).
 */

const encoder = new TextEncoder();

/**
 * Text this long or longer goes through `encodeInto`: its fixed cost of a call into the
 * runtime is more than the JavaScript loop needs for a short cell (measured: 68 against
 * 164 ns for 7 CJK characters; 3× slower at 140), and most cells are short.
 */
const NATIVE_FROM = 32;

/** ASCII markup as bytes, made once per tag. */
export const ascii = (markup: string): Uint8Array => encoder.encode(markup);

export class XmlBytes {
  bytes: Uint8Array<ArrayBuffer>;
  /** Bytes written so far, from the start of `bytes`. */
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Room for `more` bytes; a row longer than the buffer (Excel allows 16k cells of 32k characters) grows it. */
  private room(more: number): Uint8Array<ArrayBuffer> {
    const needed = this.length + more;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Bytes made beforehand (`ascii`). */
  raw(markup: Uint8Array): void {
    const n = markup.length;
    const b = this.room(n);
    let p = this.length;
    // A tag is a few bytes: a loop beats `set`'s call for them.
    for (let i = 0; i < n; i++) b[p++] = markup[i]!;
    this.length = p;
  }

  /** `length` bytes already written at `from` once more: the row number in each cell's reference. */
  again(from: number, length: number): void {
    const b = this.room(length);
    let p = this.length;
    for (let i = from; i < from + length; i++) b[p++] = b[i]!;
    this.length = p;
  }

  /** A number as JavaScript writes it (shortest round-trip form); integers without a string. */
  number(value: number): void {
    if (value >= 0 && value < 2 ** 31 && (value | 0) === value) this.digits(value);
    else this.text(String(value));
  }

  private digits(value: number): void {
    let width = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) width++;
    const b = this.room(width);
    let p = this.length + width;
    this.length = p;
    let rest = value;
    do {
      b[--p] = 48 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
  }

  /** `text` in UTF-8, as `TextEncoder` writes it (a lone surrogate becomes U+FFFD); markup is the caller's. */
  text(text: string): void {
    const n = text.length;
    // At most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, is 4 bytes).
    const b = this.room(n * 3);
    if (n >= NATIVE_FROM) {
      this.length += encoder.encodeInto(text, b.subarray(this.length)).written;
      return;
    }
    let p = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        b[p++] = c;
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c >= 0xe000) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
          i++;
          const point = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          b[p++] = 0xf0 | (point >> 18);
          b[p++] = 0x80 | ((point >> 12) & 0x3f);
          b[p++] = 0x80 | ((point >> 6) & 0x3f);
          b[p++] = 0x80 | (point & 0x3f);
        } else {
          b[p++] = 0xef;
          b[p++] = 0xbf;
          b[p++] = 0xbd;
        }
      }
    }
    this.length = p;
  }

  /** Forgets what was written from `length` on (a row that turned out to hold nothing). */
  truncate(length: number): void {
    this.length = length;
  }
}
