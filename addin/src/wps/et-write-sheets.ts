/** 下载汇总到工作簿 on WPS: each consolidated sheet into a sheet of its own, as on Excel. */
import { topLeftOf } from '#shared/index.ts';
import type { SheetData } from '../excel/write-sheets.ts';
import { sheetNameFor } from '../write/sheet-names.ts';
import { activeWorkbook, addSheet, freezeRows, sheetNamed, withoutAlerts } from './et-book.ts';
import { writeEtColumnFormats, writeEtGrid } from './et-grid.ts';
import type { EtApplication } from './et-types.ts';

/**
 * Replaces the sheets an earlier download made under the same names and leaves the clerk's
 * other sheets alone. The old sheets step aside under temporary names and go once the new
 * ones exist: a workbook's last sheet cannot be deleted.
 */
export async function writeEtSheets(
  app: EtApplication,
  sheets: readonly SheetData[],
  prefix: string,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  const workbook = activeWorkbook(app);
  const named = sheets.map((s) => ({ ...s, target: sheetNameFor(prefix, s.name) }));
  const replaced = named.flatMap((s) => sheetNamed(workbook, s.target) ?? []);
  replaced.forEach((sheet, i) => {
    sheet.Name = `~qingfeng-old-${i}`;
  });
  const added = named.map((s) => ({ ...s, sheet: addSheet(workbook, s.target) }));
  for (const [i, s] of added.entries()) {
    const at = topLeftOf(s.address) ?? { row: 1, column: 0 };
    await writeEtGrid(s.sheet, at, s.values);
    if (s.formats)
      writeEtColumnFormats(s.sheet, s.formats.columns, {
        from: s.formats.headerRow + 1,
        to: at.row + s.values.length - 1,
      });
    freezeRows(app, s.sheet, 1);
    onProgress?.(i + 1, added.length);
  }
  added[0]?.sheet.Activate();
  withoutAlerts(app, () => {
    for (const sheet of replaced) sheet.Delete();
  });
  return added.map((s) => s.target);
}
