/** What the pane may ask of the workbook, on WPS 表格: the same WorkbookActions as on Excel. */
import type { WorkbookActions } from '../taskpane/workbook.ts';
import { highlightEt } from './et-highlights.ts';
import { insertEtSheets } from './et-insert.ts';
import { readEtSheets } from './et-read.ts';
import { selectEtCell } from './et-select.ts';
import type { EtApplication } from './et-types.ts';
import { writeEtSheets } from './et-write-sheets.ts';

export function etWorkbookActions(app: EtApplication): WorkbookActions {
  return {
    // WPS has no ExcelApi levels: every layout feature the pane uses is there (ribbon, validation, freeze).
    excelApi: 0,
    missing: [],
    read: (onProgress) => readEtSheets(app, { onProgress }),
    highlight: (issues, previous) => highlightEt(app, issues, previous),
    // Promise.resolve().then: a thrown ET error becomes a rejection, as from the Excel adapter.
    select: (sheet, address) => Promise.resolve().then(() => selectEtCell(app, sheet, address)),
    insert: (options) => insertEtSheets(app, options),
    writeSheets: (sheets, prefix, onProgress) => writeEtSheets(app, sheets, prefix, onProgress),
  };
}
