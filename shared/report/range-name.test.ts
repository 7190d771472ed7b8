import { describe, expect, it } from 'vitest';
import { asciiRangeNamePart, rangeNamePart } from './range-name.ts';

describe('rangeNamePart', () => {
  it('is empty for the full year, so that file keeps its name', () => {
    expect(rangeNamePart({})).toBe('');
    expect(rangeNamePart({ from: null, to: '' })).toBe('');
    expect(asciiRangeNamePart({ from: undefined, to: null })).toBe('');
  });

  it('names both ends of a range, an open end as 年初 or 年末', () => {
    expect(rangeNamePart({ from: '2026-01-01', to: '2026-06-30' })).toBe('-2026-01-01至2026-06-30');
    expect(rangeNamePart({ to: '2026-06-30' })).toBe('-年初至2026-06-30');
    expect(rangeNamePart({ from: '2026-07-01' })).toBe('-2026-07-01至年末');
    expect(asciiRangeNamePart({ from: '2026-07-01' })).toBe('-2026-07-01-to-end');
  });
});
