import { describe, expect, it } from 'vitest';
import type { CellValue } from '../cells/cell-value.ts';
import type { LedgerDefinition } from '../ledgers/types.ts';
import { compileLedger } from './compile.ts';
import type { IssueDraft } from './issue.ts';
import { type SheetResult, validateSheet } from './validate-sheet.ts';

/** A small ledger of every column type and one row rule; each test compiles its own copy. */
const sample = {
  key: 'activity',
  sheetName: '样表',
  title: '样表',
  dateField: 'day',
  columns: [
    { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, width: 6 },
    { key: 'day', header: '日期', type: 'date', withinYear: true, required: true, width: 12 },
    { key: 'kind', header: '类别', type: 'enum', values: ['甲', '乙'], required: true, width: 6 },
    { key: 'levels', header: '层级', type: 'multiEnum', values: ['区级', '乡级'], required: true, width: 6 },
    {
      key: 'count',
      header: '份数',
      type: 'integer',
      min: 0,
      units: [],
      blankAs: 0,
      warnIfZero: true,
      required: false,
      width: 6,
    },
    { key: 'until', header: '期限', type: 'date', required: false, width: 12 },
    { key: 'note', header: '备注', type: 'text', maxLength: 5, required: false, width: 6 },
  ],
  rowRules: [{ kind: 'notBefore', field: 'until', other: 'day' }],
} as const satisfies LedgerDefinition<'activity'>;

const HEADERS = sample.columns.map((c) => c.header);
const ctx = { year: 2026, today: '2026-11-24' } as const;
const good: CellValue[] = [1, '2026-03-05', '甲', '区级', 2, '2026-04-01', '说明'];

function check(
  values: readonly (readonly CellValue[])[],
  address = 'A1',
  def: LedgerDefinition<'activity'> = sample,
): SheetResult {
  return validateSheet(compileLedger({ ...def }), '样表', { address, values }, ctx);
}
const placed = (d: IssueDraft): string =>
  `${d.code}${d.rule === null ? '' : `.${d.rule}`}@${d.column ?? '-'}${d.row ?? '-'}`;

describe('validateSheet', () => {
  it('reads a clean sheet into typed rows, the header row and the columns where they sit', () => {
    const result = check([['标题'], HEADERS, good]);
    expect(result.drafts).toEqual([]);
    expect(result.headerRow).toBe(2);
    expect(result.rows).toEqual([
      {
        row: 3,
        data: { seq: 1, day: '2026-03-05', kind: '甲', levels: ['区级'], count: 2, until: '2026-04-01', note: '说明' },
        failed: null,
        hasError: false,
      },
    ]);
    expect(['seq', 'note'].map(result.letterOf)).toEqual(['A', 'G']);
    // A field the ledger lacks is a bug in a rule: it must not land quietly in some column.
    expect(() => result.letterOf('nope')).toThrow(/no column nope/);
  });

  it('places everything relative to where the values start, header row included', () => {
    const result = check(
      [['标题'], [...HEADERS.slice(0, 6), '联系电话'], [1, '2025-03-05', '甲', '区级', 2, null, 'x']],
      "'样表'!C5:I7",
    );
    expect(result.headerRow).toBe(6);
    expect(result.drafts.map(placed)).toEqual(['extra-label@I6', 'constraint-error.withinYear@D7']);
    expect(result.letterOf('seq')).toBe('C');
    // The optional 备注 column is missing: it has no letter, and its fields are blank.
    expect(result.letterOf('note')).toBeNull();
    expect(result.rows[0]?.data.note).toBeNull();
  });

  it('counts from A1 when the address names no cell', () => {
    const result = check([HEADERS, [1, '2026-03-05', '甲', '区级', 'x', null, null]], 'not an address');
    expect(result.headerRow).toBe(1);
    expect(result.drafts.map(placed)).toEqual(['type-error.integer@E2']);
  });

  it('says which headers it looked for when there is none', () => {
    const result = check([['随便写写'], [1, 2, 3]]);
    expect(result.drafts).toEqual([
      {
        severity: 'error',
        code: 'missing-header',
        rule: null,
        params: { searched: 10, example: '序号、日期、类别、层级' },
        ledger: 'activity',
        sheet: '样表',
        row: null,
        column: null,
        header: null,
        value: null,
      },
    ]);
    expect(result.headerRow).toBeNull();
    expect(result.rows).toEqual([]);
    expect(result.letterOf('seq')).toBeNull();
  });

  it('names unknown header cells as written, ignores blank ones, and reports repeats', () => {
    const result = check([[...HEADERS, null, '', ' 联系电话 ', 2026, '序号']]);
    expect(result.drafts).toEqual([
      {
        severity: 'warning',
        code: 'extra-label',
        rule: null,
        params: {},
        ledger: 'activity',
        sheet: '样表',
        row: 1,
        column: 'J',
        header: '联系电话',
        value: ' 联系电话 ',
      },
      {
        severity: 'warning',
        code: 'extra-label',
        rule: null,
        params: {},
        ledger: 'activity',
        sheet: '样表',
        row: 1,
        column: 'K',
        header: null,
        value: 2026,
      },
      {
        severity: 'warning',
        code: 'duplicate-label',
        rule: null,
        params: {},
        ledger: 'activity',
        sheet: '样表',
        row: 1,
        column: 'L',
        header: '序号',
        value: '序号',
      },
    ]);
  });

  it('asks only for required columns, and then not again in every row', () => {
    const result = check([
      [...HEADERS.slice(0, 2), ...HEADERS.slice(3, 5)],
      [1, '2026-03-05', '区级', 1],
    ]);
    expect(result.drafts).toEqual([
      {
        severity: 'error',
        code: 'missing-label',
        rule: null,
        params: {},
        ledger: 'activity',
        sheet: '样表',
        row: 1,
        column: null,
        header: '类别',
        value: null,
      },
    ]);
    expect(result.rows[0]?.data).toMatchObject({ kind: null, until: null, note: null });
  });

  it('shows each value as the clerk sees it: a serial as the date Excel shows, text as typed', () => {
    const rows = [
      HEADERS,
      [1, 45_000, '甲', '、；', 0, 46_000, null],
      [2, '2026-03-05', '乙', '区级', 1, '2026-01-01', null],
      [3, ' 2025年12月28日 ', '甲', '区级', '0', '2026年2月1号', null],
      [-1, '2026-03-05', '甲', '区级', '约5', null, null],
    ];
    const result = check(rows);
    expect(result.drafts.map((d) => [placed(d), d.value])).toEqual([
      ['constraint-error.withinYear@B2', '2023-03-15'],
      ['required@D2', '、；'],
      ['suspicious-value.zero@E2', 0],
      ['constraint-error.notBefore@F3', '2026-01-01'],
      ['constraint-error.withinYear@B4', '2025年12月28日'],
      ['suspicious-value.zero@E4', '0'],
      ['constraint-error.minimum@A5', -1],
      ['suspicious-value.approximate@E5', '约5'],
    ]);
    expect(result.rows.map((r) => r.data.count)).toEqual([0, 1, 0, 5]);
  });

  it('words an estimate that breaks a rule by the rule alone: one cell, one message', () => {
    const result = check([HEADERS, [1, '2026-03-05', '甲', '区级', '约0份', null, null]], 'A1', {
      ...sample,
      columns: sample.columns.map((c) => (c.key === 'count' ? { ...c, units: ['份'] } : c)),
    });
    expect(result.drafts.map((d) => [placed(d), d.value])).toEqual([['suspicious-value.zero@E2', '约0份']]);
  });

  it('shows the other side of a rule between fields as typed as well', () => {
    const result = check([HEADERS, [1, '2026年3月5日', '甲', '区级', 1, '2026/3/1', null]]);
    expect(result.drafts.map((d) => [placed(d), d.value, d.params])).toEqual([
      ['constraint-error.notBefore@F2', '2026/3/1', { other: '日期', otherValue: '2026年3月5日' }],
    ]);
  });

  it('keeps a wrong cell blank in the typed row, lists it as failed, and marks the row', () => {
    const result = check([
      HEADERS,
      [1, '#N/A', '丙', '区级', 0, null, null],
      [2, '2026-03-05', '甲', '区级', 0, null, null],
    ]);
    expect(result.drafts.map((d) => [placed(d), d.value])).toEqual([
      ['formula-error@B2', '#N/A'],
      ['type-error.enum@C2', '丙'],
      ['suspicious-value.zero@E2', 0],
      ['suspicious-value.zero@E3', 0],
    ]);
    expect(result.rows.map((r) => [r.row, r.hasError, r.failed === null ? null : [...r.failed]])).toEqual([
      [2, true, ['day', 'kind']],
      [3, false, null],
    ]);
    expect(result.rows[0]?.data).toMatchObject({ day: null, kind: null, count: 0 });
  });

  it('reads a row shorter than the header as blank at its end, and skips rows of blanks', () => {
    const result = check([
      HEADERS,
      [1, '2026-03-05', '甲', '区级'],
      [null, ' ', '\u3000'],
      [],
      [2, '2026-03-05', '乙', '乡级'],
    ]);
    expect(result.drafts).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.data.count, r.data.note])).toEqual([
      [2, 0, null],
      [5, 0, null],
    ]);
  });

  it('shows a list that breaks a rule between fields as the clerk types it', () => {
    const listed = {
      ...sample,
      rowRules: [{ kind: 'requiredIff', field: 'levels', when: 'kind', equals: '乙' }],
    } as const satisfies LedgerDefinition<'activity'>;
    const result = check([HEADERS, [1, '2026-03-05', '甲', '乡级、区级', 1, null, null]], 'A1', listed);
    expect(result.drafts.map((d) => [placed(d), d.value, d.header])).toEqual([
      ['constraint-error.blankUnless@D2', '乡级、区级', '层级'],
    ]);
  });
});
