import { findSheets } from './find-sheets.ts';
import type { ExcelPort } from './port.ts';

/** Shows a cell to the clerk; false when the sheet is gone (renamed or deleted since 校验). */
export async function selectCell(port: ExcelPort, sheet: string, address: string): Promise<boolean> {
  return port.run(async (context) => {
    const [worksheet] = await findSheets(context, port, [sheet]);
    if (!worksheet) return false;
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
    return true;
  });
}
