import { ledgerKeys } from '../ledgers/registry.ts';
import { columnIndex } from './address.ts';
import type { IssueDraft } from './issue.ts';

const ledgerRank = (d: IssueDraft): number => (d.ledger === null ? -1 : ledgerKeys.indexOf(d.ledger));
const columnRank = (d: IssueDraft): number => (d.column === null ? -1 : columnIndex(d.column));

/** Workbook issues first, then by sheet, row and column: the order a clerk reads the sheet. */
export function compareIssues(a: IssueDraft, b: IssueDraft): number {
  return ledgerRank(a) - ledgerRank(b) || (a.row ?? 0) - (b.row ?? 0) || columnRank(a) - columnRank(b);
}
