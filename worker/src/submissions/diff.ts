import { type LedgerKey, ledgerKeys } from '#shared/index.ts';

export interface RowRecord {
  ledger: LedgerKey;
  row_number: number;
  data: string;
}

type Data = Record<string, unknown>;

interface Change {
  seq: number;
  row: number;
  before: Data;
  after: Data;
  /** Field keys whose value differs. */
  fields: string[];
}

export interface LedgerDiff {
  added: { seq: number; row: number; data: Data }[];
  removed: { seq: number; row: number; data: Data }[];
  changed: Change[];
}

function bySeq(rows: readonly RowRecord[], ledger: LedgerKey): Map<number, { row: number; data: Data }> {
  const map = new Map<number, { row: number; data: Data }>();
  for (const r of rows) {
    if (r.ledger !== ledger) continue;
    const data = JSON.parse(r.data) as Data;
    map.set(Number(data.seq), { row: r.row_number, data });
  }
  return map;
}

/** Rows added, changed and removed between two versions; a row is identified by its 序号. */
export function diffVersions(before: readonly RowRecord[], after: readonly RowRecord[]): Record<LedgerKey, LedgerDiff> {
  const result = {} as Record<LedgerKey, LedgerDiff>;
  for (const ledger of ledgerKeys) {
    const old = bySeq(before, ledger);
    const now = bySeq(after, ledger);
    const diff: LedgerDiff = { added: [], removed: [], changed: [] };
    for (const [seq, a] of now) {
      const b = old.get(seq);
      if (!b) {
        diff.added.push({ seq, ...a });
        continue;
      }
      const fields = Object.keys(a.data).filter((k) => JSON.stringify(a.data[k]) !== JSON.stringify(b.data[k]));
      if (fields.length > 0) diff.changed.push({ seq, row: a.row, before: b.data, after: a.data, fields });
    }
    for (const [seq, b] of old) if (!now.has(seq)) diff.removed.push({ seq, ...b });
    result[ledger] = diff;
  }
  return result;
}
