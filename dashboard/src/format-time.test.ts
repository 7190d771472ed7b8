/** web/format-time.ts, tested here: vitest's node project covers dashboard/ but not web/. */
import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime } from '#web/format-time.ts';

describe('China time', () => {
  it('gives the date in China, not the UTC date: before 08:00 China time the two differ', () => {
    expect(chinaDate('2026-11-23T23:30:00.000Z')).toBe('2026-11-24');
    expect(chinaDate('2026-11-24T15:59:59Z')).toBe('2026-11-24');
    expect(chinaDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });
  it('gives a 24-hour time, midnight as 00', () => {
    expect(chinaDateTime('2026-11-23T16:05:09.123Z')).toBe('2026-11-24 00:05:09');
    expect(chinaDateTime('2026-11-24T07:30:00Z')).toBe('2026-11-24 15:30:00');
  });
  it('shows text that is not a timestamp as it came', () => {
    expect(chinaDate('not a time')).toBe('not a time');
    expect(chinaDateTime('')).toBe('');
  });
});
