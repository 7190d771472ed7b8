/** The open workbook and its sheets, looked up the way every ET action needs them. */
import type { EtApplication, EtWorkbook, EtWorksheet } from './et-types.ts';

/** A clerk-facing error: WPS has no workbook open (a blank 首页 tab, or every file closed). */
export class NoWorkbookError extends Error {
  constructor() {
    super('WPS 表格中没有打开的工作簿：请先打开或新建一个工作簿，再使用清风台账');
    this.name = 'NoWorkbookError';
  }
}

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new NoWorkbookError();
  return workbook;
}

/** Every sheet in tab order (ET's collections are 1-based). */
export function worksheetsOf(workbook: EtWorkbook): EtWorksheet[] {
  const sheets = workbook.Worksheets;
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
}

/** The sheet of that exact name, or null: renamed or deleted since the pane last looked. */
export function sheetNamed(workbook: EtWorkbook, name: string): EtWorksheet | null {
  return worksheetsOf(workbook).find((s) => s.Name === name) ?? null;
}

/** A new sheet after the last one (where Office.js's worksheets.add puts it), named. */
export function addSheet(workbook: EtWorkbook, name: string): EtWorksheet {
  const sheets = workbook.Worksheets;
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = name;
  return sheet;
}

/** Runs `work` with WPS's confirmation dialogs off (Delete would otherwise ask the clerk). */
export function withoutAlerts<T>(app: EtApplication, work: () => T): T {
  const before = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    return work();
  } finally {
    app.DisplayAlerts = before;
  }
}

/**
 * ET calls are synchronous and run on the pane's own thread: between chunks of work the pane
 * gives the thread back, so its progress line repaints and WPS stays responsive.
 */
export const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Freezes the rows above `rows + 1` of a sheet: ET freezes the active window, so the sheet is activated first. */
export function freezeRows(app: EtApplication, sheet: EtWorksheet, rows: number): void {
  sheet.Activate();
  const window = app.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = rows;
  window.FreezePanes = true;
}
