import { activeWorkbook, sheetNamed } from './et-book.ts';
import type { EtApplication } from './et-types.ts';

/** Shows a cell to the clerk; false when the sheet is gone. ET selects only on the active sheet. */
export function selectEtCell(app: EtApplication, sheet: string, address: string): boolean {
  const worksheet = sheetNamed(activeWorkbook(app), sheet);
  if (!worksheet) return false;
  worksheet.Activate();
  worksheet.Range(address).Select();
  return true;
}
