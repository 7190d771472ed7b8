/** Excel's limit on a cell's text: 32,767 characters (UTF-16 code units, as Excel and JS count). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text as written may be longer than the value it decodes to (`_x000D_` is seven characters
 * for one), so undecoded text stops being collected only beyond this: a cell over it is
 * over Excel's limit whatever it decodes to, and no cell ever holds more in memory.
 */
export const MAX_RAW_CELL_TEXT = MAX_CELL_TEXT * 7;

/**
 * What a shared string over the limit is kept as: just long enough to be recognised, so
 * the cell that uses it is refused by name and an unused one costs nothing.
 */
export function boundedSharedString(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT + 1) : text;
}
