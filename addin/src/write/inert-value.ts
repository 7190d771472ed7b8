import type { CellValue } from '#shared/index.ts';

/**
 * A value as Office.js (or WPS's ET) should receive it. Excel reads a written string as if typed:
 * "=…" (or "+", "-", "@") becomes a formula, "2026-3" a date, "001" the number 1. A leading
 * apostrophe keeps any string exactly as it is, as text (Excel does not store the apostrophe), so
 * a case number stays a case number and a cell from another unit's ledger can never run.
 */
export function inertValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
