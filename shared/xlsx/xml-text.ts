/** Text-level decoding for the SpreadsheetML subset: UTF-8, entities, Excel escapes. */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 bytes to string; invalid UTF-8 throws (a TypeError the part reader reports as
 * corrupt). Short ASCII runs skip the TextDecoder call, whose fixed cost dominates
 * for the typical few-byte cell string.
 */
export function decodeUtf8(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 24) {
    let s = '';
    for (let i = from; i < to; i++) {
      const c = b[i] ?? 0;
      if (c >= 0x80) return utf8.decode(b.subarray(from, to));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(from, to));
}

/** Raw XML character data (bytes) to its text: UTF-8 then entities. */
export function xmlText(b: Uint8Array, from: number, to: number): string {
  return decodeXmlText(decodeUtf8(b, from, to));
}

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

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
