import type { CellValue } from './cell-value.ts';

/** Office.js reports empty cells as ""; our reader as null; a lone space is blank to a clerk too. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
