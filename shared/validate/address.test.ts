import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetter, topLeftOf } from './address.ts';

/** Column letters by bijective base 26, written out by hand: A–Z, then AA. */
const known: [string, number][] = [
  ['A', 0],
  ['B', 1],
  ['Z', 25],
  ['AA', 26],
  ['AZ', 51],
  ['BA', 52],
  ['ZZ', 701],
  ['AAA', 702],
  ['XFD', 16_383],
];

describe('A1 references', () => {
  it('turn column letters into indexes and back', () => {
    for (const [letters, index] of known) {
      expect(columnIndex(letters), letters).toBe(index);
      expect(columnLetter(index), String(index)).toBe(letters);
    }
    expect(columnIndex('xfd')).toBe(16_383);
  });

  it('find the top-left cell of what Office.js and our reader give', () => {
    expect(topLeftOf('Sheet1!A1:L20')).toEqual({ row: 1, column: 0 });
    expect(topLeftOf("'My sheet'!B3:C9")).toEqual({ row: 3, column: 1 });
    expect(topLeftOf("'监督检查台账'!C5:J7")).toEqual({ row: 5, column: 2 });
    expect(topLeftOf('B3')).toEqual({ row: 3, column: 1 });
    expect(topLeftOf(' $AA$12 ')).toEqual({ row: 12, column: 26 });
    expect(topLeftOf('b3:c4')).toEqual({ row: 3, column: 1 });
    expect(topLeftOf('Sheet1!B2:AA30')).toEqual({ row: 2, column: 1 });
    expect(topLeftOf('Sheet1!A1:XFD1048576')).toEqual({ row: 1, column: 0 });
  });

  it('give null for what is not a cell address', () => {
    for (const bad of ['', 'Sheet1', 'Sheet1!', 'A', '12', 'AAAA1', 'A1:B', 'Sheet1!A1 junk'])
      expect(topLeftOf(bad), bad).toBeNull();
  });
});
