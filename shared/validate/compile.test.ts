import { describe, expect, it } from 'vitest';
import { activity } from '../ledgers/activity.ts';
import type { LedgerDefinition } from '../ledgers/types.ts';
import { compileLedger } from './compile.ts';

/** A small ledger of every column type, so these tests do not follow the real ledgers' changes. */
const sample = {
  key: 'activity',
  sheetName: '样表',
  title: '样表',
  dateField: 'day',
  rowRules: [],
  columns: [
    { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, width: 6 },
    { key: 'count', header: '份数', type: 'integer', min: 0, units: [], blankAs: 0, required: false, width: 6 },
    { key: 'day', header: '日期', type: 'date', required: true, width: 12 },
    { key: 'kind', header: '类别', type: 'enum', values: ['甲', '乙'], required: true, width: 6 },
    { key: 'levels', header: '层级', type: 'multiEnum', values: ['区级', '乡级'], required: false, width: 6 },
    { key: 'note', header: '备注', type: 'text', maxLength: 5, required: false, width: 6 },
  ],
} as const satisfies LedgerDefinition<'activity'>;

describe('compiled ledgers', () => {
  it('are built once per definition', () => {
    expect(compileLedger(activity)).toBe(compileLedger(activity));
    expect(compileLedger({ ...activity })).not.toBe(compileLedger(activity));
  });

  it('name a field by its header and place, and refuse a field the ledger lacks (a bug in a rule)', () => {
    const ledger = compileLedger({ ...sample });
    expect(ledger.headerOf('note')).toBe('备注');
    expect(ledger.headerOf('seq')).toBe('序号');
    expect(ledger.indexOf('kind')).toBe(3);
    expect(() => ledger.headerOf('nope')).toThrow(/no column nope/);
    expect(() => ledger.indexOf('nope')).toThrow(/no column nope/);
  });

  it('give every field its blank value, in column order', () => {
    const { blankRow } = compileLedger({ ...sample });
    expect(blankRow).toEqual({ seq: null, count: 0, day: null, kind: null, levels: [], note: null });
    expect(Object.keys(blankRow)).toEqual(['seq', 'count', 'day', 'kind', 'levels', 'note']);
  });
});
