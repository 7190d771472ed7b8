import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValueBound } from './json-values.ts';

const encoded = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** Every value JSON.parse builds: containers, their members, and object keys. */
function valuesIn(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v: unknown) => n + valuesIn(v), 0);
  if (value !== null && typeof value === 'object')
    return 1 + Object.values(value).reduce((n: number, v: unknown) => n + valuesIn(v), 0);
  return 1;
}

describe('jsonValueBound', () => {
  it('is never below the values parsed, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonValueBound(encoded(value))).toBeGreaterThanOrEqual(valuesIn(value));
      }),
    );
  });

  it('counts a grid exactly: its cells and rows, and nothing inside strings', () => {
    const grid = [
      ['a,b', '[{"x"}]', 'quote \\" and , comma'],
      [1, null, true],
    ];
    // The outer array, two rows, six cells.
    expect(jsonValueBound(encoded(grid))).toBe(9);
    // An empty row holds no value but costs an array all the same: it counts as one.
    expect(jsonValueBound(encoded([[], [], []]))).toBe(7);
  });
});
