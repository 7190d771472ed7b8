import type { CellValue } from './cell-value.ts';

/** Error values Excel shows in a cell (Office.js `values` returns them as these strings). */
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
  '#EXTERNAL!',
]);

export function isExcelError(value: CellValue): value is string {
  return typeof value === 'string' && value.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(value.trim());
}
