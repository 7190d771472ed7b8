import type { CellValue } from '../cells/cell-value.ts';
import { ledgers } from '../ledgers/registry.ts';
import { columnLetter } from './address.ts';
import type { CompiledLedger } from './compile.ts';
import type { ValidationContext } from './context.ts';
import { CrossRowCheck } from './cross-row.ts';
import { HEADER_SEARCH_ROWS, type HeaderMatch, locateHeader } from './header.ts';
import type { IssueDraft, Violation } from './issue.ts';
import type { ReadRow } from './read-row.ts';
import { isBlankRow, RowReader } from './row-reader.ts';

/** What a sheet leaves for the rules across ledgers (foreign-keys.ts) once its rows are gone. */
export interface SheetKeys {
  /** Values of this ledger's fields that other ledgers refer to, by field. */
  readonly referenced: ReadonlyMap<string, ReadonlySet<string>>;
  /** Rows whose reference to another ledger was read, by field: the row and the value. */
  readonly references: ReadonlyMap<string, readonly { readonly row: number; readonly value: string }[]>;
}

export interface SheetTotals {
  readonly headerRow: number | null;
  /** Non-blank data rows. */
  readonly rowCount: number;
  readonly drafts: IssueDraft[];
  /** Where each field sits on the sheet: Excel column letter, or null when missing. */
  readonly letterOf: (field: string) => string | null;
  readonly keys: SheetKeys;
  /** Rows that repeat an earlier row's unique value: an error, found once the sheet is read, so not kept. */
  readonly repeating: ReadonlySet<number>;
}

/**
 * Checks one ledger sheet row by row, as rows arrive (from an array, or streamed out of an
 * .xlsx): the header among the first rows, then each data row's cells, rules and repeats.
 * It keeps the issues and what later rules need (hashes of keys, referenced values), not the
 * rows; `onRow` gets each row to keep, for callers that store them. When a key hashed as an
 * earlier row's, those earlier rows are read again (`rowsToReread`, `reread`) before `finish`,
 * which then knows the repeats of unique values (`repeating`: rows onRow gave that are errors).
 */
export class SheetCheck {
  private readonly drafts: IssueDraft[] = [];
  /** The first rows, until the header is found among them. */
  private window: { readonly row: number; readonly cells: CellValue[] }[] | null = [];
  private firstRow = -1;
  private header: HeaderMatch | null = null;
  private headerRow: number | null = null;
  private reader: RowReader | null = null;
  /** Reads the rows read again, reporting nothing: their issues were placed the first time. */
  private rereader: RowReader | null = null;
  private readonly crossRow: CrossRowCheck;
  private rowCount = 0;
  // Arrays, not the Maps handed out at the end: walked once per row, they cost no iterator.
  private readonly referenced: { readonly field: string; readonly index: number; readonly values: Set<string> }[] = [];
  private readonly references: {
    readonly field: string;
    readonly index: number;
    readonly found: { row: number; value: string }[];
  }[] = [];

  constructor(
    private readonly ledger: CompiledLedger,
    private readonly sheet: string,
    private readonly ctx: ValidationContext,
    private readonly onRow: ((row: ReadRow) => void) | null,
  ) {
    this.crossRow = new CrossRowCheck(ledger);
    for (const def of ledgers) {
      for (const fk of ('foreignKeys' in def ? def.foreignKeys : []) ?? []) {
        if (fk.ledger === ledger.def.key)
          this.referenced.push({ field: fk.references, index: ledger.columnOf(fk.references), values: new Set() });
        if (def.key === ledger.def.key)
          this.references.push({ field: fk.field, index: ledger.columnOf(fk.field), found: [] });
      }
    }
  }

  private at(
    row: number | null,
    column: string | null,
    header: string | null,
    value: CellValue,
    v: Violation,
  ): IssueDraft {
    return { ...v, ledger: this.ledger.def.key, sheet: this.sheet, row, column, header, value };
  }

  /** Where the ledger's i-th column sits on the sheet: its letter, or null when the sheet lacks it. */
  private letterAt(i: number): string | null {
    const index = this.header?.columnIndexes[i] ?? -1;
    return index === -1 ? null : columnLetter(index);
  }

  readonly letterOf = (field: string): string | null => this.letterAt(this.ledger.indexOf(field));

  /**
   * The Excel row `row`, its first cell at 0-based sheet column `first`. Rows come in order;
   * rows not given are blank. The first row given opens the header search.
   */
  row(row: number, first: number, cells: readonly CellValue[]): void {
    const window = this.window;
    if (window !== null) {
      if (this.firstRow === -1) this.firstRow = row;
      if (row < this.firstRow + HEADER_SEARCH_ROWS) {
        // Header indexes count from column A, whichever column the rows start at.
        window.push({ row, cells: first === 0 ? [...cells] : [...new Array<CellValue>(first).fill(null), ...cells] });
        return;
      }
      this.locate();
    }
    this.dataRow(row, first, cells);
  }

  /** Finds the header among the first rows, then reads those below it. */
  private locate(): void {
    const window = this.window ?? [];
    this.window = null;
    const values: CellValue[][] = [];
    for (const { row, cells } of window) values[row - this.firstRow] = cells;
    for (let i = 0; i < values.length; i++) values[i] ??= [];
    const header = locateHeader(values, this.ledger.def.columns);
    if (!header) {
      const example = this.ledger.def.columns
        .slice(0, 4)
        .map((c) => c.header)
        .join('、');
      this.drafts.push(
        this.at(null, null, null, null, {
          severity: 'error',
          code: 'missing-header',
          rule: null,
          params: { searched: HEADER_SEARCH_ROWS, example },
        }),
      );
      return;
    }
    this.header = header;
    const headerRow = this.firstRow + header.rowIndex;
    this.headerRow = headerRow;
    // Stryker disable next-line ArrayDeclaration: the header row was found in these values, so it exists.
    const headerCells = values[header.rowIndex] ?? [];
    const labelIssue = (index: number, code: 'extra-label' | 'duplicate-label'): void => {
      const cell = headerCells[index] ?? null;
      this.drafts.push(
        this.at(headerRow, columnLetter(index), typeof cell === 'string' ? cell.trim() : null, cell, {
          severity: 'warning',
          code,
          rule: null,
          params: {},
        }),
      );
    };
    for (const i of header.extras) labelIssue(i, 'extra-label');
    for (const i of header.repeats) labelIssue(i, 'duplicate-label');
    const { columns } = this.ledger;
    columns.forEach((c, i) => {
      if (header.columnIndexes[i] === -1 && c.def.required) {
        this.drafts.push(
          this.at(headerRow, null, c.def.header, null, {
            severity: 'error',
            code: 'missing-label',
            rule: null,
            params: {},
          }),
        );
      }
    });
    this.reader = new RowReader(this.ledger, header.columnIndexes, this.ctx, (rowNumber, i, value, v) =>
      // Stryker disable next-line OptionalChaining: i is always one of the ledger's columns.
      this.drafts.push(this.at(rowNumber, this.letterAt(i), columns[i]?.def.header ?? null, value, v)),
    );
    this.rereader = new RowReader(this.ledger, header.columnIndexes, this.ctx, () => {});
    for (const { row, cells } of window) if (row > headerRow) this.dataRow(row, 0, cells);
  }

  private dataRow(row: number, first: number, cells: readonly CellValue[]): void {
    const reader = this.reader;
    if (reader === null || isBlankRow(cells)) return;
    this.rowCount++;
    reader.read(cells, first, row);
    const { values, failed } = reader;
    this.crossRow.check(row, values);
    for (const { index, values: seen } of this.referenced) {
      const value = values[index];
      if (typeof value === 'string') seen.add(value);
    }
    for (const { field, index, found } of this.references) {
      const value = values[index];
      if (typeof value === 'string' && !failed?.has(field)) found.push({ row, value });
    }
    this.onRow?.({ row, data: reader.record(), failed, hasError: reader.hasError });
  }

  /** The rows to read again before `finish`, or null when there are none. */
  rowsToReread(): ReadonlySet<number> | null {
    if (this.window !== null) this.locate();
    return this.crossRow.rowsToReread();
  }

  /** A row read again, as `row` got it; only those `rowsToReread` named are read. */
  reread(row: number, first: number, cells: readonly CellValue[]): void {
    const reader = this.rereader;
    if (reader === null || !this.crossRow.wants(row)) return;
    reader.read(cells, first, row);
    this.crossRow.rereadRow(row, reader.values);
  }

  finish(): SheetTotals {
    if (this.window !== null) this.locate();
    const repeating = this.crossRow.finish((row, field, value, v) =>
      this.drafts.push(this.at(row, this.letterOf(field), this.ledger.headerOf(field), value, v)),
    );
    return {
      repeating,
      headerRow: this.headerRow,
      rowCount: this.rowCount,
      drafts: this.drafts,
      letterOf: this.letterOf,
      keys: {
        referenced: new Map(this.referenced.map((r) => [r.field, r.values])),
        references: new Map(this.references.map((r) => [r.field, r.found])),
      },
    };
  }
}
