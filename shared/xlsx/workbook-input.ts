import { foldKey } from '../cells/fold.ts';
import { ledgers } from '../ledgers/registry.ts';
import { TEMPLATE_STAMP } from '../ledgers/template-releases.ts';
import type { SheetInput } from '../validate/validate-sheet.ts';
import type { WorkbookInput } from '../validate/validate-workbook.ts';
import type { XlsxWorkbook } from './read-xlsx.ts';

const ledgerSheetKeys = new Set(ledgers.map((l) => foldKey(l.sheetName)));

/** Only standard sheets are worth inflating; others in the workbook are ignored anyway. */
export const onlyLedgerSheets = (name: string): boolean => ledgerSheetKeys.has(foldKey(name));

export interface WorkbookStamp {
  readonly templateVersion: string | null;
  readonly year: number | null;
}

/** The stamp from its entries (custom document properties, the stamp sheet, or both merged). */
export function stampOf(customProperties: Readonly<Record<string, string>>): WorkbookStamp {
  const year = Number(customProperties[TEMPLATE_STAMP.year]);
  return {
    templateVersion: customProperties[TEMPLATE_STAMP.version]?.trim() || null,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

/** A read workbook's stamp: the stamp sheet's entries win over custom properties written before it. */
export function workbookStamp(workbook: Pick<XlsxWorkbook, 'customProperties' | 'stampSheet'>): WorkbookStamp {
  return stampOf({ ...workbook.customProperties, ...workbook.stampSheet });
}

/** A read workbook as the engine's input: the same shape the add-in builds from Office.js. */
export function toWorkbookInput(workbook: XlsxWorkbook): WorkbookInput {
  const sheets: Record<string, SheetInput> = {};
  for (const sheet of workbook.sheets) sheets[sheet.name] = { address: sheet.address, values: sheet.values };
  return { sheets, templateVersion: workbookStamp(workbook).templateVersion };
}
