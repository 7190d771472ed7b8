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
  private readonly duplicate: { readonly fields: readonly string[]; readonly first: KeyTree } | null;

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
      const seen = firstRowOf(duplicate.first, data, duplicate.fields, row);
      if (seen !== null) {
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
 * Each field's value a level of Maps down to the first row with them all. Keys are the
 * values the row already holds (no key string per row), compared as String() compares them.
 */
type KeyTree = Map<string | number, KeyTree | number>;

/** The first row before `row` with the same fields, or null (and `row` noted) when there is none or a field is blank. */
function firstRowOf(tree: KeyTree, data: RowData, fields: readonly string[], row: number): number | null {
  for (const field of fields) if (data[field] === null || data[field] === undefined) return null;
  let level = tree;
  for (let i = 0; i < fields.length; i++) {
    const value = data[fields[i] ?? ''] ?? null;
    const key = typeof value === 'string' ? value : String(value);
    const next = level.get(key);
    if (i === fields.length - 1) {
      if (typeof next === 'number') return next;
      level.set(key, row);
      return null;
    }
    if (typeof next !== 'object') {
      const deeper: KeyTree = new Map();
      level.set(key, deeper);
      level = deeper;
    } else level = next;
  }
  return null;
}
