import { appendAll } from '../append-all.ts';
import { isBlank } from '../cells/blank.ts';
import type { CellValue } from '../cells/cell-value.ts';
import { isExcelError } from '../cells/excel-error.ts';
import { ApproximateCount } from '../cells/approximate.ts';
import { CellFailure, formulaError } from '../cells/failure.ts';
import { columnLetter, topLeftOf } from './address.ts';
import type { FieldValue } from './columns.ts';
import type { Violation } from './issue.ts';
import type { CompiledLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import { checkCrossRow } from './cross-row.ts';
import type { ReadRow, RowData } from './read-row.ts';
import { HEADER_SEARCH_ROWS, locateHeader } from './header.ts';
import type { IssueDraft } from './issue.ts';
import { checkRowRules } from './row-rules.ts';

const requiredViolation: Violation = { severity: 'error', code: 'required', rule: null, params: {} };

/** A typed value as an issue's `value`: lists as the clerk would type them. */
const shown = (value: FieldValue): CellValue =>
  typeof value === 'object' && value !== null ? value.join('、') : value;

/**
 * What the clerk sees in the cell, for a rule its readable value breaks: text as typed
 * (`2025年12月28日`, `约-3人`), a number as Excel shows it (a date serial as 2025-12-28).
 */
const asTyped = (cell: CellValue, value: FieldValue): CellValue =>
  typeof cell === 'string' ? cell.trim() : shown(value);

const approximate = (count: number): Violation => ({
  severity: 'warning',
  code: 'suspicious-value',
  rule: 'approximate',
  params: { count },
});

export interface SheetInput {
  /** Top-left of the values (Office.js `Range.address`, e.g. "Sheet1!A1:L20", or "A1"). */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface SheetResult {
  readonly headerRow: number | null;
  readonly rows: readonly ReadRow[];
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
  const at = (
    row: number | null,
    column: string | null,
    header: string | null,
    value: CellValue,
    v: Violation,
  ): IssueDraft => ({
    ...v,
    ledger: def.key,
    sheet,
    row,
    column,
    header,
    value,
  });

  const header = locateHeader(input.values, def.columns);
  if (!header) {
    const example = def.columns
      .slice(0, 4)
      .map((c) => c.header)
      .join('、');
    drafts.push(
      at(null, null, null, null, {
        severity: 'error',
        code: 'missing-header',
        rule: null,
        params: { searched: HEADER_SEARCH_ROWS, example },
      }),
    );
    return { headerRow: null, rows: [], drafts, letterOf: () => null };
  }
  const headerRow = excelRow(header.rowIndex);
  // Stryker disable next-line ArrayDeclaration: the header row was found in these values, so it exists.
  const headerCells = input.values[header.rowIndex] ?? [];
  const labelIssue = (index: number, code: 'extra-label' | 'duplicate-label'): void => {
    const cell = headerCells[index] ?? null;
    drafts.push(
      at(headerRow, letter(index), typeof cell === 'string' ? cell.trim() : null, cell, {
        severity: 'warning',
        code,
        rule: null,
        params: {},
      }),
    );
  };
  for (const i of header.extras) labelIssue(i, 'extra-label');
  for (const i of header.repeats) labelIssue(i, 'duplicate-label');
  const indexes = header.columnIndexes;
  columns.forEach((c, i) => {
    if (indexes[i] === -1 && c.def.required) {
      drafts.push(
        at(headerRow, null, c.def.header, null, { severity: 'error', code: 'missing-label', rule: null, params: {} }),
      );
    }
  });

  /** Where the ledger's i-th column sits on the sheet: its letter, or null when the sheet lacks it. */
  const letterAt = (i: number): string | null => {
    const index = indexes[i] ?? -1;
    return index === -1 ? null : letter(index);
  };
  const rows = new RowReader(ledger, indexes, ctx, (rowNumber, i, value, v) =>
    // Stryker disable next-line OptionalChaining: i is always one of the ledger's columns.
    drafts.push(at(rowNumber, letterAt(i), columns[i]?.def.header ?? null, value, v)),
  ).readAll(input.values, header.rowIndex + 1, origin.row);

  const letterOf = (field: string): string | null => letterAt(ledger.indexOf(field));
  const crossRow = checkCrossRow(ledger, rows, (field, row, value, v) =>
    at(row.row, letterOf(field), ledger.headerOf(field), value, v),
  );
  appendAll(drafts, crossRow.drafts);
  const marked =
    crossRow.repeatedRows.size === 0
      ? rows
      : rows.map((r) => (crossRow.repeatedRows.has(r.row) ? { ...r, hasError: true } : r));
  return { headerRow, rows: marked, drafts, letterOf };
}

function isBlankRow(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i] ?? null)) return false;
  return true;
}

type Report = (rowNumber: number, columnIndex: number, value: CellValue, v: Violation) => void;

/**
 * Reads data rows into typed rows. A class with per-row state in fields, so the hot loop
 * allocates only the row itself (no closures per row or per cell).
 */
class RowReader {
  private failed: Set<string> | null = null;
  // Stryker disable next-line BooleanLiteral: read() resets it before every row.
  private hasError = false;
  private rowNumber = 0;

  constructor(
    private readonly ledger: CompiledLedger,
    private readonly indexes: readonly number[],
    private readonly ctx: ValidationContext,
    private readonly report: Report,
  ) {}

  readAll(values: readonly (readonly CellValue[])[], from: number, firstRow: number): ReadRow[] {
    const rows: ReadRow[] = [];
    for (let r = from; r < values.length; r++) {
      const cells = values[r];
      if (!cells || isBlankRow(cells)) continue;
      rows.push(this.read(cells, firstRow + r));
    }
    return rows;
  }

  private fail(i: number, value: CellValue, v: Violation): void {
    if (v.severity === 'error') {
      this.hasError = true;
      // Stryker disable next-line OptionalChaining,StringLiteral: i is always one of the ledger's columns.
      (this.failed ??= new Set()).add(this.ledger.columns[i]?.def.key ?? '');
    }
    this.report(this.rowNumber, i, value, v);
  }

  private read(cells: readonly CellValue[], rowNumber: number): ReadRow {
    const { columns, def } = this.ledger;
    this.rowNumber = rowNumber;
    this.failed = null;
    this.hasError = false;
    // Copying a template gives every row the same shape up front, so the stores below
    // overwrite existing properties instead of growing each object key by key.
    // Stryker disable next-line ObjectLiteral: the loop stores every field in column order either way; the copy is for speed.
    const data: RowData = { ...this.ledger.blankRow };
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const sheetIndex = this.indexes[i]!;
      const cell = sheetIndex === -1 ? null : (cells[sheetIndex] ?? null);
      if (isBlank(cell)) {
        data[column.def.key] = column.blank;
        if (column.def.required && sheetIndex !== -1) this.fail(i, cell, requiredViolation);
        continue;
      }
      const read = isExcelError(cell) ? formulaError : column.read(cell as Exclude<CellValue, null>);
      if (read instanceof CellFailure) {
        this.fail(i, cell, read.violation);
        data[column.def.key] = column.blank;
        continue;
      }
      const value = read instanceof ApproximateCount ? read.count : read;
      // A broken rule outweighs the estimate: one cell, one message.
      const broken =
        column.check(value, this.ctx) ?? (read instanceof ApproximateCount ? approximate(read.count) : null);
      if (broken) this.fail(i, asTyped(cell, value), broken);
      data[column.def.key] = value;
    }
    if (def.rowRules.length > 0) {
      for (const v of checkRowRules(def.rowRules, data, this.failed, this.ledger.headerOf)) {
        const other = v.other === undefined ? null : this.typedField(cells, data, v.other);
        // The other field of a broken rule was read, so it is text or a number, never blank.
        const shownOther =
          typeof other === 'string' || typeof other === 'number'
            ? { ...v, params: { ...v.params, otherValue: other } }
            : v;
        this.fail(this.ledger.indexOf(v.field), this.typedField(cells, data, v.field), shownOther);
      }
    }
    return { row: rowNumber, data, failed: this.failed, hasError: this.hasError };
  }

  /** A field of this row as the clerk sees it; the typed value for a column the sheet lacks. */
  private typedField(cells: readonly CellValue[], data: RowData, field: string): CellValue {
    const sheetIndex = this.indexes[this.ledger.indexOf(field)] ?? -1;
    return asTyped(sheetIndex === -1 ? null : (cells[sheetIndex] ?? null), data[field] ?? null);
  }
}
