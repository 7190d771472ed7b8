/**
 * The shared-string table answers as the array of strings it replaced: every index, on either
 * side of a segment's edge, with empty and long strings, and nothing for an index it lacks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedStrings } from './shared-strings.ts';

function tableOf(strings: readonly string[]): SharedStrings {
  const table = new SharedStrings();
  for (const text of strings) table.add(text);
  return table.end();
}

describe('SharedStrings', () => {
  it('gives back every string by its index, whatever the count and lengths', () => {
    const counts = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 1020, max: 1030 }),
      fc.integer({ min: 2040, max: 3100 }),
    );
    fc.assert(
      fc.property(
        counts,
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 50 }),
        (count, pool) => {
          const strings = Array.from(
            { length: count },
            (_, i) => `${pool[i % pool.length] ?? ''}${i % 3 === 0 ? '' : i}`,
          );
          const table = tableOf(strings);
          expect(table.count).toBe(count);
          for (let i = 0; i < count; i++) {
            expect(table.get(i)).toBe(strings[i]);
            expect(table.shared(i)).toBe(strings[i]);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('has nothing for an index outside it, negative, or not a whole number', () => {
    const table = tableOf(['甲', '', '乙']);
    for (const index of [3, 1024, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(table.get(index)).toBeUndefined();
      expect(table.shared(index)).toBeUndefined();
    }
    expect(table.get(1)).toBe('');
  });
});
