import { isBlank } from '../cells/blank.ts';
import type { CellValue } from '../cells/cell-value.ts';
import { isExcelError } from '../cells/excel-error.ts';
import { CellFailure, formulaError } from '../cells/failure.ts';
import { columnLetter, topLeftOf } from './address.ts';
import type { FieldValue, Violation } from './columns.ts';
import type { CompiledLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import { checkCrossRow } from './cross-row.ts';
import { HEADER_SEARCH_ROWS, locateHeader } from './header.ts';
import type { IssueDraft } from './issue.ts';
import { checkRowRules } from './row-rules.ts';

export type RowData = Record<string, FieldValue>;

const requiredViolation: Violation = { severity: 'error', code: 'required', rule: null, params: {} };

/** A non-blank data row as read: failed fields are null and listed in `failed`. */
export interface ReadRow {
  /** Excel row number. */
  readonly row: number;
  readonly data: RowData;
  readonly failed: ReadonlySet<string> | null;
  hasError: boolean;
}

/** A typed value as an issue's `value`: lists as the clerk would type them. */
const shown = (value: FieldValue): CellValue => (Array.isArray(value) ? value.join('、') : value);

export interface SheetInput {
  /** Top-left of the values (Office.js `Range.address`, e.g. "Sheet1!A1:L20", or "A1"). */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface SheetResult {
  readonly headerRow: number | null;
  readonly rows: ReadRow[];
  readonly drafts: IssueDraft[];
  /** Where each field sits on the sheet: Excel column letter, or null when missing. */
  readonly letterOf: (field: string) => string | null;
}

export function validateSheet(
  ledger: CompiledLedger,
  sheet: string,
  input: SheetInput,
  ctx: ValidationContext,
): SheetResult {
  const { def, columns } = ledger;
  const drafts: IssueDraft[] = [];
  const origin = topLeftOf(input.address) ?? { row: 1, column: 0 };
  const excelRow = (index: number): number => origin.row + index;
  const letter = (index: number): string => columnLetter(origin.column + index);
  const at = (row: number | null, column: string | null, header: string | null, value: CellValue, v: Violation): IssueDraft => ({
    severity: v.severity,
    code: v.code,
    rule: v.rule,
    params: v.params,
    ledger: def.key,
    sheet,
    row,
    column,
    header,
    value,
  });

  const header = locateHeader(input.values, def.columns);
  if (!header) {
    const example = def.columns.slice(0, 4).map((c) => c.header).join('、');
    drafts.push(at(null, null, null, null, { severity: 'error', code: 'missing-header', rule: null, params: { searched: HEADER_SEARCH_ROWS, example } }));
    return { headerRow: null, rows: [], drafts, letterOf: () => null };
  }
  const headerRow = excelRow(header.rowIndex);
  const headerCells = input.values[header.rowIndex] ?? [];
  const labelIssue = (index: number, code: 'extra-label' | 'duplicate-label'): void => {
    const cell = headerCells[index] ?? null;
    drafts.push(at(headerRow, letter(index), typeof cell === 'string' ? cell.trim() : null, cell, { severity: 'warning', code, rule: null, params: {} }));
  };
  header.extras.forEach((i) => labelIssue(i, 'extra-label'));
  header.repeats.forEach((i) => labelIssue(i, 'duplicate-label'));
  const indexes = header.columnIndexes;
  columns.forEach((c, i) => {
    if (indexes[i] === -1 && c.def.required) {
      drafts.push(at(headerRow, null, c.def.header, null, { severity: 'error', code: 'missing-label', rule: null, params: {} }));
    }
  });

  const rows: ReadRow[] = [];
  const width = columns.length;
  for (let r = header.rowIndex + 1; r < input.values.length; r++) {
    const cells = input.values[r];
    if (!cells || cells.every(isBlank)) continue;
    const rowNumber = excelRow(r);
    const data: RowData = {};
    let failed: Set<string> | null = null;
    let hasError = false;
    const fail = (i: number, value: CellValue, v: Violation): void => {
      const column = columns[i];
      if (!column) return;
      if (v.severity === 'error') {
        hasError = true;
        (failed ??= new Set()).add(column.def.key);
      }
      drafts.push(at(rowNumber, letter(indexes[i] ?? 0), column.def.header, value, v));
    };
    for (let i = 0; i < width; i++) {
      const column = columns[i]!;
      const sheetIndex = indexes[i]!;
      const cell = sheetIndex === -1 ? null : (cells[sheetIndex] ?? null);
      if (isBlank(cell)) {
        data[column.def.key] = column.blank;
        if (column.def.required && sheetIndex !== -1) fail(i, cell, requiredViolation);
        continue;
      }
      const value = isExcelError(cell) ? formulaError : column.read(cell as Exclude<CellValue, null>);
      if (value instanceof CellFailure) {
        fail(i, cell, value);
        data[column.def.key] = column.blank;
        continue;
      }
      const broken = column.check(value, ctx);
      // The read value, not the raw cell: a date typed as a serial shows as 2026-03-05.
      if (broken) fail(i, shown(value), broken);
      data[column.def.key] = value;
    }
    if (def.rowRules.length > 0) {
      for (const v of checkRowRules(def.rowRules, data, failed, ledger.headerOf)) {
        const i = ledger.indexOf.get(v.field) ?? 0;
        fail(i, shown(data[v.field] ?? null), v);
      }
    }
    rows.push({ row: rowNumber, data, failed, hasError });
  }

  const letterOf = (field: string): string | null => {
    const index = indexes[ledger.indexOf.get(field) ?? -1] ?? -1;
    return index === -1 ? null : letter(index);
  };
  drafts.push(...checkCrossRow(ledger, rows, (field, row, value, v) => at(row.row, letterOf(field), ledger.headerOf(field), value, v)));
  return { headerRow, rows, drafts, letterOf };
}
