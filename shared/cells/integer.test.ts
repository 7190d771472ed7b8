import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellFailure } from './failure.ts';
import { normaliseInteger } from './integer.ts';

const wide = (s: string): string => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const units = ['人次', '人'];

describe('integers', () => {
  it('reads the forms clerks type', () => {
    const cases: [string | number, number][] = [[12, 12], ['12', 12], ['１２', 12], ['1,200', 1200], ['１，２００', 1200], ['12人', 12], ['12人次', 12], [' 12 人 ', 12], ['12.0', 12], ['-3', -3]];
    for (const [input, expected] of cases) expect(normaliseInteger(input, units), String(input)).toBe(expected);
  });

  it('rejects fractions, words, other units and misplaced separators', () => {
    for (const bad of [12.5, '12.5', '很多', '12份', '1,20', '12,00', '', '人', Number.NaN, Number.POSITIVE_INFINITY, true, '1e3', '99999999999999999999']) {
      const result = normaliseInteger(bad, units);
      expect(result, String(bad)).toBeInstanceOf(CellFailure);
    }
  });

  it('reads any non-negative integer whatever form it is typed in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), fc.boolean(), fc.constantFrom('', '人', '人次'), (n, grouped, fullWidth, unit) => {
        let text = grouped ? n.toLocaleString('en-US') : String(n);
        if (fullWidth) text = wide(text);
        return normaliseInteger(text + unit, units) === n && normaliseInteger(n, units) === n;
      }),
    );
  });

  it('never accepts a non-integral number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)), (x) => normaliseInteger(x, units) instanceof CellFailure));
  });
});
