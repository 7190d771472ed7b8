import { describe, expect, it } from 'vitest';
import { asciiRangeNamePart, rangeNamePart } from './range-name.ts';

describe('rangeNamePart', () => {
  it('is empty for the full year, however it is asked for, so that file keeps its name', () => {
    expect(rangeNamePart({}, 2026)).toBe('');
    expect(rangeNamePart({ from: null, to: '' }, 2026)).toBe('');
    expect(rangeNamePart({ from: '2026-01-01', to: '2026-12-31' }, 2026)).toBe('');
    expect(asciiRangeNamePart({ from: undefined, to: '2026-12-31' }, 2026)).toBe('');
  });

  it('names both ends of a range, an open end as 年初 or 年末', () => {
    expect(rangeNamePart({ from: '2026-01-01', to: '2026-06-30' }, 2026)).toBe('-年初至2026-06-30');
    expect(rangeNamePart({ from: '2026-01-02', to: '2026-06-30' }, 2026)).toBe('-2026-01-02至2026-06-30');
    expect(rangeNamePart({ from: '2026-07-01' }, 2026)).toBe('-2026-07-01至年末');
    expect(asciiRangeNamePart({ from: '2026-07-01', to: '2026-12-31' }, 2026)).toBe('-2026-07-01-to-end');
    // The first day of another year is a real end.
    expect(rangeNamePart({ from: '2025-01-01' }, 2026)).toBe('-2025-01-01至年末');
  });
});
