import type { SubmissionDiff } from '#shared/api/schemas.ts';
import { type LedgerKey, ledgerByKey, ledgerKeys } from '#shared/index.ts';
import { matchingKeyOf } from '#shared/ledgers/registry.ts';

export interface RowRecord {
  ledger: LedgerKey;
  row_number: number;
  data: string;
}

type Data = Record<string, unknown>;
type LedgerDiff = SubmissionDiff['ledgers'][LedgerKey];

interface Row {
  readonly seq: number;
  readonly row: number;
  readonly data: Data;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A version's rows of one ledger by their matching value, each list in sheet order. A list, not
 * one row: a key repeated within a version (the engine refuses that, but stored rows are kept as
 * they came) pairs up in order instead of hiding a row.
 */
function byKey(rows: readonly RowRecord[], ledger: LedgerKey, field: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.ledger !== ledger) continue;
    const data = JSON.parse(r.data) as Data;
    const key = JSON.stringify(data[field] ?? null);
    const list = map.get(key) ?? [];
    list.push({ seq: Number(data.seq), row: r.row_number, data });
    map.set(key, list);
  }
  return map;
}

function diffLedger(before: readonly RowRecord[], after: readonly RowRecord[], ledger: LedgerKey): LedgerDiff {
  const matchedBy = matchingKeyOf(ledgerByKey(ledger));
  const old = byKey(before, ledger, matchedBy);
  const diff: LedgerDiff = { matchedBy, added: [], removed: [], changed: [], moved: [] };
  for (const [key, rows] of byKey(after, ledger, matchedBy)) {
    const earlier = old.get(key) ?? [];
    for (const [i, a] of rows.entries()) {
      const b = earlier[i];
      if (!b) {
        diff.added.push(a);
        continue;
      }
      // 序号 is the row's place, not its content: a renumbered row has moved.
      const fields = Object.keys({ ...b.data, ...a.data }).filter((k) => k !== 'seq' && !same(a.data[k], b.data[k]));
      if (fields.length > 0)
        diff.changed.push({ seq: a.seq, previousSeq: b.seq, row: a.row, before: b.data, after: a.data, fields });
      else if (a.seq !== b.seq) diff.moved.push({ ...a, previousSeq: b.seq });
    }
    old.set(key, earlier.slice(rows.length));
  }
  for (const rows of old.values()) diff.removed.push(...rows);
  diff.removed.sort((x, y) => x.row - y.row);
  return diff;
}

/**
 * Rows added, changed, moved and removed between two versions, per ledger. A row is identified
 * by the ledger's natural key (案件编号) where it has one, else by its 序号.
 */
export function diffVersions(before: readonly RowRecord[], after: readonly RowRecord[]): Record<LedgerKey, LedgerDiff> {
  return Object.fromEntries(ledgerKeys.map((ledger) => [ledger, diffLedger(before, after, ledger)])) as Record<
    LedgerKey,
    LedgerDiff
  >;
}
