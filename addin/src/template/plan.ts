/**
 * What 插入标准台账 does to each ledger sheet, decided without Excel: add a missing sheet,
 * only (re)apply formats to a sheet already in the current layout, or rebuild an older or
 * hand-made one in the current layout, moving every row and every extra column along (rows
 * above the old header, such as old titles, survive only in the backup of the sheet).
 */
import { type CellValue, ledgers, type LedgerDefinition, type SheetInput, type WorkbookInput } from '#shared/index.ts';
import { locateHeader } from '#shared/validate/header.ts';
import { findSheet } from '#shared/validate/validate-workbook.ts';
import { topLeftOf } from '#shared/validate/address.ts';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  ledgerLayout,
  type LedgerLayout,
  TEMPLATE_LAST_ROW,
} from '#shared/template/layout.ts';

/** The header row's fill in an inserted ledger, in either host. */
export const HEADER_FILL = '#DDEBF7';

export type SheetPlan =
  | { readonly kind: 'add'; readonly layout: LedgerLayout; readonly lastRow: number }
  | { readonly kind: 'format'; readonly sheet: string; readonly layout: LedgerLayout; readonly lastRow: number }
  | {
      readonly kind: 'rebuild';
      readonly sheet: string;
      readonly layout: LedgerLayout;
      /** The sheet as it was, kept whole in a backup sheet before it is rebuilt. */
      readonly original: SheetInput;
      /** The old used range (no sheet name), cleared before the rebuilt rows are written. */
      readonly clear: string;
      /** Header row then data rows, in the template's column order, extras after. */
      readonly rows: CellValue[][];
      readonly lastRow: number;
    };

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

function planLedger(
  def: LedgerDefinition,
  input: WorkbookInput,
  year: number,
  unitName: string | undefined,
): SheetPlan {
  const layout = ledgerLayout(def, year, unitName);
  const name = findSheet(input, def.sheetName);
  const sheet = name === undefined ? undefined : input.sheets[name];
  if (name === undefined || sheet === undefined) return { kind: 'add', layout, lastRow: TEMPLATE_LAST_ROW };
  const at = topLeftOf(sheet.address) ?? { row: 1, column: 0 };
  const header = locateHeader(sheet.values, def.columns);
  const lastUsedRow = at.row + sheet.values.length - 1;
  const inPlace =
    header !== null &&
    at.row + header.rowIndex === HEADER_ROW &&
    header.extras.length === 0 &&
    header.repeats.length === 0 &&
    header.columnIndexes.every((index, i) => at.column + index === i);
  if (inPlace || sheet.values.length === 0)
    return { kind: 'format', sheet: name, layout, lastRow: Math.max(TEMPLATE_LAST_ROW, lastUsedRow) };

  // No recognisable header: everything in the sheet is kept, below the new header, as extras.
  const headerIndex = header?.rowIndex ?? -1;
  const mapped = header?.columnIndexes ?? def.columns.map(() => -1);
  const width = sheet.values.reduce((most, r) => Math.max(most, r.length), 0);
  const extras = header
    ? [...header.extras, ...header.repeats].sort((a, b) => a - b)
    : Array.from({ length: width }, (_, i) => i);
  const headerValues = sheet.values[headerIndex] ?? [];
  const rows: CellValue[][] = [[...layout.columns.map((c) => c.header), ...extras.map((i) => headerValues[i] ?? '')]];
  for (const row of sheet.values.slice(headerIndex + 1)) {
    const rebuilt = [...mapped.map((i) => (i < 0 ? '' : (row[i] ?? ''))), ...extras.map((i) => row[i] ?? '')];
    rows.push(rebuilt.map((v) => (isBlank(v) ? '' : v)));
  }
  return {
    kind: 'rebuild',
    sheet: name,
    layout,
    original: sheet,
    clear: sheet.address.slice(sheet.address.lastIndexOf('!') + 1),
    rows,
    lastRow: Math.max(TEMPLATE_LAST_ROW, FIRST_DATA_ROW + rows.length - 2),
  };
}

export function planTemplate(input: WorkbookInput, year: number, unitName?: string): SheetPlan[] {
  return ledgers.map((def) => planLedger(def, input, year, unitName));
}
