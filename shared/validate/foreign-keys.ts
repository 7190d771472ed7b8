import { headerOf, ledgerByKey, ledgers } from '../ledgers/registry.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import type { IssueDraft } from './issue.ts';
import type { SheetTotals } from './sheet-check.ts';

/** Values one ledger refers to in another of the same workbook (关联案件编号 → 案件编号). */
export function checkForeignKeys(
  results: ReadonlyMap<LedgerKey, { sheet: string; result: SheetTotals }>,
): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  for (const def of ledgers) {
    const source = results.get(def.key);
    if (!source || !('foreignKeys' in def)) continue;
    for (const fk of def.foreignKeys) {
      const known = results.get(fk.ledger)?.result.keys.referenced.get(fk.references);
      const column = source.result.letterOf(fk.field);
      const header = headerOf(def, fk.field);
      for (const { row, value } of source.result.keys.references.get(fk.field) ?? []) {
        if (known?.has(value)) continue;
        drafts.push({
          severity: 'warning',
          code: 'foreign-key',
          rule: null,
          ledger: def.key,
          sheet: source.sheet,
          row,
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
