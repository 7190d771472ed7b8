/**
 * 读取标准台账 on WPS: sheet names and the template stamp, then each standard sheet's used range
 * in row chunks (the same ChunkPlanner as on Excel), trimmed to the cells that hold values.
 */
import { isStampSheet, STAMP_RANGE, stampFromRows } from '#shared/template/stamp-sheet.ts';
import type { CellValue, SheetInput } from '#shared/index.ts';
import { TEMPLATE_STAMP } from '#shared/index.ts';
import { onlyLedgerSheets, stampOf } from '#shared/xlsx/workbook-input.ts';
import { jsonBytes } from '#web/json-bytes.ts';
import type { ReadOptions, StandardSheets } from '../excel/read-workbook.ts';
import { SheetRows } from '../read/sheet-rows.ts';
import { activeWorkbook, breathe, worksheetsOf } from './et-book.ts';
import { areaAddress, type GridAt, rowsOf } from './et-grid.ts';
import type { EtApplication, EtDocumentProperties, EtWorksheet } from './et-types.ts';

interface UsedArea {
  readonly sheet: EtWorksheet;
  readonly name: string;
  readonly at: GridAt;
  readonly rows: number;
  readonly columns: number;
}

/** The stamp's properties; Item throws on a missing one, which simply means "not stamped". */
function customProperties(properties: EtDocumentProperties): Record<string, string> {
  const custom: Record<string, string> = {};
  for (const key of Object.values(TEMPLATE_STAMP)) {
    try {
      custom[key] = String(properties.Item(key).Value);
    } catch {
      // absent
    }
  }
  return custom;
}

const filled = (v: CellValue | undefined): boolean => v !== null && v !== undefined && v !== '';

/**
 * UsedRange counts formatted empty cells too (the template formats 2,000 rows); Office.js's
 * valuesOnly used range does not. Trimming the empty edges gives the engine the same input.
 */
export function trimmed(at: GridAt, values: readonly (readonly CellValue[])[]): SheetInput {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (const [r, row] of values.entries())
    for (const [c, v] of row.entries()) {
      if (!filled(v)) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  if (top < 0) return { address: 'A1', values: [] };
  return {
    address: areaAddress({ row: at.row + top, column: at.column + left }, bottom - top + 1, right - left + 1),
    values: values.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)),
  };
}

export async function readEtSheets(app: EtApplication, options: ReadOptions = {}): Promise<StandardSheets> {
  const workbook = activeWorkbook(app);
  const worksheets = worksheetsOf(workbook);
  const allSheets = worksheets.map((s) => s.Name);
  const stampSheet = worksheets.find((s) => isStampSheet(s.Name));
  // The stamp sheet's entries win over custom properties written before it, as workbookStamp does.
  const custom = {
    ...customProperties(workbook.CustomDocumentProperties),
    ...(stampSheet ? stampFromRows(rowsOf(stampSheet.Range(STAMP_RANGE).Value2, 3, 2)) : {}),
  };

  const areas: UsedArea[] = worksheets
    .filter((sheet) => onlyLedgerSheets(sheet.Name))
    .map((sheet) => {
      const used = sheet.UsedRange;
      return {
        sheet,
        name: sheet.Name,
        at: { row: used.Row, column: used.Column - 1 },
        rows: used.Rows.Count,
        columns: used.Columns.Count,
      };
    });
  const read = new SheetRows(areas, options.responseBudget);
  while (!read.planner.done) {
    for (const chunk of read.planner.plan()) {
      const area = areas.find((a) => a.name === chunk.sheet);
      if (!area) continue;
      const address = areaAddress(
        { row: area.at.row + chunk.offset, column: area.at.column },
        chunk.rows,
        area.columns,
      );
      const rows = rowsOf(area.sheet.Range(address).Value2, chunk.rows, area.columns);
      read.add(chunk, rows, jsonBytes(rows));
    }
    read.report(options.onProgress);
    await breathe();
  }
  const sheets: Record<string, SheetInput> = {};
  for (const area of areas) sheets[area.name] = trimmed(area.at, read.of(area.name));
  const { templateVersion, year } = stampOf(custom);
  return { input: { sheets, templateVersion }, year, allSheets };
}
