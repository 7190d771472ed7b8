/**
 * The rules across rows keep hashes of keys, not keys. These tests force hashes to meet (a
 * hash that gives every key the same value, or a few values) and hold the answer to one
 * found by comparing whole keys in a Map: no false repeat, no missed one, and the first row
 * named is the first row with the same key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerDefinition } from '../ledgers/types.ts';
import type { FieldValue } from './columns.ts';
import { compileLedger } from './compile.ts';
import { CrossRowCheck, RECENT } from './cross-row.ts';
import { hashPart, type PartHash } from './key-table.ts';

const ledger = compileLedger({
  key: 'activity',
  sheetName: '样表',
  title: '样表',
  dateField: 't',
  rowRules: [],
  columns: [
    { key: 'n', header: '序号', type: 'integer', min: 1, units: [], required: false, unique: true, width: 6 },
    { key: 't', header: '编号', type: 'text', maxLength: 10, required: false, unique: true, width: 6 },
    { key: 'l', header: '层级', type: 'multiEnum', values: ['区级', '乡级'], required: false, width: 6 },
  ],
  duplicateRow: { fields: ['t', 'n', 'l'] },
} satisfies LedgerDefinition<'activity'>);

type Row = readonly FieldValue[];
type Found = [row: number, field: string, code: string, firstRow: unknown];

/**
 * Row numbers `step` apart: 1 keeps every earlier row among the recent ones, RECENT keeps only
 * the row just before (the rest are read again).
 */
const rowNumber = (i: number, step: number): number => i * step + 1;

/** The rows through CrossRowCheck, the rows it names read again, as SheetCheck does. */
function found(rows: readonly Row[], step: number, hash?: PartHash): Found[] {
  const check = new CrossRowCheck(ledger, hash);
  rows.forEach((values, i) => {
    check.check(rowNumber(i, step), values);
  });
  const again = check.rowsToReread();
  rows.forEach((values, i) => {
    if (again?.has(rowNumber(i, step))) check.rereadRow(rowNumber(i, step), values);
  });
  const placed: Found[] = [];
  const repeating = check.finish((row, field, _value, v) => placed.push([row, field, v.code, v.params.firstRow]));
  expect([...repeating].sort((a, b) => a - b)).toEqual(
    [...new Set(placed.filter((p) => p[2] === 'unique-error').map((p) => p[0]))].sort((a, b) => a - b),
  );
  return placed.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

/** The answer by whole keys in Maps: what the hashes must reproduce. */
function byWholeKeys(rows: readonly Row[], step: number): Found[] {
  const placed: Found[] = [];
  const first = (seen: Map<string, number>, key: string, row: number): number | undefined => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, row);
    return earlier;
  };
  const n = new Map<string, number>();
  const t = new Map<string, number>();
  const dup = new Map<string, number>();
  rows.forEach(([nv, tv, lv], i) => {
    const row = rowNumber(i, step);
    if (typeof nv === 'number') {
      const earlier = first(n, `${nv === 0 ? 0 : nv}`, row);
      if (earlier !== undefined) placed.push([row, 'n', 'unique-error', earlier]);
    }
    if (typeof tv === 'string') {
      const earlier = first(t, tv, row);
      if (earlier !== undefined) placed.push([row, 't', 'unique-error', earlier]);
    }
    if (tv != null && nv != null && lv != null) {
      const earlier = first(dup, JSON.stringify([String(tv), String(nv), String(lv)]), row);
      if (earlier !== undefined) placed.push([row, 't', 'duplicate-row', earlier]);
    }
  });
  return placed.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

/** Few distinct values, so repeats are common; -0 and 0 are one number, as in a Map. */
const rowArb: fc.Arbitrary<Row> = fc.tuple(
  fc.option(fc.constantFrom(1, 2, 3, 0, -0, 1.5), { nil: null }),
  fc.option(fc.constantFrom('a', 'b', 'ab', '1', '甲'), { nil: null }),
  fc.option(fc.constantFrom<readonly string[]>([], ['区级'], ['区级', '乡级']), { nil: null }),
);

describe('the rules across rows when hashes meet', () => {
  it('find exactly the repeats a comparison of whole keys finds, whatever the hash', () => {
    const oneHash: PartHash = () => 0;
    const fewHashes: PartHash = (part, seed) => hashPart(part, seed) & 1;
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), fc.constantFrom(1, RECENT), (rows, step) => {
        const expected = byWholeKeys(rows, step);
        expect(found(rows, step)).toEqual(expected);
        expect(found(rows, step, oneHash)).toEqual(expected);
        expect(found(rows, step, fewHashes)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never take two keys that share a hash for one, and name the first row of each', () => {
    const oneHash: PartHash = () => 0;
    const rows: Row[] = [
      [1, 'a', null],
      [2, 'b', null],
      [1, 'b', null],
      [3, 'c', null],
      [2, 'a', null],
    ];
    for (const step of [1, RECENT]) {
      const at = (i: number): number => rowNumber(i, step);
      expect(found(rows, step, oneHash)).toEqual([
        [at(2), 'n', 'unique-error', at(0)],
        [at(2), 't', 'unique-error', at(1)],
        [at(4), 'n', 'unique-error', at(1)],
        [at(4), 't', 'unique-error', at(0)],
      ]);
    }
  });

  it('read again only the first rows no longer among the recent ones', () => {
    const recent = new CrossRowCheck(ledger, () => 0);
    recent.check(1, [1, null, null]);
    recent.check(2, [2, null, null]);
    expect(recent.rowsToReread()).toBeNull();
    const gone = new CrossRowCheck(ledger, () => 0);
    gone.check(1, [1, null, null]);
    // Row 1 + RECENT takes row 1's place among the recent keys before any row hashes as row 1.
    gone.check(1 + RECENT, [2, 'a', null]);
    expect(gone.rowsToReread()).toEqual(new Set([1]));
    expect(() => gone.finish(() => {})).toThrow('row 1 was not read again');
  });
});
