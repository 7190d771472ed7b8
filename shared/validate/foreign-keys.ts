import { headerOf, ledgerByKey, ledgers } from '../ledgers/registry.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import type { IssueDraft } from './issue.ts';
import type { SheetResult } from './validate-sheet.ts';

/** Values one ledger refers to in another of the same workbook (关联案件编号 → 案件编号). */
export function checkForeignKeys(
  results: ReadonlyMap<LedgerKey, { sheet: string; result: SheetResult }>,
): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  for (const def of ledgers) {
    const source = results.get(def.key);
    if (!source || !('foreignKeys' in def)) continue;
    for (const fk of def.foreignKeys) {
      const target = results.get(fk.ledger)?.result.rows ?? [];
      const known = new Set(target.map((r) => r.data[fk.references]));
      const column = source.result.letterOf(fk.field);
      const header = headerOf(def, fk.field);
      for (const row of source.result.rows) {
        const value = row.data[fk.field];
        if (typeof value !== 'string' || row.failed?.has(fk.field) || known.has(value)) continue;
        drafts.push({
          severity: 'warning',
          code: 'foreign-key',
          rule: null,
          ledger: def.key,
          sheet: source.sheet,
          row: row.row,
          column,
          header,
          value,
          params: { sheet: ledgerByKey(fk.ledger).sheetName },
        });
      }
    }
  }
  return drafts;
}
