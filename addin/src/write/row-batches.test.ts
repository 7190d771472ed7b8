import { describe, expect, it } from 'vitest';
import { rowBatches } from './row-batches.ts';

describe('rowBatches', () => {
  it('pads rows to one width, keeps text inert, and cuts batches at the budget', () => {
    const rows = [['a', 1], ['=1+1'], [null, true, '001']];
    expect(rowBatches(rows, 1_000_000)).toEqual({
      width: 3,
      batches: [
        {
          first: 0,
          rows: [
            ["'a", 1, ''],
            ["'=1+1", '', ''],
            ['', true, "'001"],
          ],
        },
      ],
    });
    const small = rowBatches(rows, 20);
    expect(small.batches.map((b) => b.first)).toEqual([0, 1, 2]);
    expect(rowBatches([], 100)).toEqual({ width: 0, batches: [] });
  });
});
