import type { CellValue } from '../cells/cell-value.ts';
import type { Violation } from './issue.ts';
import type { CompiledLedger } from './compile.ts';
import type { IssueDraft } from './issue.ts';
import type { ReadRow } from './read-row.ts';

type Place = (field: string, row: ReadRow, value: CellValue, v: Violation) => IssueDraft;

export interface CrossRowResult {
  readonly drafts: IssueDraft[];
  /** Excel rows that repeat another row's unique value: they carry an error now. */
  readonly repeatedRows: ReadonlySet<number>;
}

/** Unique columns (an error at each repeat) and suspected duplicate rows (a warning). */
export function checkCrossRow(ledger: CompiledLedger, rows: readonly ReadRow[], place: Place): CrossRowResult {
  const drafts: IssueDraft[] = [];
  const repeatedRows = new Set<number>();
  for (const column of ledger.def.columns) {
    if (!column.unique) continue;
    const first = new Map<string | number, number>();
    for (const row of rows) {
      const value = row.data[column.key];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const seen = first.get(value);
      if (seen === undefined) first.set(value, row.row);
      else {
        repeatedRows.add(row.row);
        drafts.push(
          place(column.key, row, value, {
            severity: 'error',
            code: 'unique-error',
            rule: null,
            params: { firstRow: seen },
          }),
        );
      }
    }
  }
  const duplicate = ledger.def.duplicateRow;
  if (duplicate) {
    const [lead] = duplicate.fields;
    const first = new Map<string, number>();
    for (const row of rows) {
      const key = rowKey(row, duplicate.fields);
      if (lead === undefined || key === null) continue;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, row.row);
      else {
        const value = row.data[lead];
        drafts.push(
          place(lead, row, typeof value === 'string' || typeof value === 'number' ? value : null, {
            severity: 'warning',
            code: 'duplicate-row',
            rule: null,
            params: { firstRow: seen },
          }),
        );
      }
    }
  }
  return { drafts, repeatedRows };
}

/** The fields' values as one Map key; null when any is blank. */
function rowKey(row: ReadRow, fields: readonly string[]): string | null {
  // Stryker disable next-line StringLiteral: a prefix shared by every key changes no comparison.
  let key = '';
  for (const field of fields) {
    const value = row.data[field];
    if (value === null || value === undefined) return null;
    key += `${String(value)}\u0000`;
  }
  return key;
}
