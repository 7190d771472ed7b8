import { type LedgerKey, ledgers } from './registry.ts';

/** A receipt's rows per ledger, in registry order, each ledger named by its sheet: what the receipts and the history show. */
export function rowCountsBySheet(
  counts: Readonly<Partial<Record<LedgerKey, number>>>,
): { sheet: string; rows: number }[] {
  return ledgers.map((l) => ({ sheet: l.sheetName, rows: counts[l.key] ?? 0 }));
}
