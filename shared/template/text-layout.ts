/**
 * Row heights for wrapped text. Excel does not grow a row for wrapped text on open (and
 * never for merged cells), so the template sets heights it estimates from the text.
 */

const LINE_POINTS = 14.25;
const PADDING_POINTS = 4;

const isWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6);

/**
 * Width in Excel character units: CJK and full-width characters count two. By char codes, not a
 * regular expression per character: the export measures every table row of a 100k-row ledger.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: its low half adds nothing.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Lines `text` takes in a column `width` units wide, counting its own line breaks. */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}

/** Height in points for the tallest of `cells` ([text, column width] pairs). */
export function rowHeight(cells: readonly (readonly [string, number])[]): number {
  const lines = Math.max(1, ...cells.map(([text, width]) => lineCount(text, width)));
  return Math.round((lines * LINE_POINTS + PADDING_POINTS) * 4) / 4;
}
