import type { CellValue } from '../cells/cell-value.ts';
import type { CompiledLedger } from './compile.ts';
import type { Violation } from './issue.ts';
import { type KeyHash, KeyTable } from './key-table.ts';
import type { RowData } from './read-row.ts';

/** Places a cross-row finding at `field` of the row being checked. */
export type Place = (field: string, value: CellValue, v: Violation) => void;

/**
 * Unique columns (an error at each repeat) and suspected duplicate rows (a warning), one row
 * at a time: it keeps only each key's first row (in a KeyTable), never the rows themselves.
 */
export class CrossRowCheck {
  private readonly unique: { readonly field: string; readonly first: KeyTable }[];
  private readonly duplicate: { readonly fields: readonly string[]; readonly first: KeyTable } | null;

  constructor(ledger: CompiledLedger, hash?: KeyHash) {
    this.unique = ledger.def.columns
      .filter((c) => c.unique)
      .map((c) => ({ field: c.key, first: new KeyTable(hash) }));
    const fields = ledger.def.duplicateRow?.fields ?? [];
    this.duplicate = fields.length === 0 ? null : { fields, first: new KeyTable(hash) };
  }

  /** Checks the row `row` against the rows before it; true when it repeats a unique value (an error). */
  check(row: number, data: RowData, place: Place): boolean {
    let repeats = false;
    for (const { field, first } of this.unique) {
      const value = data[field];
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
      const seen = firstRowOf(duplicate.first, data, duplicate.fields, row);
      if (seen !== -1) {
        // Stryker disable next-line StringLiteral: the rule has fields, so the lead is one of them.
        const lead = duplicate.fields[0] ?? '';
        const value = data[lead];
        place(lead, typeof value === 'string' || typeof value === 'number' ? value : null, {
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
function firstRowOf(first: KeyTable, data: RowData, fields: readonly string[], row: number): number {
  for (const field of fields) if (data[field] === null || data[field] === undefined) return -1;
  for (const field of fields) {
    const value = data[field];
    first.text(typeof value === 'string' ? value : String(value));
  }
  return first.firstRow(row);
}
