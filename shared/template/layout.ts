/**
 * The standard template's layout of one ledger sheet, derived from its definition alone:
 * the Worker writes it into the blank .xlsx and the add-in applies it to the open workbook,
 * so 下载模板 and 插入标准台账 give the clerk the same sheet.
 */
import type { Column, LedgerDefinition } from '../ledgers/types.ts';
import { columnLetter } from '../validate/address.ts';
import { columnValidation } from './column-validation.ts';
import { rowHeight } from './text-layout.ts';
import type { DataValidation } from './validation.ts';

export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Rows 3..2000 carry the validations: a year of a busy unit's ledger, with room to spare. */
export const TEMPLATE_LAST_ROW = 2000;
export const TITLE_HEIGHT = 30;
/** Left blank in the title so a clerk can write the unit's name in by hand. */
const UNIT_BLANK = '        ';
/** Excel shows a cell formatted as text with over 255 characters as "####". */
const MAX_TEXT_FORMAT_LENGTH = 255;

/** How a column's cells are formatted: text keeps a case number like 2026-3 from becoming a date. */
export type ColumnFormat = 'text' | 'date' | 'integer';

/** Excel number format codes of each ColumnFormat. */
export const FORMAT_CODES: Readonly<Record<ColumnFormat, string>> = { text: '@', date: 'yyyy-mm-dd', integer: '0' };

export interface TemplateColumn {
  readonly letter: string;
  readonly header: string;
  readonly required: boolean;
  /** In Excel character units. */
  readonly width: number;
  readonly format: ColumnFormat | null;
  readonly validation: DataValidation;
}

export interface LedgerLayout {
  readonly sheetName: string;
  readonly title: string;
  readonly columns: readonly TemplateColumn[];
  /** Points; the header wraps, and Excel does not grow a row for wrapped text on open. */
  readonly headerHeight: number;
}

function columnFormat(column: Column): ColumnFormat | null {
  switch (column.type) {
    case 'date':
      return 'date';
    case 'integer':
      return 'integer';
    case 'text':
      return column.maxLength <= MAX_TEXT_FORMAT_LENGTH ? 'text' : null;
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

export function ledgerLayout(def: LedgerDefinition, year: number, unitName?: string): LedgerLayout {
  const columns = def.columns.map((c, i): TemplateColumn => {
    const letter = columnLetter(i);
    return {
      letter,
      header: printedHeader(c),
      required: c.required,
      width: c.width,
      format: columnFormat(c),
      validation: columnValidation(c, `${letter}${FIRST_DATA_ROW}:${letter}${TEMPLATE_LAST_ROW}`, year),
    };
  });
  return {
    sheetName: def.sheetName,
    title: ledgerTitle(def, year, unitName),
    columns,
    headerHeight: rowHeight(columns.map((c) => [c.header, c.width])),
  };
}
