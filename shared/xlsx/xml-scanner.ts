/**
 * A push scanner for the well-formed, DTD-free XML that OOXML parts are. It works on the
 * inflated UTF-8 bytes (UTF-16 parts arrive re-encoded by `Utf8Feed`) chunk by chunk and
 * keeps only the unfinished token between chunks, so no part is ever held whole; a split
 * token is scanned again only once what is kept of it has doubled, so the work stays linear
 * in the input however small the chunks. Markup is never decoded to strings: handlers
 * decode just the names, attributes and text they need.
 */
import { MalformedPartError } from './xlsx-error.ts';
import { XmlTag } from './xml-tag.ts';
import { isSpace } from './xml-text.ts';

export interface XmlHandler {
  /** Read before each text node: slicing text nobody needs (indentation, formulas) is waste. */
  readonly wantText: boolean;
  /**
   * A self-closing element gets open then close. `tag` is reused: read it during the call.
   * A handler may consume a whole element itself (its content and end tag, found in
   * `tag.buf` from `tag.end`) and return the index just past it; the scanner resumes
   * there without calling close. This lets the sheet handler read `<v>1</v></c>` in one go.
   */
  open(tag: XmlTag): undefined | number;
  close(tag: XmlTag): void;
  /**
   * Character data `b[from, to)`, raw (entity-encoded) unless `cdata`. Usually one call
   * per text node; comments or CDATA inside a text split it into several. The bytes stay
   * valid until the end of the current chunk: a handler may keep the reference that long
   * instead of decoding, if it lets go in `endOfChunk`.
   */
  text(b: Uint8Array, from: number, to: number, cdata: boolean): void;
  /** Called before the scanner's buffer is reused: decode or drop kept text references. */
  endOfChunk?(): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const COMMENT_OPEN = [60, 33, 45, 45]; // <!--
const COMMENT_CLOSE = [45, 45, 62]; // -->
const CDATA_OPEN = [60, 33, 91, 67, 68, 65, 84, 65, 91]; // <![CDATA[
const CDATA_CLOSE = [93, 93, 62]; // ]]>
const PI_CLOSE = [63, 62]; // ?>
/** FNV-1a over an element's qualified name: end tags are matched by hash. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * No legitimate token in a spreadsheet part comes near this (cell text is capped at
 * 32,767 characters); a longer one is refused rather than held.
 */
const MAX_TOKEN = 4 * 1024 * 1024;
/** Bytes of a new chunk joined to the carry to finish a split token (most are < 100). */
const JOIN_HEAD = 4096;
/**
 * Wanted text still open at a chunk's end is handed on in pieces of this size, so a huge
 * cell reaches its handler (which knows Excel's limit) instead of growing the carry.
 */
const TEXT_PIECE = 64 * 1024;
const AMP = 38;
const SEMICOLON = 59;
const CR = 13;

export class XmlScanner {
  private readonly handler: XmlHandler;
  private readonly tag = new XmlTag();
  /** The unfinished token at the end of the input so far (or the part's first bytes), copied. */
  private readonly carry = new Carry();
  /** The carry's length when it was last scanned and found unfinished. */
  private tried = 0;
  /**
   * Hashes of the open elements' qualified names, to catch mismatched end tags: int32s in a
   * typed array, as a number[] would box every hash beyond the small-integer range.
   */
  private stack = new Int32Array(64);
  private depth = 0;
  private sawRoot = false;
  private atStart = true;
  private examined = 0;

  constructor(handler: XmlHandler) {
    this.handler = handler;
  }

  /**
   * Bytes handed to the token loop so far, counting every byte of a re-scan again: what holds
   * the scanner to work linear in its input however the input is cut (xml-scanner.test.ts).
   */
  get bytesScanned(): number {
    return this.examined;
  }

  /** `chunk` may be a view into a reused buffer: nothing refers to it after feed returns. */
  feed(chunk: Uint8Array): void {
    const carry = this.carry;
    if (this.atStart) {
      carry.append(chunk);
      if (carry.length < 3) return;
      this.atStart = false;
      this.scanCarry(this.skipByteOrderMark(carry.bytes()));
      return;
    }
    if (carry.length === 0) {
      this.scanChunk(chunk, 0);
      return;
    }
    // A split token is tried again only once the carry has doubled since the last try: tried
    // at every piece, a token much longer than the pieces would be re-scanned once per piece.
    const total = carry.length + chunk.length;
    if (total < 2 * this.tried && total <= MAX_TOKEN) {
      carry.append(chunk);
      return;
    }
    if (carry.length <= JOIN_HEAD) {
      // Most split tokens are short: finish one in a small joined buffer rather than copying
      // the whole chunk behind the carry (both start with the carry, so `stop` means the same).
      const kept = carry.length;
      const joined = concat(carry.bytes(), chunk.subarray(0, Math.min(chunk.length, JOIN_HEAD)));
      const stop = this.scan(joined, 0, kept);
      if (stop >= kept) {
        carry.clear();
        this.scanChunk(chunk, stop - kept);
        return;
      }
      carry.append(chunk);
      this.scanCarry(stop);
      return;
    }
    carry.append(chunk);
    this.scanCarry(0);
  }

  end(): void {
    const carry = this.carry;
    if (this.atStart) {
      this.atStart = false;
      if (carry.length > 0) this.scanCarry(0);
    } else if (carry.length > this.tried) {
      this.scanCarry(0);
    }
    if (this.depth > 0) throw new MalformedPartError('unclosed element');
    if (carry.bytes().some((c) => !isSpace(c))) {
      throw new MalformedPartError('unexpected end of XML');
    }
    if (!this.sawRoot) throw new MalformedPartError('no root element');
  }

  private scanChunk(chunk: Uint8Array, from: number): void {
    const stop = this.scan(chunk, from, chunk.length);
    this.handler.endOfChunk?.();
    // A copy: the chunk's buffer is reused once feed returns.
    if (stop < chunk.length) this.keep(chunk.subarray(stop));
  }

  private scanCarry(from: number): void {
    const b = this.carry.bytes();
    const stop = this.scan(b, from, b.length);
    this.handler.endOfChunk?.();
    this.keep(b.subarray(stop));
  }

  private keep(rest: Uint8Array): void {
    this.carry.keep(rest);
    this.tried = rest.length;
    if (rest.length > MAX_TOKEN) throw new MalformedPartError('token too long');
  }

  /** UTF-16 parts arrive re-encoded as UTF-8 (`Utf8Feed`), so only UTF-8's mark is left. */
  private skipByteOrderMark(b: Uint8Array): number {
    return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  }

  /**
   * Scans tokens starting before `until`; returns the index after the last complete one,
   * which is where an unfinished token begins if it is below `until`.
   */
  private scan(b: Uint8Array, from: number, until: number): number {
    this.examined += b.length - from;
    const h = this.handler;
    const n = b.length;
    let i = from;
    while (i < until) {
      // Plain loops, not TypedArray#indexOf: V8 runs that in C++, and the per-call cost
      // dominates when the gaps between tags are a few bytes.
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt >= n) return this.openText(b, i, n);
      if (lt > i) {
        if (this.depth === 0) outsideRoot(b, i, lt);
        else if (h.wantText) h.text(b, i, lt, false);
      }
      i = lt;
      if (lt + 1 >= n) return lt;
      const c = b[lt + 1];
      let next: number;
      if (c === SLASH) next = this.endTag(b, lt);
      else if (c === QUESTION) next = skipPast(b, lt + 2, PI_CLOSE);
      else if (c === BANG) next = this.special(b, lt);
      else next = this.startTag(b, lt);
      if (next < 0) return lt;
      i = next;
    }
    return i;
  }

  /** Text running to the end of `b`: returns where the carry must start. */
  private openText(b: Uint8Array, from: number, n: number): number {
    if (this.depth === 0) {
      outsideRoot(b, from, n);
      return n;
    }
    // Text nobody reads (formulas, indentation) is dropped as it arrives.
    if (!this.handler.wantText) return n;
    // Pieces of at most TEXT_PIECE, so a handler refusing an over-long cell has decoded little.
    let at = from;
    while (n - at >= TEXT_PIECE) {
      const cut = pieceEnd(b, at, at + TEXT_PIECE);
      if (cut <= at) break;
      this.handler.text(b, at, cut, false);
      at = cut;
    }
    return at;
  }

  // Hot loops below index with `b[p]!` only where `p < n` has been checked, and treat any
  // byte <= 0x20 as white space: other control bytes are not allowed in XML anyway.
  private startTag(b: Uint8Array, lt: number): number {
    const n = b.length;
    let p = lt + 1;
    let local = p;
    for (; p < n; p++) {
      const c = b[p]!;
      if (c === GT || c === SLASH || c <= 32) break;
      if (c === COLON) local = p + 1;
    }
    if (p >= n) return -1;
    const nameEnd = p;
    if (p === lt + 1) throw new MalformedPartError('element without name');
    const tag = this.tag;
    tag.set(b, local, p);
    let attrs = tag.attrs;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      while (p < n && b[p]! <= 32) p++;
      if (p >= n) return -1;
      const c = b[p]!;
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= n) return -1;
        if (b[p + 1] !== GT) throw new MalformedPartError('stray "/" in tag');
        selfClosing = true;
        p += 2;
        break;
      }
      const nameFrom = p;
      for (; p < n; p++) {
        const d = b[p]!;
        if (d === EQUALS || d <= 32 || d === GT) break;
      }
      const nameTo = p;
      while (p < n && b[p]! <= 32) p++;
      if (p >= n) return -1;
      if (b[p] !== EQUALS || nameTo === nameFrom) throw new MalformedPartError('attribute without value');
      p++;
      while (p < n && b[p]! <= 32) p++;
      if (p >= n) return -1;
      const quote = b[p]!;
      if (quote !== DQUOTE && quote !== SQUOTE) throw new MalformedPartError('attribute value not quoted');
      let close = p + 1;
      while (close < n && b[close] !== quote) close++;
      if (close >= n) return -1;
      const k = count * 4;
      if (k === attrs.length) attrs = tag.attrsFor(count + 1);
      attrs[k] = nameFrom;
      attrs[k + 1] = nameTo;
      attrs[k + 2] = p + 1;
      attrs[k + 3] = close;
      count++;
      p = close + 1;
    }
    tag.attrCount = count;
    if (this.depth === 0) {
      if (this.sawRoot) throw new MalformedPartError('second root element');
      this.sawRoot = true;
    }
    tag.end = p;
    tag.selfClosing = selfClosing;
    const consumed = this.handler.open(tag);
    if (selfClosing) {
      tag.attrCount = 0;
      this.handler.close(tag);
    } else if (typeof consumed === 'number') {
      return consumed;
    } else {
      // Hashed only now: most cells are consumed by their handler and never need it.
      this.push(nameHash(b, lt + 1, nameEnd));
    }
    return p;
  }

  private endTag(b: Uint8Array, lt: number): number {
    const n = b.length;
    let gt = lt + 2;
    while (gt < n && b[gt] !== GT) gt++;
    if (gt >= n) return -1;
    let nameTo = gt;
    while (b[nameTo - 1]! <= 32) nameTo--;
    let local = lt + 2;
    for (let p = lt + 2; p < nameTo; p++) if (b[p] === COLON) local = p + 1;
    if (this.depth === 0 || this.stack[--this.depth] !== nameHash(b, lt + 2, nameTo)) {
      throw new MalformedPartError('mismatched end tag');
    }
    const tag = this.tag;
    tag.set(b, local, nameTo);
    tag.attrCount = 0;
    this.handler.close(tag);
    return gt + 1;
  }

  private push(hash: number): void {
    if (this.depth === this.stack.length) {
      const deeper = new Int32Array(this.stack.length * 2);
      deeper.set(this.stack);
      this.stack = deeper;
    }
    this.stack[this.depth++] = hash;
  }

  /** Comments and CDATA; returns the index after the construct, or -1 if it is unfinished. */
  private special(b: Uint8Array, lt: number): number {
    if (startsWith(b, lt, COMMENT_OPEN)) return skipPast(b, lt + 4, COMMENT_CLOSE);
    if (startsWith(b, lt, CDATA_OPEN)) {
      const after = skipPast(b, lt + 9, CDATA_CLOSE);
      if (after < 0) return -1;
      if (this.depth === 0) throw new MalformedPartError('CDATA outside root');
      if (this.handler.wantText) this.handler.text(b, lt + 9, after - 3, true);
      return after;
    }
    if (b.length - lt < CDATA_OPEN.length) return -1;
    // DTDs are not allowed in OOXML; refusing them also rules out entity-expansion bombs.
    throw new MalformedPartError('DOCTYPE or unknown markup');
  }
}

/** Bytes kept between chunks, in a buffer that at least doubles when it grows: appends cost their own length. */
class Carry {
  private buf = new Uint8Array(0);
  length = 0;

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  append(chunk: Uint8Array): void {
    this.reserve(this.length + chunk.length);
    this.buf.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** Keeps only `rest`: the end of the carry itself, or of a chunk about to be reused. */
  keep(rest: Uint8Array): void {
    if (rest.buffer === this.buf.buffer) {
      const from = rest.byteOffset - this.buf.byteOffset;
      this.buf.copyWithin(0, from, from + rest.length);
    } else {
      this.length = 0;
      this.reserve(rest.length);
      this.buf.set(rest);
    }
    this.length = rest.length;
  }

  private reserve(size: number): void {
    if (size <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(size, this.buf.length * 2));
    bigger.set(this.bytes());
    this.buf = bigger;
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** FNV-1a over an element's qualified name, `b[from, to)`. */
function nameHash(b: Uint8Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let p = from; p < to; p++) hash = Math.imul(hash ^ b[p]!, FNV_PRIME);
  return hash;
}

function startsWith(b: Uint8Array, at: number, seq: readonly number[]): boolean {
  if (at + seq.length > b.length) return false;
  for (let i = 0; i < seq.length; i++) if (b[at + i] !== seq[i]) return false;
  return true;
}

/** Index just past the next `seq` at or after `from`, or -1 if not (yet) present. */
function skipPast(b: Uint8Array, from: number, seq: readonly number[]): number {
  const first = seq[0] ?? 0;
  for (let p = b.indexOf(first, from); p >= 0; p = b.indexOf(first, p + 1)) {
    if (startsWith(b, p, seq)) return p + seq.length;
    if (p + seq.length > b.length) return -1;
  }
  return -1;
}

/**
 * Where text may be split so that each piece decodes alone: not inside a UTF-8 sequence,
 * an entity, or a CR LF pair (which must become one LF).
 */
function pieceEnd(b: Uint8Array, from: number, to: number): number {
  let cut = to;
  while (cut > from && ((b[cut - 1] ?? 0) & 0xc0) === 0x80) cut--;
  if (cut > from && (b[cut - 1] ?? 0) >= 0xc0) cut--;
  if (cut > from && b[cut - 1] === CR) cut--;
  for (let k = cut - 1; k >= from && b[k] !== SEMICOLON; k--) {
    if (b[k] === AMP) return k;
  }
  return cut;
}

function outsideRoot(b: Uint8Array, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    if (!isSpace(b[k] ?? 0)) throw new MalformedPartError('text outside the root element');
  }
}
