import type { SheetInput, WorkbookInput } from '#shared/index.ts';
import { columnLetter, TEMPLATE_STAMP, topLeftOf } from '#shared/index.ts';
import { isStampSheet, STAMP_RANGE, stampFromRows } from '#shared/template/stamp-sheet.ts';
import { onlyLedgerSheets, stampOf } from '#shared/xlsx/workbook-input.ts';
import { wireBytes } from '#web/json-bytes.ts';
import type { RowChunk } from '../read/chunks.ts';
import { SheetRows } from '../read/sheet-rows.ts';
import { NEEDS } from './api-sets.ts';
import { officeErrorCode } from './office-error.ts';
import type { ExcelPort } from './port.ts';

export interface StandardSheets {
  readonly input: WorkbookInput;
  /** The year stamped by the template, or null when the workbook has no (valid) stamp. */
  readonly year: number | null;
  /** Sheet names of the workbook in tab order, standard or not. */
  readonly allSheets: readonly string[];
}

export interface ReadOptions {
  /** Bytes of values per sync; see DEFAULT_RESPONSE_BUDGET. */
  readonly responseBudget?: number;
  /** Rows read so far of all standard sheets, after each round trip. */
  readonly onProgress?: (rowsRead: number, totalRows: number) => void;
}

interface UsedArea {
  readonly name: string;
  readonly address: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Reads every standard sheet: one round trip for sheet names and the template stamp, one for
 * the used ranges, then row chunks sized to stay under Excel on the web's response limit; a
 * chunk Excel refuses is read again in halves (ChunkPlanner.refused). The round trips grow with
 * the bytes read (about one per 2 MB), never with the number of cells.
 */
export async function readStandardSheets(port: ExcelPort, options: ReadOptions = {}): Promise<StandardSheets> {
  return port.run(async (context) => {
    const { workbook } = context;
    workbook.worksheets.load('items/name');
    // Custom properties (ExcelApi 1.7) carry the stamp of workbooks stamped before the stamp sheet.
    const stamp = port.supports(NEEDS.customProperties)
      ? Object.values(TEMPLATE_STAMP).map((key) => ({
          key,
          property: workbook.properties.custom.getItemOrNullObject(key).load('value'),
        }))
      : [];
    await context.sync();
    const custom: Record<string, string> = {};
    for (const { key, property } of stamp) if (!property.isNullObject) custom[key] = String(property.value);
    const allSheets = workbook.worksheets.items.map((s) => s.name);
    const stampCells = workbook.worksheets.items
      .find((sheet) => isStampSheet(sheet.name))
      ?.getRange(STAMP_RANGE)
      .load('values');

    const used = workbook.worksheets.items
      .filter((sheet) => onlyLedgerSheets(sheet.name))
      .map((sheet) => ({ sheet, range: usedRange(port, sheet).load('address,rowCount,columnCount') }));
    await context.sync();
    if (stampCells) Object.assign(custom, stampFromRows(stampCells.values));
    const areas: UsedArea[] = [];
    const sheets: Record<string, SheetInput> = {};
    for (const { sheet, range } of used) {
      // An empty standard sheet still reaches the engine, which reports its missing header.
      const none = port.supports(NEEDS.nullObjects) && range.isNullObject;
      const at = none ? null : topLeftOf(range.address);
      if (at === null) {
        sheets[sheet.name] = { address: 'A1', values: [] };
        continue;
      }
      areas.push({
        name: sheet.name,
        address: range.address,
        top: at.row,
        left: at.column,
        rows: range.rowCount,
        columns: range.columnCount,
      });
    }

    const read = new SheetRows(areas, options.responseBudget);
    while (!read.planner.done) {
      const chunks = read.planner.plan();
      const loads = chunks.map((chunk) => ({ chunk, range: chunkRange(workbook, areas, chunk).load('values') }));
      try {
        await context.sync();
      } catch (error) {
        if (officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded' && read.planner.refused(chunks)) continue;
        throw error;
      }
      for (const { chunk, range } of loads) read.add(chunk, range.values, wireBytes(range.values));
      read.report(options.onProgress);
    }
    for (const area of areas) sheets[area.name] = { address: area.address, values: read.of(area.name) };
    const { templateVersion, year } = stampOf(custom);
    return { input: { sheets, templateVersion }, year, allSheets };
  });
}

/**
 * The cells with values; before ExcelApi 1.4 (no null object) an empty sheet's is A1, and
 * before 1.2 formatted blank cells count too: the engine ignores blank rows either way.
 */
function usedRange(port: ExcelPort, sheet: Excel.Worksheet): Excel.Range {
  if (port.supports(NEEDS.nullObjects)) return sheet.getUsedRangeOrNullObject(true);
  return port.supports(NEEDS.valuesOnlyUsedRange) ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

function chunkRange(workbook: Excel.Workbook, areas: readonly UsedArea[], chunk: RowChunk): Excel.Range {
  const area = areas.find((a) => a.name === chunk.sheet);
  if (!area) throw new Error(`no used area for ${chunk.sheet}`);
  const first = area.top + chunk.offset;
  const address = `${columnLetter(area.left)}${first}:${columnLetter(area.left + area.columns - 1)}${first + chunk.rows - 1}`;
  return workbook.worksheets.getItem(chunk.sheet).getRange(address);
}
