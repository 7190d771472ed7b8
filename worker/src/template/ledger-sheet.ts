/** One blank ledger sheet of the standard template, all of it derived from the definition. */
import type { Column, LedgerDefinition } from '../../../shared/index.ts';
import { rangeRef, type Cell, type ColumnSpec, type Row, type SheetSource, type StyleName } from '../xlsx/index.ts';
import { columnValidation } from './column-validation.ts';
import { rowHeight } from './text-layout.ts';

/** Rows 3..2000 carry the validations: a year of a busy unit's ledger, with room to spare. */
export const TEMPLATE_LAST_ROW = 2000;
const HEADER_ROW = 2;
const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Left blank in the title so a clerk can write the unit's name in by hand. */
const UNIT_BLANK = '        ';

/** Excel shows a cell formatted as text with over 255 characters as "####". */
const MAX_TEXT_FORMAT_LENGTH = 255;

function columnStyle(column: Column): StyleName | undefined {
  switch (column.type) {
    case 'date':
      return 'date';
    case 'integer':
      return 'integer';
    case 'text':
      // Text format keeps a case number like 2026-3 from turning into a date as it is typed.
      return column.maxLength <= MAX_TEXT_FORMAT_LENGTH ? 'text' : undefined;
    case 'enum':
    case 'multiEnum':
      return 'text';
  }
}

/** The header as printed: required columns get a leading "*" (the header matcher ignores it). */
export function printedHeader(column: Column): string {
  return column.required ? `*${column.header}` : column.header;
}

export function ledgerTitle(def: LedgerDefinition, year: number, unitName: string | undefined): string {
  const unit = unitName?.trim() || UNIT_BLANK;
  return def.title.replace('{unit}', unit).replace('{year}', String(year));
}

export function ledgerSheet(def: LedgerDefinition, year: number, unitName: string | undefined): SheetSource {
  const last = def.columns.length - 1;
  const headers = def.columns.map(printedHeader);
  const columns: ColumnSpec[] = def.columns.map((c) => {
    const style = columnStyle(c);
    return style === undefined ? { width: c.width } : { width: c.width, style };
  });
  const headerRow: Row = def.columns.map(
    (c, i): Cell => ({ value: headers[i] ?? c.header, style: c.required ? 'headerRequired' : 'header' }),
  );
  const titleRow: Row = [{ value: ledgerTitle(def, year, unitName), style: 'title' }];
  return {
    spec: {
      name: def.sheetName,
      columns,
      freeze: { rows: HEADER_ROW },
      print: { landscape: true, fitToWidth: true },
      rowHeights: { 1: 30, [HEADER_ROW]: rowHeight(def.columns.map((c, i) => [headers[i] ?? c.header, c.width])) },
      merges: [rangeRef(0, 1, last, 1)],
      validations: def.columns.map((c, i) => columnValidation(c, rangeRef(i, FIRST_DATA_ROW, i, TEMPLATE_LAST_ROW), year)),
    },
    rows: [titleRow, headerRow],
  };
}
