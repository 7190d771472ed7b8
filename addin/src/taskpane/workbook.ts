/** What the pane may ask of the workbook: the adapter's functions bound to one Excel port. */
import { type MissingFeature, missingFeatures, newestMinor } from '../excel/api-sets.ts';
import { type HighlightedRange, type Highlights, highlightIssues } from '../excel/highlights.ts';
import type { Mark } from '../highlight/plan.ts';
import { insertStandardSheets, type InsertOptions, type InsertResult } from '../excel/insert-template.ts';
import type { ExcelPort } from '../excel/port.ts';
import { readStandardSheets, type StandardSheets } from '../excel/read-workbook.ts';
import { selectCell } from '../excel/select-cell.ts';
import { type SheetData, writeSheets } from '../excel/write-sheets.ts';

export interface WorkbookActions {
  /** The newest ExcelApi 1.x this Excel has (0 in WPS, which has no such levels), and what a clerk misses for lack of newer ones. */
  readonly excelApi: number;
  readonly missing: readonly MissingFeature[];
  read(onProgress: (done: number, total: number) => void): Promise<StandardSheets>;
  highlight(issues: readonly Mark[], previous: readonly HighlightedRange[]): Promise<Highlights>;
  select(sheet: string, address: string): Promise<boolean>;
  insert(options: InsertOptions): Promise<InsertResult>;
  writeSheets(
    sheets: readonly SheetData[],
    prefix: string,
    onProgress: (done: number, total: number) => void,
  ): Promise<string[]>;
}

export function workbookActions(port: ExcelPort): WorkbookActions {
  return {
    excelApi: newestMinor(port),
    missing: missingFeatures(port),
    read: (onProgress) => readStandardSheets(port, { onProgress }),
    highlight: (issues, previous) => highlightIssues(port, issues, previous),
    select: (sheet, address) => selectCell(port, sheet, address),
    insert: (options) => insertStandardSheets(port, options),
    writeSheets: (sheets, prefix, onProgress) => writeSheets(port, sheets, prefix, onProgress),
  };
}
