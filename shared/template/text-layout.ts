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

/** A UTF-16 unit's width: a surrogate pair is one character, its low half adds nothing. */
const unitWidth = (code: number): number => (code >= 0xdc00 && code <= 0xdfff ? 0 : isWide(code) ? 2 : 1);

/**
 * Width in Excel character units: CJK and full-width characters count two. By char codes, not a
 * regular expression per character: the export measures every table row of a 100k-row ledger.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += unitWidth(text.charCodeAt(i));
  return width;
}

/**
 * Lines `text` takes in a column `width` units wide, counting its own line breaks. In one pass
 * over the text, no parts split off: the export counts the lines of every text cell it writes.
 */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  let part = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      lines += Math.max(1, Math.ceil(part / usable));
      part = 0;
    } else part += unitWidth(code);
  }
  return lines + Math.max(1, Math.ceil(part / usable));
}

/** Height in points for a row of `lines` lines. */
export function linesHeight(lines: number): number {
  return Math.round((Math.max(1, lines) * LINE_POINTS + PADDING_POINTS) * 4) / 4;
}

/** Height in points for the tallest of `cells` ([text, column width] pairs). */
export function rowHeight(cells: readonly (readonly [string, number])[]): number {
  return linesHeight(Math.max(0, ...cells.map(([text, width]) => lineCount(text, width))));
}
