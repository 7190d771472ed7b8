import { type ExcelRun, excelRun } from './run.ts';

/** Shows a cell to the clerk; false when the sheet is gone (renamed or deleted since 校验). */
export async function selectCell(run: ExcelRun = excelRun, sheet: string, address: string): Promise<boolean> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) return false;
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
    return true;
  });
}
