import { NEEDS } from './api-sets.ts';
import type { ExcelPort } from './port.ts';

/**
 * Worksheets by name (as Excel compares them, without case), null where there is none, in
 * one sync: getItemOrNullObject from ExcelApi 1.4, before that the loaded sheet names.
 */
export async function findSheets(
  context: Excel.RequestContext,
  port: ExcelPort,
  names: readonly string[],
): Promise<(Excel.Worksheet | null)[]> {
  const sheets = context.workbook.worksheets;
  if (port.supports(NEEDS.nullObjects)) {
    const found = names.map((name) => sheets.getItemOrNullObject(name));
    await context.sync();
    return found.map((sheet) => (sheet.isNullObject ? null : sheet));
  }
  sheets.load('items/name');
  await context.sync();
  return names.map((name) => sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null);
}
