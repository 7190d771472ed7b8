/** The hidden sheet carrying the template stamp (shared/template/stamp-sheet.ts), for Excel without custom properties. */
import { STAMP_SHEET, stampRows } from '#shared/template/stamp-sheet.ts';
import type { SheetSource } from '../xlsx/index.ts';

export function stampSheet(version: string, year: number): SheetSource {
  return {
    spec: { name: STAMP_SHEET, columns: [{ width: 18 }, { width: 12 }], hidden: true },
    rows: stampRows(version, year),
  };
}
