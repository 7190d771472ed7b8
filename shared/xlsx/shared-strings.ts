/**
 * xl/sharedStrings.xml: one string per `<si>`, rich-text runs joined, phonetic guides
 * (`<rPh>`, furigana/pinyin) left out as Excel's cell value leaves them out.
 */
import type { XmlHandler } from './xml-scanner.ts';
import type { XmlTag } from './xml-tag.ts';
import { boundedSharedString, MAX_RAW_CELL_TEXT } from './cell-text.ts';
import { decodeExcelEscapes, xmlText } from './xml-text.ts';

/** Strings joined into one segment: a power of two, so an index finds its segment by a shift. */
const SEGMENT_BITS = 10;
const SEGMENT_MASK = (1 << SEGMENT_BITS) - 1;
const RECENT_MASK = 255;

/**
 * The shared strings, held as one long string per 1,024 of them and an offset each, not as an
 * object each. A ledger's texts are mostly unique (one 活动主题 per row), so the table grows with
 * the rows, and as 100,000 objects they outlived every young-generation collection of the read,
 * so V8 grew its young generation for them: the CLI's peak at 100k rows fell from 98 to 83 MB with
 * this table (docs/benchmarks.md, "CLI memory").
 * A cell's string is a slice of its segment, which V8 makes without copying from 13 characters up.
 */
export class SharedStrings {
  private readonly segments: string[] = [];
  private pending: string[] = [];
  /** Where each string starts in its segment. */
  private starts = new Uint32Array(SEGMENT_MASK + 1);
  private pendingChars = 0;
  /** Strings kept once looked up, for cells that are kept (`shared`); only made when asked for. */
  private kept: (string | undefined)[] | null = null;
  private added = 0;
  /**
   * The strings made last, one per slot of index mod 256: a ledger repeats a few texts down
   * whole columns (category, level, remark), each a copy per cell without this; bounded, so
   * the table still holds no object per string.
   */
  private readonly recentIndex = new Int32Array(RECENT_MASK + 1).fill(-1);
  private readonly recent: string[] = new Array<string>(RECENT_MASK + 1).fill('');

  get count(): number {
    return this.added;
  }

  add(text: string): void {
    if (this.added === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.added++] = this.pendingChars;
    this.pending.push(text);
    this.pendingChars += text.length;
    if ((this.added & SEGMENT_MASK) === 0) this.seal();
  }

  /**
   * String `index`, for a cell passed on and dropped: made anew, unless it is among the few made
   * last (`recent`). undefined if there is none.
   */
  get(index: number): string | undefined {
    if (!(Number.isInteger(index) && index >= 0 && index < this.added)) return undefined;
    const slot = index & RECENT_MASK;
    if (this.recentIndex[slot] === index) return this.recent[slot];
    const segment = this.segments[index >>> SEGMENT_BITS] ?? '';
    const next = index + 1;
    const end = (next & SEGMENT_MASK) === 0 || next === this.added ? segment.length : (this.starts[next] ?? 0);
    const made = segment.slice(this.starts[index], end);
    this.recentIndex[slot] = index;
    this.recent[slot] = made;
    return made;
  }

  /**
   * String `index`, the same string for every cell that refers to it: for cells that are kept,
   * where a value repeated down a column (the bomb's way) must not become a copy per cell.
   */
  shared(index: number): string | undefined {
    const kept = this.kept ?? (this.kept = []);
    const known = kept[index];
    if (known !== undefined) return known;
    const made = this.get(index);
    if (made !== undefined) kept[index] = made;
    return made;
  }

  /** Once every string is added, before any is looked up. */
  end(): this {
    if (this.pending.length > 0) this.seal();
    return this;
  }

  private seal(): void {
    this.segments.push(this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
  }
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const T_CHAR = 116;

/** `</t></si>` from the `<` at `at` (in bounds), byte by byte. */
function closesTextAndItem(b: Uint8Array, at: number): boolean {
  return (
    b[at + 1] === SLASH &&
    b[at + 2] === T_CHAR &&
    b[at + 3] === GT &&
    b[at + 4] === LT &&
    b[at + 5] === SLASH &&
    b[at + 6] === 115 /* s */ &&
    b[at + 7] === 105 /* i */ &&
    b[at + 8] === GT
  );
}

export class SharedStringsHandler implements XmlHandler {
  wantText = false;
  private readonly strings = new SharedStrings();
  private inItem = false;
  private phoneticDepth = 0;
  private buffer = '';

  open(tag: XmlTag): undefined | number {
    if (tag.is('si')) {
      const after = tag.selfClosing ? undefined : this.plainItem(tag);
      if (after !== undefined) return after;
      this.inItem = true;
      this.buffer = '';
    } else if (tag.is('t')) {
      this.wantText = this.inItem && this.phoneticDepth === 0;
    } else if (tag.is('rPh')) {
      this.phoneticDepth++;
    }
  }

  close(tag: XmlTag): void {
    if (tag.is('t')) {
      this.wantText = false;
    } else if (tag.is('rPh')) {
      this.phoneticDepth--;
    } else if (tag.is('si')) {
      this.inItem = false;
      this.strings.add(boundedSharedString(decodeExcelEscapes(this.buffer)));
    }
  }

  /**
   * Fast path for the common `<si><t>text</t></si>`, as the sheet handler's for a plain cell:
   * the string added from the bytes after `<si>`, without four more trips through the scanner.
   * Returns the index past `</si>`, or undefined to let the scanner go on (runs, phonetic
   * guides, `<t xml:space="preserve">`, a string cut by the chunk's end or too long for one piece).
   */
  private plainItem(tag: XmlTag): number | undefined {
    const b = tag.buf;
    const n = b.length;
    const from = tag.end + 3;
    if (from > n || b[from - 3] !== LT || b[from - 2] !== T_CHAR || b[from - 1] !== GT) return undefined;
    let to = from;
    while (to < n && b[to] !== LT) to++;
    const after = to + 9;
    if (after > n || to - from > MAX_RAW_CELL_TEXT || !closesTextAndItem(b, to)) return undefined;
    this.strings.add(boundedSharedString(decodeExcelEscapes(xmlText(b, from, to))));
    return after;
  }

  text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (this.buffer.length <= MAX_RAW_CELL_TEXT) this.buffer += xmlText(b, from, to, cdata);
  }

  /** The table, once the part is read. */
  table(): SharedStrings {
    return this.strings.end();
  }
}
