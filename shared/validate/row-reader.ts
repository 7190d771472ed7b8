import { isBlank } from '../cells/blank.ts';
import type { CellValue } from '../cells/cell-value.ts';
import { isExcelError } from '../cells/excel-error.ts';
import { ApproximateCount } from '../cells/approximate.ts';
import { CellFailure, formulaError } from '../cells/failure.ts';
import type { FieldValue } from './columns.ts';
import type { CompiledLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import type { Violation } from './issue.ts';
import type { RowData } from './read-row.ts';
import { checkRowRules } from './row-rules.ts';

const requiredViolation: Violation = { severity: 'error', code: 'required', rule: null, params: {} };

const approximate = (count: number): Violation => ({
  severity: 'warning',
  code: 'suspicious-value',
  rule: 'approximate',
  params: { count },
});

/** A typed value as an issue's `value`: lists as the clerk would type them. */
const shown = (value: FieldValue): CellValue =>
  typeof value === 'object' && value !== null ? value.join('、') : value;

/**
 * What the clerk sees in the cell, for a rule its readable value breaks: text as typed
 * (`2025年12月28日`, `约-3人`), a number as Excel shows it (a date serial as 2025-12-28).
 */
const asTyped = (cell: CellValue, value: FieldValue): CellValue =>
  typeof cell === 'string' ? cell.trim() : shown(value);

export type Report = (rowNumber: number, columnIndex: number, value: CellValue, v: Violation) => void;

export function isBlankRow(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i] ?? null)) return false;
  return true;
}

/**
 * Reads one data row at a time into `values`, one array for every row, by ledger column: the
 * rules after it (cross-row keys, referenced values) read it before the next row, and a caller
 * that keeps rows asks for a record of it (`record`). So a row that is only checked costs no
 * object of its own, and no store by field name.
 */
export class RowReader {
  /** The row just read, by ledger column; valid until the next `read`. */
  readonly values: FieldValue[];
  /** Fields of the row just read that failed their own checks, or null. */
  failed: Set<string> | null = null;
  // Stryker disable next-line BooleanLiteral: read() resets it before every row.
  hasError = false;
  private rowNumber = 0;
  /** The first sheet column (0-based) of the row being read: `cells[0]` sits there. */
  private first = 0;
  /**
   * The fields by ledger column. Kept here, not read from each column's definition per row: the
   * definitions differ in shape, so loading `key` from each would be a megamorphic load per field.
   */
  private readonly keys: readonly string[];
  /** The record the rules between fields read, refilled for each row of a ledger that has them. */
  private readonly ruleRow: RowData;

  constructor(
    private readonly ledger: CompiledLedger,
    /** For each ledger column, its 0-based sheet column, or -1 when the sheet lacks it. */
    private readonly indexes: readonly number[],
    private readonly ctx: ValidationContext,
    private readonly report: Report,
  ) {
    this.values = ledger.columns.map((c) => c.blank);
    this.keys = ledger.columns.map((c) => c.def.key);
    // Copying a template gives the record its final shape up front, so the stores into it
    // overwrite existing properties instead of growing the object key by key.
    // Stryker disable next-line ObjectLiteral: every field is stored in column order either way; the copy is for speed.
    this.ruleRow = { ...ledger.blankRow };
  }

  /** The row just read as a record of its own, keyed by field in column order. */
  record(): RowData {
    return this.fill({ ...this.ledger.blankRow });
  }

  private fill(data: RowData): RowData {
    const { keys, values } = this;
    for (let i = 0; i < keys.length; i++) data[keys[i]!] = values[i]!;
    return data;
  }

  private fail(i: number, value: CellValue, v: Violation): void {
    if (v.severity === 'error') {
      this.hasError = true;
      // Stryker disable next-line OptionalChaining,StringLiteral: i is always one of the ledger's columns.
      (this.failed ??= new Set()).add(this.ledger.columns[i]?.def.key ?? '');
    }
    this.report(this.rowNumber, i, value, v);
  }

  private cell(cells: readonly CellValue[], sheetIndex: number): CellValue {
    return sheetIndex === -1 ? null : (cells[sheetIndex - this.first] ?? null);
  }

  /** Reads a non-blank row whose first cell sits at sheet column `first`. */
  read(cells: readonly CellValue[], first: number, rowNumber: number): void {
    const { columns, def } = this.ledger;
    const values = this.values;
    this.rowNumber = rowNumber;
    this.first = first;
    this.failed = null;
    this.hasError = false;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const sheetIndex = this.indexes[i]!;
      const cell = this.cell(cells, sheetIndex);
      if (isBlank(cell)) {
        values[i] = column.blank;
        if (column.def.required && sheetIndex !== -1) this.fail(i, cell, requiredViolation);
        continue;
      }
      const read = isExcelError(cell) ? formulaError : column.read(cell as Exclude<CellValue, null>);
      if (read instanceof CellFailure) {
        this.fail(i, cell, read.violation);
        values[i] = column.blank;
        continue;
      }
      const value = read instanceof ApproximateCount ? read.count : read;
      // A broken rule outweighs the estimate: one cell, one message.
      const broken =
        column.check(value, this.ctx) ?? (read instanceof ApproximateCount ? approximate(read.count) : null);
      if (broken) this.fail(i, asTyped(cell, value), broken);
      values[i] = value;
    }
    if (def.rowRules.length > 0) {
      for (const v of checkRowRules(def.rowRules, this.fill(this.ruleRow), this.failed, this.ledger.headerOf)) {
        const other = v.other === undefined ? null : this.typedField(cells, v.other);
        // The other field of a broken rule was read, so it is text or a number, never blank.
        const shownOther =
          typeof other === 'string' || typeof other === 'number'
            ? { ...v, params: { ...v.params, otherValue: other } }
            : v;
        this.fail(this.ledger.indexOf(v.field), this.typedField(cells, v.field), shownOther);
      }
    }
  }

  /** A field of this row as the clerk sees it; the typed value for a column the sheet lacks. */
  private typedField(cells: readonly CellValue[], field: string): CellValue {
    const i = this.ledger.indexOf(field);
    return asTyped(this.cell(cells, this.indexes[i] ?? -1), this.values[i] ?? null);
  }
}
