import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import type { CellValue } from '../cells/cell-value.ts';
import type { LedgerDefinition } from '../ledgers/types.ts';
import { compileLedger } from './compile.ts';
import { validateSheet } from './validate-sheet.ts';
import { validateWorkbook } from './validate-workbook.ts';

/** Two text fields and a number, suspected duplicates when the given fields agree. */
function ledgerWith(fields: readonly string[]): LedgerDefinition<'activity'> {
  return {
    key: 'activity',
    sheetName: '样表',
    title: '样表',
    dateField: 'a',
    rowRules: [],
    columns: [
      { key: 'a', header: '甲', type: 'text', maxLength: 10, required: false, width: 6 },
      { key: 'b', header: '乙', type: 'text', maxLength: 10, required: false, width: 6 },
      { key: 'n', header: '数', type: 'integer', min: 0, units: [], required: false, width: 6 },
      { key: 'l', header: '层级', type: 'multiEnum', values: ['区级', '乡级'], required: false, width: 6 },
    ],
    duplicateRow: { fields },
  };
}

function duplicates(fields: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const result = validateSheet(
    compileLedger(ledgerWith(fields)),
    '样表',
    { address: 'A1', values: [['甲', '乙', '数', '层级'], ...rows] },
    context,
  );
  return {
    drafts: result.drafts.map((d) => [d.code, d.severity, `${d.column}${d.row}`, d.value, d.params.firstRow]),
    rows: result.rows,
  };
}

describe('unique columns', () => {
  it('flag each repeat as an error at the repeat, naming the first row, and drop only the repeating rows', () => {
    const result = validateWorkbook(
      workbookOf({ rectification: sheetOf('rectification', [{}, { 序号: 1 }, { 序号: 1 }]) }),
      context,
    );
    expect(result.issues.map((i) => [i.code, i.severity, `${i.column}${i.row}`, i.value, i.params.firstRow])).toEqual([
      ['unique-error', 'error', 'A4', 1, 3],
      ['unique-error', 'error', 'A5', 1, 3],
    ]);
    expect(result.ledgers.rectification?.rows.map((r) => r.row)).toEqual([3]);
    expect(result.ledgers.rectification?.rowCount).toBe(3);
  });

  it('never compare blank or unreadable cells', () => {
    const result = validateWorkbook(
      workbookOf({
        rectification: sheetOf('rectification', [{ 序号: null }, { 序号: null }, { 序号: '一' }, { 序号: '一' }]),
      }),
      context,
    );
    expect(result.issues.map((i) => `${i.code}@${i.column}${i.row}`)).toEqual([
      'required@A3',
      'required@A4',
      'type-error@A5',
      'type-error@A6',
    ]);
  });
});

describe('suspected duplicate rows', () => {
  it('warn at the lead field of each repeat, naming the first row, and keep the row', () => {
    const { drafts, rows } = duplicates(
      ['a', 'b'],
      [
        ['x', 'y', 1],
        ['x', 'y', 2],
        ['x', 'z', 3],
        ['x', 'y', 4],
      ],
    );
    expect(drafts).toEqual([
      ['duplicate-row', 'warning', 'A3', 'x', 2],
      ['duplicate-row', 'warning', 'A5', 'x', 2],
    ]);
    expect(rows.map((r) => r.hasError)).toEqual([false, false, false, false]);
  });

  it('ignore rows where any of the fields is blank', () => {
    expect(
      duplicates(
        ['a', 'b'],
        [
          ['x', null, 1],
          ['x', null, 1],
          [null, 'y'],
          [null, 'y'],
        ],
      ).drafts,
    ).toEqual([]);
  });

  it('keep the fields apart: "ab" + "c" is not "a" + "bc"', () => {
    expect(
      duplicates(
        ['a', 'b'],
        [
          ['ab', 'c'],
          ['a', 'bc'],
        ],
      ).drafts,
    ).toEqual([]);
  });

  it('show a number as the value, a list as no value', () => {
    expect(
      duplicates(
        ['n'],
        [
          [null, null, 7],
          [null, null, 7],
        ],
      ).drafts,
    ).toEqual([['duplicate-row', 'warning', 'C3', 7, 2]]);
    expect(
      duplicates(
        ['l', 'a'],
        [
          ['x', null, null, '区级'],
          ['x', null, null, '区级'],
        ],
      ).drafts,
    ).toEqual([['duplicate-row', 'warning', 'D3', null, 2]]);
  });

  it('find nothing when the rule names no field, or a field the rows do not have', () => {
    expect(duplicates([], [['x'], ['x']]).drafts).toEqual([]);
    expect(duplicates(['nope'], [['x'], ['x']]).drafts).toEqual([]);
  });
});
