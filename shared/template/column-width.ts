/**
 * The one column-width rule of the template and 插入标准台账. Widths are kept in Excel's
 * character units, as the .xlsx template stores them (`<col width>`, ECMA-376 Part 1
 * §18.3.1.13); Excel turns those into pixels with the maximum digit width of the workbook's
 * default font. The template's font is 宋体 11, and zh-CN Excel's default for a new workbook
 * is 等线 11: both have an 8-pixel "0" at 96 DPI (Excel shows their default column as
 * "8.38 (72 像素)"), where Calibri 11, which the add-in assumed before, has 7 (8.43, 64 px).
 * Office.js sets widths in points, so the add-in converts with the same digit width.
 */
export const TEMPLATE_DIGIT_PIXELS = 8;

/** Pixels of a column `width` characters wide as stored in the file, as Excel renders it. */
export function columnPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / TEMPLATE_DIGIT_PIXELS)) / 256) * TEMPLATE_DIGIT_PIXELS);
}

/** The same width in points (0.75 pt a pixel at 96 DPI), what RangeFormat.columnWidth takes. */
export function columnPoints(width: number): number {
  return columnPixels(width) * 0.75;
}
