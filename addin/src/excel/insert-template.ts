/**
 * 插入标准台账: puts the standard ledger sheets into the open workbook, laid out exactly as the
 * downloadable template (shared/template), and stamps the template version and year.
 */
import { TEMPLATE_STAMP, TEMPLATE_VERSION, topLeftOf } from '../../../shared/index.ts';
import {
  FIRST_DATA_ROW,
  FORMAT_CODES,
  HEADER_ROW,
  TITLE_HEIGHT,
  type LedgerLayout,
} from '../../../shared/template/layout.ts';
import { planTemplate, type SheetPlan } from '../template/plan.ts';
import { officeValidation } from './office-validation.ts';
import type { ExcelPort } from './port.ts';
import { readStandardSheets } from './read-workbook.ts';
import { inertValue, writeColumnFormats, writeGrid } from './write-grid.ts';

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

/** A name for the copy of a sheet before its rebuild, not yet taken (Excel compares names without case). */
export function backupName(sheet: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '(升级前)' : `(升级前${n})`;
    const name = `${sheet.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel character units (the width of "0") to points, for Calibri 11 as Excel itself converts. */
const points = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
export const HEADER_FILL = '#DDEBF7';
const lastLetter = (layout: LedgerLayout): string => layout.columns.at(-1)?.letter ?? 'A';

/**
 * Title, header, widths, validation and frozen header of one sheet (queued, not synced). A
 * sheet already in the layout keeps its title: the clerk may have written the unit in by hand.
 */
function queueLayout(sheet: Excel.Worksheet, layout: LedgerLayout, lastRow: number, withTitle: boolean): void {
  const last = lastLetter(layout);
  if (withTitle) {
    const title = sheet.getRange(`A1:${last}1`);
    title.merge(false);
    sheet.getRange('A1').values = [[inertValue(layout.title)]];
    title.format.font.bold = true;
    title.format.horizontalAlignment = 'Center';
    title.format.rowHeight = TITLE_HEIGHT;
  }
  const header = sheet.getRange(`A${HEADER_ROW}:${last}${HEADER_ROW}`);
  header.values = [layout.columns.map((c) => inertValue(c.header))];
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.fill.color = HEADER_FILL;
  header.format.rowHeight = layout.headerHeight;
  for (const column of layout.columns) {
    const cells = sheet.getRange(`${column.letter}${FIRST_DATA_ROW}:${column.letter}${lastRow}`);
    sheet.getRange(`${column.letter}1`).format.columnWidth = points(column.width);
    const { rule, errorAlert, prompt } = officeValidation(column.validation);
    cells.dataValidation.clear();
    if (rule) cells.dataValidation.rule = rule;
    if (errorAlert) cells.dataValidation.errorAlert = errorAlert;
    if (prompt) cells.dataValidation.prompt = prompt;
  }
  sheet.freezePanes.freezeRows(HEADER_ROW);
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
    const handles = plans.map((plan) => ({ plan, sheet: target(plan) }));
    await context.sync();
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
      old.unmerge();
      old.dataValidation.clear();
      old.clear('All');
      await writeGrid(context, sheet, { row: HEADER_ROW, column: 0 }, plan.rows);
    }
    options.onProgress?.({ kind: 'formatting' });
    for (const { plan, sheet } of handles) queueLayout(sheet, plan.layout, plan.lastRow, plan.kind !== 'format');
    await context.sync();
    for (const { plan, sheet } of handles) {
      const formats = plan.layout.columns.flatMap((c) =>
        c.format === null ? [] : [{ letter: c.letter, code: FORMAT_CODES[c.format] }],
      );
      await writeColumnFormats(context, sheet, formats, { from: FIRST_DATA_ROW, to: plan.lastRow });
    }
    const custom = context.workbook.properties.custom;
    custom.add(TEMPLATE_STAMP.version, TEMPLATE_VERSION);
    custom.add(TEMPLATE_STAMP.year, String(year));
    handles[0]?.sheet.activate();
    await context.sync();
  });
  const names = (kind: SheetPlan['kind']): string[] =>
    plans.filter((p) => p.kind === kind).map((p) => p.layout.sheetName);
  return { added: names('add'), rebuilt: names('rebuild'), unchanged: names('format'), backups, year };
}
