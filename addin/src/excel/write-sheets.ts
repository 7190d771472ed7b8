import { type CellValue, topLeftOf } from '../../../shared/index.ts';
import { NEEDS } from './api-sets.ts';
import { findSheets } from './find-sheets.ts';
import type { ExcelPort } from './port.ts';
import { type ColumnFormat, writeColumnFormats, writeGrid } from './write-grid.ts';

export interface SheetData {
  readonly name: string;
  /** Top-left cell of the values, e.g. "A1". */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats of whole columns below the header row (1-based), e.g. dates. */
  readonly formats?: { readonly headerRow: number; readonly columns: readonly ColumnFormat[] };
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\. */
export function sheetNameFor(prefix: string, name: string): string {
  return `${prefix}${name}`.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

/**
 * Writes each sheet's rows into a sheet of its own named prefix + name, replacing the sheet
 * an earlier download made under that name; the clerk's other sheets are never touched. The
 * old sheets step aside under temporary names and go only once the new ones exist: Excel
 * refuses to delete a workbook's last sheet.
 */
export async function writeSheets(
  port: ExcelPort,
  sheets: readonly SheetData[],
  prefix: string,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  return port.run(async (context) => {
    const named = sheets.map((s) => ({ ...s, target: sheetNameFor(prefix, s.name) }));
    const old = await findSheets(
      context,
      port,
      named.map((s) => s.target),
    );
    const replaced = old.filter((sheet) => sheet !== null);
    replaced.forEach((sheet, i) => {
      sheet.name = `~qingfeng-old-${i}`;
    });
    const added = named.map((s) => ({ ...s, sheet: context.workbook.worksheets.add(s.target) }));
    await context.sync();
    for (const [i, s] of added.entries()) {
      const at = topLeftOf(s.address) ?? { row: 1, column: 0 };
      await writeGrid(context, s.sheet, at, s.values);
      if (s.formats)
        await writeColumnFormats(context, s.sheet, s.formats.columns, {
          from: s.formats.headerRow + 1,
          to: at.row + s.values.length - 1,
        });
      if (port.supports(NEEDS.frozenHeader)) s.sheet.freezePanes.freezeRows(1);
      onProgress?.(i + 1, added.length);
    }
    added[0]?.sheet.activate();
    for (const sheet of replaced) sheet.delete();
    await context.sync();
    return added.map((s) => s.target);
  });
}
