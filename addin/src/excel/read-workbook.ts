import type { CellValue, SheetInput, WorkbookInput } from '../../../shared/index.ts';
import { TEMPLATE_STAMP } from '../../../shared/index.ts';
import { onlyLedgerSheets, stampOf } from '../../../shared/xlsx/workbook-input.ts';
import { type ExcelRun, excelRun } from './run.ts';

export interface StandardSheets {
  readonly input: WorkbookInput;
  /** The year stamped by the template, or null when the workbook has no (valid) stamp. */
  readonly year: number | null;
}

const isStandard = (name: string): boolean => onlyLedgerSheets?.(name) ?? false;

/**
 * Reads every standard sheet in two round trips whatever their size: one to learn the
 * sheet names and the template stamp, one for all used ranges at once. Excel on the web
 * pays a network round trip per sync, so the count must not grow with rows or sheets.
 */
export async function readStandardSheets(run: ExcelRun = excelRun): Promise<StandardSheets> {
  return run(async (context) => {
    const { workbook } = context;
    workbook.worksheets.load('items/name');
    const stamp = Object.values(TEMPLATE_STAMP).map((key) => ({
      key,
      property: workbook.properties.custom.getItemOrNullObject(key).load('value'),
    }));
    await context.sync();

    const custom: Record<string, string> = {};
    for (const { key, property } of stamp) if (!property.isNullObject) custom[key] = String(property.value);
    const used = workbook.worksheets.items
      .filter((sheet) => isStandard(sheet.name))
      .map((sheet) => ({ name: sheet.name, range: sheet.getUsedRangeOrNullObject(true).load('values,address') }));
    await context.sync();

    const sheets: Record<string, SheetInput> = {};
    for (const { name, range } of used) {
      // An empty standard sheet still reaches the engine, which reports its missing header.
      const values: CellValue[][] = range.isNullObject ? [] : range.values;
      sheets[name] = { address: range.isNullObject ? 'A1' : range.address, values };
    }
    const { templateVersion, year } = stampOf(custom);
    return { input: { sheets, templateVersion }, year };
  });
}
