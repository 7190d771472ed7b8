import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApproximateCount } from './approximate.ts';
import { CellFailure } from './failure.ts';
import { normaliseInteger } from './integer.ts';

const wide = (s: string): string => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const units = ['人次', '人'];

describe('integers', () => {
  it('reads the forms clerks type', () => {
    const cases: [string | number, number][] = [
      [12, 12],
      ['12', 12],
      ['１２', 12],
      ['1,200', 1200],
      ['１，２００', 1200],
      ['12人', 12],
      ['12人次', 12],
      [' 12 人 ', 12],
      ['12.0', 12],
      ['-3', -3],
    ];
    for (const [input, expected] of cases) expect(normaliseInteger(input, units), String(input)).toBe(expected);
  });

  it('rejects fractions, words, other units and misplaced separators', () => {
    for (const bad of [
      12.5,
      '12.5',
      '很多',
      '12份',
      '1,20',
      '12,00',
      '',
      '人',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      '1e3',
      '99999999999999999999',
    ]) {
      const result = normaliseInteger(bad, units);
      expect(result, String(bad)).toBeInstanceOf(CellFailure);
    }
  });

  it('keeps the sign and the exact value at the edges of what it reads', () => {
    const cases: [string | number, number][] = [
      ['+12', 12],
      ['-0', -0],
      ['0', 0],
      ['12.00', 12],
      ['1,200.0', 1200],
      ['12,345,678', 12_345_678],
      ['999', 999],
      ['9007199254740991', Number.MAX_SAFE_INTEGER],
      [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      [-7, -7],
      ['1 200', 1200],
    ];
    for (const [input, expected] of cases) expect(normaliseInteger(input, units), String(input)).toBe(expected);
  });

  it('takes one listed unit off the end, whatever the order of the list', () => {
    expect(normaliseInteger('12人次', ['人次', '人'])).toBe(12);
    expect(normaliseInteger('12人次', ['人', '人次'])).toBe(12);
    expect(normaliseInteger('12人', [])).toEqual(new CellFailure('type-error.integer'));
    expect(normaliseInteger('12人人', units)).toEqual(new CellFailure('type-error.integer'));
    expect(normaliseInteger('人12', units)).toEqual(new CellFailure('type-error.integer'));
    expect(normaliseInteger('12', [])).toBe(12);
  });

  it('refuses what is past a safe integer, signs twice, and separators out of place', () => {
    for (const bad of [
      '9007199254740992',
      '--1',
      '+-1',
      '1,2345',
      ',123',
      '123,',
      '1.',
      '.5',
      '12.01',
      '1,200.5',
      '0x10',
      '1_000',
      'Infinity',
      '１２.５',
    ]) {
      expect(normaliseInteger(bad, units), bad).toEqual(new CellFailure('type-error.integer'));
    }
    expect(normaliseInteger(false, units)).toEqual(new CellFailure('type-error.integer'));
  });

  it('reads any non-negative integer whatever form it is typed in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '人', '人次'),
        (n, grouped, fullWidth, unit) => {
          let text = grouped ? n.toLocaleString('en-US') : String(n);
          if (fullWidth) text = wide(text);
          return normaliseInteger(text + unit, units) === n && normaliseInteger(n, units) === n;
        },
      ),
    );
  });

  it('reads the words of an estimate around a figure as an approximate count, with or without the unit', () => {
    const cases: [string, number][] = [
      ['1200余人', 1200],
      ['1200多人', 1200],
      ['约1200人', 1200],
      ['大约1200人次', 1200],
      ['1200人左右', 1200],
      ['约1200人左右', 1200],
      ['1,200余', 1200],
      ['１２００多人', 1200],
      [' 约 50 人 ', 50],
      ['约-3人', -3],
    ];
    for (const [input, count] of cases)
      expect(normaliseInteger(input, units), input).toEqual(new ApproximateCount(count));
    for (const bad of ['余人', '约人', '多', '1200余余人', '1200人余', '约约12', '12.5余人', '1200余份', '左右']) {
      expect(normaliseInteger(bad, units), bad).toEqual(new CellFailure('type-error.integer'));
    }
    expect(normaliseInteger('1200', units)).toBe(1200);
  });

  it('never accepts a non-integral number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)),
        (x) => normaliseInteger(x, units) instanceof CellFailure,
      ),
    );
  });
});
