/**
 * Row heights for wrapped text. Excel does not grow a row for wrapped text on open (and
 * never for merged cells), so the template sets heights it estimates from the text.
 */

const LINE_POINTS = 14.25;
const PADDING_POINTS = 4;

/** Width in Excel character units: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
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
