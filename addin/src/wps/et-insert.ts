/**
 * 插入标准台账 on WPS: the same plan as on Excel (planTemplate) — add, re-format or rebuild each
 * standard sheet, back a rebuilt sheet up first — applied through ET, then the stamp.
 */
import { STAMP_RANGE, STAMP_SHEET, stampRows } from '#shared/template/stamp-sheet.ts';
import { TEMPLATE_STAMP, TEMPLATE_VERSION, topLeftOf } from '#shared/index.ts';
import { FIRST_DATA_ROW, FORMAT_CODES, HEADER_ROW, type LedgerLayout, TITLE_HEIGHT } from '#shared/template/layout.ts';
import type { InsertOptions, InsertResult } from '../excel/insert-template.ts';
import { inertValue } from '../write/inert-value.ts';
import { backupName } from '../write/sheet-names.ts';
import { HEADER_FILL, planTemplate, type SheetPlan } from '../template/plan.ts';
import { activeWorkbook, addSheet, breathe, freezeRows, sheetNamed } from './et-book.ts';
import { bgr } from './et-colour.ts';
import { writeEtColumnFormats, writeEtGrid } from './et-grid.ts';
import { readEtSheets } from './et-read.ts';
import { type EtApplication, type EtDocumentProperties, type EtWorksheet, XL } from './et-types.ts';
import { addEtValidation } from './et-validation.ts';

/** Title, header, widths, validations and frozen header of one sheet; a sheet in the layout keeps its title. */
function applyLayout(
  app: EtApplication,
  sheet: EtWorksheet,
  layout: LedgerLayout,
  lastRow: number,
  withTitle: boolean,
): void {
  const last = layout.columns[layout.columns.length - 1]?.letter ?? 'A';
  if (withTitle) {
    const title = sheet.Range(`A1:${last}1`);
    title.Merge();
    sheet.Range('A1').Value2 = inertValue(layout.title);
    title.Font.Bold = true;
    title.HorizontalAlignment = XL.hAlignCenter;
    title.RowHeight = TITLE_HEIGHT;
  }
  const header = sheet.Range(`A${HEADER_ROW}:${last}${HEADER_ROW}`);
  header.Value2 = [layout.columns.map((c) => inertValue(c.header))];
  header.Font.Bold = true;
  header.WrapText = true;
  header.Interior.Color = bgr(HEADER_FILL);
  header.RowHeight = layout.headerHeight;
  for (const column of layout.columns) {
    // ET's ColumnWidth is in characters, the template's own unit: no conversion to points.
    sheet.Range(`${column.letter}1`).ColumnWidth = column.width;
    const cells = sheet.Range(`${column.letter}${FIRST_DATA_ROW}:${column.letter}${lastRow}`);
    cells.Validation.Delete();
    addEtValidation(cells.Validation, column.validation);
  }
  writeEtColumnFormats(
    sheet,
    layout.columns.flatMap((c) => (c.format === null ? [] : [{ letter: c.letter, code: FORMAT_CODES[c.format] }])),
    { from: FIRST_DATA_ROW, to: lastRow },
  );
  freezeRows(app, sheet, HEADER_ROW);
}

/** Sets a text property, adding it when missing (Add refuses an existing name, Item a missing one). */
function stamp(properties: EtDocumentProperties, name: string, value: string): void {
  try {
    properties.Item(name).Value = value;
  } catch {
    properties.Add(name, false, XL.propertyTypeString, value);
  }
}

export async function insertEtSheets(app: EtApplication, options: InsertOptions): Promise<InsertResult> {
  options.onProgress?.({ kind: 'reading' });
  const existing = await readEtSheets(app);
  const year = existing.year ?? options.year;
  const plans = planTemplate(existing.input, year, options.unitName);
  const workbook = activeWorkbook(app);
  const backups: string[] = [];
  const handles = plans.map((plan) => {
    const sheet = plan.kind === 'add' ? addSheet(workbook, plan.layout.sheetName) : sheetNamed(workbook, plan.sheet);
    if (!sheet) throw new Error(`工作表“${plan.layout.sheetName}”在读取后被删除或改名，请重试`);
    return { plan, sheet };
  });
  for (const { plan, sheet } of handles) {
    if (plan.kind !== 'rebuild') continue;
    options.onProgress?.({ kind: 'rebuilding', sheet: plan.sheet });
    const name = backupName(plan.sheet, [...existing.allSheets, ...backups]);
    backups.push(name);
    await writeEtGrid(
      addSheet(workbook, name),
      topLeftOf(plan.original.address) ?? { row: 1, column: 0 },
      plan.original.values,
    );
    // Old merges, validations and formats belong to the old columns; the layout sets them anew.
    const old = sheet.Range(plan.clear);
    old.UnMerge();
    old.Validation.Delete();
    old.Clear();
    await writeEtGrid(sheet, { row: HEADER_ROW, column: 0 }, plan.rows);
  }
  options.onProgress?.({ kind: 'formatting' });
  for (const { plan, sheet } of handles) {
    applyLayout(app, sheet, plan.layout, plan.lastRow, plan.kind !== 'format');
    await breathe();
  }
  // The stamp sheet every reader prefers (shared/template/stamp-sheet.ts), and the custom
  // properties earlier readers know.
  const stampSheet = sheetNamed(workbook, STAMP_SHEET) ?? addSheet(workbook, STAMP_SHEET);
  stampSheet.Range(STAMP_RANGE).Value2 = stampRows(TEMPLATE_VERSION, year).map((row) => row.map(inertValue));
  stampSheet.Visible = XL.sheetHidden;
  stamp(workbook.CustomDocumentProperties, TEMPLATE_STAMP.version, TEMPLATE_VERSION);
  stamp(workbook.CustomDocumentProperties, TEMPLATE_STAMP.year, String(year));
  handles[0]?.sheet.Activate();
  const names = (kind: SheetPlan['kind']): string[] =>
    plans.filter((p) => p.kind === kind).map((p) => p.layout.sheetName);
  return { added: names('add'), rebuilt: names('rebuild'), unchanged: names('format'), backups, year };
}
