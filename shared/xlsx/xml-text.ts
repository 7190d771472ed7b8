/** Text-level decoding for the SpreadsheetML subset: UTF-8, entities, Excel escapes. */

// ignoreBOM: a run is a cell's text, where U+FEFF is a character; a part's own BOM is the scanner's.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Longest run decoded in JS; TextDecoder's fixed per-call cost only pays off above it. */
const SHORT = 64;
const units: number[] = [];

/**
 * UTF-8 bytes to string; invalid UTF-8 throws (a TypeError the part reader reports as
 * corrupt). Short runs, the typical cell string, are decoded here: a TextDecoder call
 * costs more than decoding a few characters, and a sheet of inline strings makes a
 * million of them. Anything irregular goes to TextDecoder, so errors are its own.
 */
export function decodeUtf8(b: Uint8Array, from: number, to: number): string {
  if (to - from > SHORT) return utf8.decode(b.subarray(from, to));
  let n = 0;
  for (let i = from; i < to; ) {
    const c = b[i]!;
    if (c < 0x80) {
      units[n++] = c;
      i++;
    } else if (((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) && i + 2 < to) {
      // Three bytes (CJK, fullwidth punctuation): leads E0 and ED, whose second byte is
      // restricted (overlongs, surrogates), are left to TextDecoder.
      const c1 = b[i + 1]!;
      const c2 = b[i + 2]!;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return utf8.decode(b.subarray(from, to));
      units[n++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      i += 3;
    } else if (c >= 0xc2 && c <= 0xdf && i + 1 < to && (b[i + 1]! & 0xc0) === 0x80) {
      units[n++] = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else {
      return utf8.decode(b.subarray(from, to));
    }
  }
  units.length = n;
  return String.fromCharCode.apply(null, units);
}

const LINE_END = /\r\n?/g;
const ATTRIBUTE_SPACE = /\r\n|[\t\n\r]/g;

/**
 * XML character data (bytes) to its text: UTF-8, line ends, then entities (raw text) or
 * nothing more (CDATA). XML 1.0 §2.11 turns every literal CR LF and lone CR into LF before
 * parsing, CDATA sections included; Excel for Windows writes in-cell line breaks as CR LF.
 * `&#13;` is no literal line end and stays CR, as does Excel's `_x000D_` escape.
 */
export function xmlText(b: Uint8Array, from: number, to: number, cdata = false): string {
  const text = decodeUtf8(b, from, to);
  const lines = text.indexOf('\r') < 0 ? text : text.replace(LINE_END, '\n');
  return cdata ? lines : decodeXmlText(lines);
}

/**
 * An attribute value (bytes between the quotes) to its normalised value (XML 1.0 §3.3.3):
 * each literal tab or line end (CR LF counts as one, §2.11) becomes a space; character
 * references keep the character they name.
 */
export function xmlAttribute(b: Uint8Array, from: number, to: number): string {
  const text = decodeUtf8(b, from, to);
  return decodeXmlText(/[\t\n\r]/.test(text) ? text.replace(ATTRIBUTE_SPACE, ' ') : text);
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
