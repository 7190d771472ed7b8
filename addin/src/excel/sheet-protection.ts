import type { ExcelPort } from './port.ts';

/**
 * Which sheets are protected (Review › Protect Sheet): Excel refuses to change their cells or
 * formats (AccessDenied) but reads them. Worksheet.protection came with ExcelApi 1.2; before
 * it, a protected sheet shows only when a write is refused.
 */
export function loadSheetsWithProtection(
  port: ExcelPort,
  worksheets: Excel.WorksheetCollection,
): Excel.WorksheetCollection {
  return worksheets.load(port.supports(2) ? 'items/name,items/protection/protected' : 'items/name');
}

/** After loadSheetsWithProtection and a sync. */
export const isProtected = (port: ExcelPort, sheet: Excel.Worksheet): boolean =>
  port.supports(2) && sheet.protection.protected;

/** A write the add-in does not start: these sheets are protected, and it would be refused half-way. */
export class SheetProtectedError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`protected sheets: ${sheets.join(', ')}`);
    this.name = 'SheetProtectedError';
  }
}
