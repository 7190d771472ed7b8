import type { CellValue } from '../cells/cell-value.ts';
import type { CompiledLedger } from './compile.ts';
import type { Violation } from './issue.ts';
import type { RowData } from './read-row.ts';

/** Places a cross-row finding at `field` of the row being checked. */
export type Place = (field: string, value: CellValue, v: Violation) => void;

/**
 * Unique columns (an error at each repeat) and suspected duplicate rows (a warning), one row
 * at a time: it keeps only each key's first row, never the rows themselves.
 */
export class CrossRowCheck {
  private readonly unique: { readonly field: string; readonly first: Map<string | number, number> }[];
  private readonly duplicate: { readonly fields: readonly string[]; readonly first: Map<string, number> } | null;

  constructor(ledger: CompiledLedger) {
    this.unique = ledger.def.columns.filter((c) => c.unique).map((c) => ({ field: c.key, first: new Map() }));
    const fields = ledger.def.duplicateRow?.fields ?? [];
    this.duplicate = fields.length === 0 ? null : { fields, first: new Map() };
  }

  /** Checks the row `row` against the rows before it; true when it repeats a unique value (an error). */
  check(row: number, data: RowData, place: Place): boolean {
    let repeats = false;
    for (const { field, first } of this.unique) {
      const value = data[field];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const seen = first.get(value);
      if (seen === undefined) first.set(value, row);
      else {
        repeats = true;
        place(field, value, { severity: 'error', code: 'unique-error', rule: null, params: { firstRow: seen } });
      }
    }
    const duplicate = this.duplicate;
    if (duplicate) {
      const key = rowKey(data, duplicate.fields);
      if (key !== null) {
        const seen = duplicate.first.get(key);
        if (seen === undefined) duplicate.first.set(key, row);
        else {
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
    }
    return repeats;
  }
}

/** The fields' values as one Map key; null when any is blank. */
function rowKey(data: RowData, fields: readonly string[]): string | null {
  // Stryker disable next-line StringLiteral: a prefix shared by every key changes no comparison.
  let key = '';
  for (const field of fields) {
    const value = data[field];
    if (value === null || value === undefined) return null;
    key += `${String(value)}\u0000`;
  }
  return key;
}
