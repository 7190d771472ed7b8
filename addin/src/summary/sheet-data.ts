/**
 * The consolidated workbook's sheets as the add-in writes them into the open workbook. Dates
 * arrive as Excel serial numbers; columns headed like a ledger's date column get a date format
 * back, or supervisors would see 46082 where the download shows 2026-03-01.
 */
import { columnLetter, ledgers, topLeftOf } from '#shared/index.ts';
import { FORMAT_CODES } from '#shared/template/layout.ts';
import { HEADER_SEARCH_ROWS } from '#shared/validate/header.ts';
import type { XlsxSheet } from '#shared/xlsx/read-xlsx.ts';
import type { SheetData } from '../excel/write-sheets.ts';

const DATE_HEADERS: ReadonlySet<string> = new Set<string>(
  ledgers.flatMap((l) => l.columns.filter((c) => c.type === 'date').map((c) => c.header)),
);

export function summarySheet(sheet: XlsxSheet): SheetData {
  const left = topLeftOf(sheet.address)?.column ?? 0;
  const top = topLeftOf(sheet.address)?.row ?? 1;
  for (const [r, row] of sheet.values.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const dates = row.flatMap((v, i) => (typeof v === 'string' && DATE_HEADERS.has(v) ? [i] : []));
    if (dates.length > 0) {
      const columns = dates.map((i) => ({ letter: columnLetter(left + i), code: FORMAT_CODES.date }));
      return {
        name: sheet.name,
        address: sheet.address,
        values: sheet.values,
        formats: { headerRow: top + r, columns },
      };
    }
  }
  return { name: sheet.name, address: sheet.address, values: sheet.values };
}
