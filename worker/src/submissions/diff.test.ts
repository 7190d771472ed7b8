import { describe, expect, it } from 'vitest';
import type { LedgerKey } from '#shared/index.ts';
import { diffVersions, type RowRecord } from './diff.ts';

const row = (ledger: LedgerKey, sheetRow: number, data: Record<string, unknown>): RowRecord => ({
  ledger,
  row_number: sheetRow,
  data: JSON.stringify(data),
});
const rectification = (seq: number, caseNo: string, status = '整改中'): RowRecord =>
  row('rectification', seq + 2, { seq, caseNo, status });
const activity = (seq: number, topic: string): RowRecord => row('activity', seq + 2, { seq, topic });

describe('diffVersions', () => {
  it('matches cases by 案件编号: a renumbered list is rows moved, not every field changed', () => {
    const before = [rectification(1, 'A'), rectification(2, 'B'), rectification(3, 'C'), rectification(4, 'D')];
    // B is deleted, the rest renumbered; D also changed its status; E is new.
    const after = [
      rectification(1, 'A'),
      rectification(2, 'C'),
      rectification(3, 'D', '已完成'),
      rectification(4, 'E'),
    ];
    const diff = diffVersions(before, after).rectification;
    expect(diff.matchedBy).toBe('caseNo');
    expect(diff.moved.map((r) => [r.data.caseNo, r.previousSeq, r.seq])).toEqual([['C', 3, 2]]);
    expect(diff.changed).toEqual([
      {
        seq: 3,
        previousSeq: 4,
        row: 5,
        before: { seq: 4, caseNo: 'D', status: '整改中' },
        after: { seq: 3, caseNo: 'D', status: '已完成' },
        fields: ['status'],
      },
    ]);
    expect(diff.added.map((r) => r.data.caseNo)).toEqual(['E']);
    expect(diff.removed.map((r) => [r.seq, r.data.caseNo])).toEqual([[2, 'B']]);
  });

  it('falls back to 序号 where the ledger has no natural key', () => {
    const diff = diffVersions([activity(1, 'x'), activity(2, 'y')], [activity(1, 'y'), activity(3, 'z')]).activity;
    expect(diff.matchedBy).toBe('seq');
    expect(diff.changed.map((r) => [r.seq, r.previousSeq, r.fields])).toEqual([[1, 1, ['topic']]]);
    expect(diff.moved).toEqual([]);
    expect(diff.added.map((r) => r.seq)).toEqual([3]);
    expect(diff.removed.map((r) => r.seq)).toEqual([2]);
  });

  it('pairs a key repeated within a version in order, so no row goes missing', () => {
    const diff = diffVersions(
      [rectification(1, 'A'), rectification(2, 'A')],
      [rectification(1, 'A'), rectification(2, 'A'), rectification(3, 'A')],
    ).rectification;
    expect([diff.changed, diff.moved, diff.removed]).toEqual([[], [], []]);
    expect(diff.added.map((r) => r.seq)).toEqual([3]);
  });

  it('reports nothing between equal versions, in every ledger', () => {
    const rows = [rectification(1, 'A'), activity(1, 'x')];
    for (const d of Object.values(diffVersions(rows, rows)))
      expect([d.added, d.removed, d.changed, d.moved]).toEqual([[], [], [], []]);
  });
});
