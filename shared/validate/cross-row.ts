import type { CellValue } from '../cells/cell-value.ts';
import type { CompiledLedger } from './compile.ts';
import type { Violation } from './issue.ts';
import { type KeyHash, KeyTable } from './key-table.ts';
import type { FieldValue } from './columns.ts';

/** Places a cross-row finding at `field` of the row being checked. */
export type Place = (field: string, value: CellValue, v: Violation) => void;

/**
 * Unique columns (an error at each repeat) and suspected duplicate rows (a warning), one row
 * at a time: it keeps only each key's first row (in a KeyTable), never the rows themselves.
 */
export class CrossRowCheck {
  private readonly unique: { readonly field: string; readonly index: number; readonly first: KeyTable }[] = [];
  private readonly duplicate: {
    readonly lead: string;
    /** The fields' columns; -1 for a field the ledger lacks, which no row has. */
    readonly indexes: readonly number[];
    readonly first: KeyTable;
  } | null;

  constructor(ledger: CompiledLedger, hash?: KeyHash) {
    const { columns } = ledger.def;
    columns.forEach((c, index) => {
      if (c.unique) this.unique.push({ field: c.key, index, first: new KeyTable(hash) });
    });
    const fields = ledger.def.duplicateRow?.fields ?? [];
    this.duplicate =
      fields.length === 0
        ? null
        : {
            // Stryker disable next-line StringLiteral: the rule has fields, so the lead is one of them.
            lead: fields[0] ?? '',
            indexes: fields.map(ledger.columnOf),
            first: new KeyTable(hash),
          };
  }

  /**
   * Checks the row `row` (its values by ledger column) against the rows before it; true when
   * it repeats a unique value (an error).
   */
  check(row: number, values: readonly FieldValue[], place: Place): boolean {
    let repeats = false;
    for (const { field, index, first } of this.unique) {
      const value = values[index];
      if (typeof value === 'string') first.text(value);
      else if (typeof value === 'number') first.number(value);
      else continue;
      const seen = first.firstRow(row);
      if (seen !== -1) {
        repeats = true;
        place(field, value, { severity: 'error', code: 'unique-error', rule: null, params: { firstRow: seen } });
      }
    }
    const duplicate = this.duplicate;
    if (duplicate) {
      const seen = firstRowOf(duplicate.first, values, duplicate.indexes, row);
      if (seen !== -1) {
        const value = values[duplicate.indexes[0] ?? -1];
        place(duplicate.lead, typeof value === 'string' || typeof value === 'number' ? value : null, {
          severity: 'warning',
          code: 'duplicate-row',
          rule: null,
          params: { firstRow: seen },
        });
      }
    }
    return repeats;
  }
}

/**
 * The first row before `row` with the same fields, or -1 (and `row` noted) when there is none
 * or a field is blank. Fields compare as String() shows them: a list as its items joined.
 */
function firstRowOf(first: KeyTable, values: readonly FieldValue[], indexes: readonly number[], row: number): number {
  for (let i = 0; i < indexes.length; i++) {
    const value = values[indexes[i]!];
    if (value === null || value === undefined) return -1;
  }
  for (let i = 0; i < indexes.length; i++) {
    const value = values[indexes[i]!];
    first.text(typeof value === 'string' ? value : String(value));
  }
  return first.firstRow(row);
}
