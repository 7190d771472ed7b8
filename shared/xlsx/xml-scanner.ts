/**
 * A push scanner for the well-formed, DTD-free XML that OOXML parts are. It is fed text
 * chunks as they are inflated and keeps only the unfinished token between chunks, so a
 * sheet is never held as one string. Entities are left to the handler (most text is
 * digits that need no decoding).
 */
import { MalformedPartError } from './xlsx-error.ts';
import { isSpace, localName } from './xml-text.ts';

export interface XmlHandler {
  /** Read before each text node: slicing text nobody needs (indentation, formulas) is waste. */
  readonly wantText: boolean;
  /**
   * `s[attrFrom, attrTo)` holds the attributes (see scanAttributes); `s` is only valid
   * during the call. A self-closing element gets open then close.
   */
  open(name: string, s: string, attrFrom: number, attrTo: number): void;
  close(name: string): void;
  /** Raw text, entity-encoded unless `cdata`. One text node arrives in one call. */
  text(raw: string, cdata: boolean): void;
}

/**
 * No legitimate token in a spreadsheet part comes near this (cell text is capped at
 * 32,767 characters); the cap keeps re-scanning of a split token linear.
 */
const MAX_TOKEN = 4 * 1024 * 1024;

export class XmlScanner {
  private readonly handler: XmlHandler;
  private carry = '';
  private readonly stack: string[] = [];
  private sawRoot = false;

  constructor(handler: XmlHandler) {
    this.handler = handler;
  }

  feed(chunk: string): void {
    const s = this.carry.length === 0 ? chunk : this.carry + chunk;
    const stop = this.scan(s);
    this.carry = stop < s.length ? s.slice(stop) : '';
    if (this.carry.length > MAX_TOKEN) throw new MalformedPartError('token too long');
  }

  end(): void {
    if (this.stack.length > 0) throw new MalformedPartError(`unclosed <${this.stack.at(-1)}>`);
    if (this.carry.trim() !== '') throw new MalformedPartError('unexpected end of XML');
    if (!this.sawRoot) throw new MalformedPartError('no root element');
  }

  /** Returns the index of the first character that belongs to an unfinished token. */
  private scan(s: string): number {
    const h = this.handler;
    const stack = this.stack;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return i;
      if (lt > i) {
        if (stack.length === 0) outsideRoot(s, i, lt);
        else if (h.wantText) h.text(s.slice(i, lt), false);
      }
      i = lt;
      if (lt + 1 >= n) return lt;
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) return lt;
        let nameEnd = gt;
        while (isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        const qname = s.slice(lt + 2, nameEnd);
        if (stack.pop() !== qname) throw new MalformedPartError(`unexpected </${qname}>`);
        h.close(localName(qname));
        i = gt + 1;
      } else if (c === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        i = end + 2;
      } else if (c === 33 /* ! */) {
        const next = this.special(s, lt);
        if (next < 0) return lt;
        i = next;
      } else {
        const gt = findTagEnd(s, lt + 1);
        if (gt < 0) return lt;
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const bodyEnd = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < bodyEnd && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
        if (nameEnd === lt + 1) throw new MalformedPartError('element without name');
        const qname = s.slice(lt + 1, nameEnd);
        if (stack.length === 0) {
          if (this.sawRoot) throw new MalformedPartError('second root element');
          this.sawRoot = true;
        }
        const name = localName(qname);
        if (selfClosing) {
          h.open(name, s, nameEnd, bodyEnd);
          h.close(name);
        } else {
          stack.push(qname);
          h.open(name, s, nameEnd, bodyEnd);
        }
        i = gt + 1;
      }
    }
    return n;
  }

  /** Comments and CDATA; returns the index after the construct, or -1 if it is unfinished. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw new MalformedPartError('CDATA outside root');
      if (this.handler.wantText) this.handler.text(s.slice(lt + 9, end), true);
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    // DTDs are not allowed in OOXML; refusing them also rules out entity-expansion bombs.
    throw new MalformedPartError('DOCTYPE or unknown markup');
  }
}

/** The `>` that ends a start tag; `>` may legally appear inside quoted attribute values. */
function findTagEnd(s: string, from: number): number {
  let quote = 0;
  for (let k = from, n = s.length; k < n; k++) {
    const c = s.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) {
      return k;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 60 /* < */) {
      throw new MalformedPartError('"<" inside a tag');
    }
  }
  return -1;
}

function outsideRoot(s: string, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    if (!isSpace(s.charCodeAt(k))) throw new MalformedPartError('text outside the root element');
  }
}
