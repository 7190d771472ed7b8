/**
 * The template stamp's carrier that every Excel can write: a hidden worksheet of key / value
 * rows. Custom document properties (TEMPLATE_STAMP) need ExcelApi 1.7, which Office 2016 and
 * 2019 lack; a worksheet and its cells are ExcelApi 1.1, hiding it 1.2 (on 1.1 it stays
 * visible, with the note row saying what it is). Every writer (the template, 插入标准台账)
 * writes it, and every reader (the add-in, the Worker, the CLI) prefers it to the custom
 * properties, which workbooks stamped before it still carry.
 */
import type { CellValue } from '../cells/cell-value.ts';
import { TEMPLATE_STAMP } from '../ledgers/template-releases.ts';

export const STAMP_SHEET = '_清风台账';

/** Rows from A1: the stamp's keys in column A, their values in column B, then the note. */
export const STAMP_RANGE = 'A1:B3';

export function stampRows(version: string, year: number): string[][] {
  return [
    [TEMPLATE_STAMP.version, version],
    [TEMPLATE_STAMP.year, String(year)],
    ['本表记录台账模板的版本与年度，请勿修改或删除', ''],
  ];
}

/** The stamp's entries out of the sheet's rows; anything else in the sheet is ignored. */
export function stampFromRows(rows: readonly (readonly CellValue[])[]): Record<string, string> {
  const keys = new Set<string>(Object.values(TEMPLATE_STAMP));
  const found: Record<string, string> = {};
  for (const [key, value] of rows)
    if (typeof key === 'string' && keys.has(key) && value !== null && value !== undefined && value !== '')
      found[key] = String(value);
  return found;
}

export const isStampSheet = (name: string): boolean => name === STAMP_SHEET;
