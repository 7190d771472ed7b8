/** Text-level decoding for the SpreadsheetML subset: entities, Excel escapes, attributes. */
import { MalformedPartError } from './xlsx-error.ts';

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML predefined and numeric character references; anything else is left as written. */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (whole: string, body: string) => {
    const named = NAMED[body];
    if (named !== undefined) return named;
    const code = body.charCodeAt(1) === 0x78 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Excel writes characters XML cannot carry (CR, control codes) as `_xHHHH_`, and a
 * literal `_xHHHH_` as `_x005F_xHHHH_`; one left-to-right pass undoes both.
 */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(EXCEL_ESCAPE, (_whole: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Visits each attribute of a start tag, `s[from, to)` being the text after the element
 * name. Values are passed raw (still entity-encoded): most callers only need digits.
 */
export function scanAttributes(
  s: string,
  from: number,
  to: number,
  visit: (name: string, rawValue: string) => void,
): void {
  let i = from;
  while (i < to) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to && (c = s.charCodeAt(i)) !== 61 /* = */ && !isSpace(c)) i++;
    const name = s.slice(nameStart, i);
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 61 || i >= to) throw new MalformedPartError(`attribute ${name} without value`);
    i++;
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    const quote = s.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new MalformedPartError(`attribute ${name} not quoted`);
    const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) throw new MalformedPartError(`attribute ${name} not closed`);
    visit(name, s.slice(i + 1, close));
    i = close + 1;
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Local part of a qualified name: some writers prefix every SpreadsheetML element (`x:c`). */
export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}
