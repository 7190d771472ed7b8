/**
 * 插入标准台账: puts the standard ledger sheets into the open workbook, laid out exactly as the
 * downloadable template (shared/template), and stamps the template version and year.
 */
import { TEMPLATE_STAMP, TEMPLATE_VERSION, topLeftOf } from '#shared/index.ts';
import { FIRST_DATA_ROW, FORMAT_CODES, HEADER_ROW, TITLE_HEIGHT, type LedgerLayout } from '#shared/template/layout.ts';
import { columnPoints } from '#shared/template/column-width.ts';
import { STAMP_RANGE, STAMP_SHEET, stampRows } from '#shared/template/stamp-sheet.ts';
import { HEADER_FILL, planTemplate, type SheetPlan } from '../template/plan.ts';
import { backupName } from '../write/sheet-names.ts';
import { NEEDS } from './api-sets.ts';
import { officeValidation } from './office-validation.ts';
import type { ExcelPort } from './port.ts';
import { readStandardSheets } from './read-workbook.ts';
import { isProtected, loadSheetsWithProtection, SheetProtectedError } from './sheet-protection.ts';
import { inertValue } from '../write/inert-value.ts';
import { writeColumnFormats, writeGrid } from './write-grid.ts';

export interface InsertOptions {
  /** The year for a workbook without a template stamp; a stamped one keeps its own. */
  readonly year: number;
  /** Printed in each new title; a blank to fill in by hand when absent. */
  readonly unitName?: string;
  readonly onProgress?: (step: InsertStep) => void;
}

export type InsertStep =
  | { readonly kind: 'reading' }
  | { readonly kind: 'rebuilding'; readonly sheet: string }
  | { readonly kind: 'formatting' };

export interface InsertResult {
  readonly added: readonly string[];
  readonly rebuilt: readonly string[];
  readonly unchanged: readonly string[];
  /** Copies of rebuilt sheets as they were, one per rebuilt sheet. */
  readonly backups: readonly string[];
  readonly year: number;
}

const lastLetter = (layout: LedgerLayout): string => layout.columns[layout.columns.length - 1]?.letter ?? 'A';

/**
 * Title, header, widths, validation and frozen header of one sheet (queued, not synced), as far
 * as this Excel's ExcelApi goes (api-sets.ts; the pane names what is missing). A sheet already
 * in the layout keeps its title: the clerk may have written the unit in by hand.
 */
function queueLayout(
  port: ExcelPort,
  sheet: Excel.Worksheet,
  layout: LedgerLayout,
  lastRow: number,
  withTitle: boolean,
): void {
  const last = lastLetter(layout);
  const sized = port.supports(NEEDS.layout);
  const dropdowns = port.supports(NEEDS.dropdowns);
  if (withTitle) {
    const title = sheet.getRange(`A1:${last}1`);
    if (sized) title.merge(false);
    sheet.getRange('A1').values = [[inertValue(layout.title)]];
    title.format.font.bold = true;
    title.format.horizontalAlignment = sized ? 'Center' : 'Left';
    if (sized) title.format.rowHeight = TITLE_HEIGHT;
  }
  const header = sheet.getRange(`A${HEADER_ROW}:${last}${HEADER_ROW}`);
  header.values = [layout.columns.map((c) => inertValue(c.header))];
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.fill.color = HEADER_FILL;
  if (sized) header.format.rowHeight = layout.headerHeight;
  for (const column of layout.columns) {
    if (sized) sheet.getRange(`${column.letter}1`).format.columnWidth = columnPoints(column.width);
    if (!dropdowns) continue;
    const cells = sheet.getRange(`${column.letter}${FIRST_DATA_ROW}:${column.letter}${lastRow}`);
    const { rule, errorAlert, prompt } = officeValidation(column.validation);
    cells.dataValidation.clear();
    if (rule) cells.dataValidation.rule = rule;
    if (errorAlert) cells.dataValidation.errorAlert = errorAlert;
    if (prompt) cells.dataValidation.prompt = prompt;
  }
  if (port.supports(NEEDS.frozenHeader)) sheet.freezePanes.freezeRows(HEADER_ROW);
}

/**
 * The template stamp in the stamp sheet (every ExcelApi), hidden where Excel can hide it (1.2),
 * and as custom properties where Excel has them (1.7), for readers released before the sheet.
 */
function queueStamp(port: ExcelPort, context: Excel.RequestContext, allSheets: readonly string[], year: number): void {
  const sheets = context.workbook.worksheets;
  const sheet = allSheets.includes(STAMP_SHEET) ? sheets.getItem(STAMP_SHEET) : sheets.add(STAMP_SHEET);
  sheet.getRange(STAMP_RANGE).values = stampRows(TEMPLATE_VERSION, year).map((row) => row.map(inertValue));
  if (port.supports(NEEDS.hideSheet)) sheet.visibility = 'Hidden';
  if (!port.supports(NEEDS.customProperties)) return;
  const custom = context.workbook.properties.custom;
  custom.add(TEMPLATE_STAMP.version, TEMPLATE_VERSION);
  custom.add(TEMPLATE_STAMP.year, String(year));
}

/**
 * Adds the missing standard sheets, rebuilds older or rearranged ones in the current layout
 * (every row and extra column moved along), re-applies formats to current ones, and stamps
 * the workbook with its own year when it has one. Nothing the clerk typed is lost: before a
 * sheet is rebuilt, it is copied whole into a backup sheet.
 */
export async function insertStandardSheets(port: ExcelPort, options: InsertOptions): Promise<InsertResult> {
  options.onProgress?.({ kind: 'reading' });
  const existing = await readStandardSheets(port);
  const year = existing.year ?? options.year;
  const plans = planTemplate(existing.input, year, options.unitName);
  const backups: string[] = [];
  await port.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const target = (plan: SheetPlan): Excel.Worksheet =>
      plan.kind === 'add' ? sheets.add(plan.layout.sheetName) : sheets.getItem(plan.sheet);
    // A protected ledger would refuse its layout half-way through: say so before anything changes.
    loadSheetsWithProtection(port, sheets);
    await context.sync();
    const locked = sheets.items.filter(
      (s) => isProtected(port, s) && plans.some((p) => p.kind !== 'add' && p.sheet === s.name),
    );
    if (locked.length > 0) throw new SheetProtectedError(locked.map((s) => s.name));
    // Added and looked up in the next sync, with the first backup or the layout.
    const handles = plans.map((plan) => ({ plan, sheet: target(plan) }));
    for (const { plan, sheet } of handles) {
      if (plan.kind !== 'rebuild') continue;
      options.onProgress?.({ kind: 'rebuilding', sheet: plan.sheet });
      const name = backupName(plan.sheet, [...existing.allSheets, ...backups]);
      backups.push(name);
      const backup = sheets.add(name);
      await context.sync();
      await writeGrid(context, backup, topLeftOf(plan.original.address) ?? { row: 1, column: 0 }, plan.original.values);
      // Old merges, validations and formats belong to the old columns; the layout sets them anew.
      const old = sheet.getRange(plan.clear);
      if (port.supports(NEEDS.layout)) old.unmerge();
      if (port.supports(NEEDS.dropdowns)) old.dataValidation.clear();
      old.clear('All');
      await writeGrid(context, sheet, { row: HEADER_ROW, column: 0 }, plan.rows);
    }
    options.onProgress?.({ kind: 'formatting' });
    for (const { plan, sheet } of handles) queueLayout(port, sheet, plan.layout, plan.lastRow, plan.kind !== 'format');
    await context.sync();
    for (const { plan, sheet } of handles) {
      const formats = plan.layout.columns.flatMap((c) =>
        c.format === null ? [] : [{ letter: c.letter, code: FORMAT_CODES[c.format] }],
      );
      await writeColumnFormats(context, sheet, formats, { from: FIRST_DATA_ROW, to: plan.lastRow });
    }
    queueStamp(port, context, existing.allSheets, year);
    handles[0]?.sheet.activate();
    await context.sync();
  });
  const names = (kind: SheetPlan['kind']): string[] =>
    plans.filter((p) => p.kind === kind).map((p) => p.layout.sheetName);
  return { added: names('add'), rebuilt: names('rebuild'), unchanged: names('format'), backups, year };
}
