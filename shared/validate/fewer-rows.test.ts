import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { locales, placedMessage } from '../messages/index.ts';
import { validateWorkbook } from './validate-workbook.ts';
import { FAR_FEWER, fewerRowsWarnings } from './fewer-rows.ts';

const counts = (rectification: number, activity: number, inspection: number, caseLibrary = 0) => ({
  rectification,
  activity,
  inspection,
  caseLibrary,
});
const v3 = (rectification: number, activity: number, inspection: number) => ({
  version: 3,
  counts: counts(rectification, activity, inspection),
});
const rules = (drafts: ReturnType<typeof fewerRowsWarnings>) =>
  drafts.map((d) => `${d.rule} ${d.ledger} ${JSON.stringify(d.params)}`);

describe('rows that a resubmission would erase', () => {
  it('a ledger that had rows and now has none (empty or missing)', () => {
    expect(rules(fewerRowsWarnings(v3(8, 20, 2), counts(0, 20, 2)))).toEqual([
      'emptied rectification {"version":3,"before":8}',
    ]);
    expect(fewerRowsWarnings(v3(8, 20, 2), counts(0, 20, 2))).toEqual([
      {
        severity: 'warning',
        code: 'fewer-rows',
        rule: 'emptied',
        ledger: 'rectification',
        sheet: '一案一整改台账',
        row: null,
        column: null,
        header: null,
        value: null,
        params: { version: 3, before: 8 },
      },
    ]);
  });

  it('far fewer: a quarter of the rows, or 10, at the boundary', () => {
    expect(FAR_FEWER).toEqual({ share: 0.25, rows: 10 });
    // 20 → 15 loses exactly a quarter; 20 → 16 loses a fifth and 4 rows.
    expect(rules(fewerRowsWarnings(v3(0, 20, 0), counts(0, 15, 0)))).toEqual([
      'fewer activity {"version":3,"before":20,"after":15,"lost":5}',
    ]);
    expect(fewerRowsWarnings(v3(0, 20, 0), counts(0, 16, 0))).toEqual([]);
    // 1,029 → 1,019 loses exactly 10 rows; 1,020 loses 9.
    expect(rules(fewerRowsWarnings(v3(0, 1029, 0), counts(0, 1019, 0)))).toEqual([
      'fewer activity {"version":3,"before":1029,"after":1019,"lost":10}',
    ]);
    expect(fewerRowsWarnings(v3(0, 1029, 0), counts(0, 1020, 0))).toEqual([]);
  });

  it('more rows, the same rows, or a first submission with rows: nothing to say', () => {
    expect(fewerRowsWarnings(v3(8, 20, 2), counts(9, 20, 2))).toEqual([]);
    expect(fewerRowsWarnings(v3(8, 20, 2), counts(8, 20, 2))).toEqual([]);
    expect(fewerRowsWarnings(null, counts(1, 0, 0))).toEqual([]);
  });

  it('no data rows at all: one warning, with the total it would erase, even for a first submission', () => {
    expect(rules(fewerRowsWarnings(v3(8, 1000, 21), counts(0, 0, 0)))).toEqual([
      'no-rows null {"version":3,"before":1029}',
    ]);
    expect(rules(fewerRowsWarnings(null, counts(0, 0, 0)))).toEqual(['no-rows null {"version":0,"before":0}']);
  });

  it('the engine words them as warnings when it is told the version replaced, and only then', () => {
    const input = workbookOf({ activity: sheetOf('activity', [{}, { 活动主题: '第二期廉政党课' }]) });
    expect(validateWorkbook(input, context).issues).toEqual([]);
    const result = validateWorkbook(input, { ...context, replaces: v3(8, 2, 0) });
    expect(result.warningCount).toBe(1);
    expect(result.errorCount).toBe(0);
    expect(result.issues.map((i) => placedMessage(i))).toEqual([
      '一案一整改台账：本次没有数据，而第 3 版有 8 条记录；报送后汇总中将没有本单位的这些记录，请核实',
    ]);
    const header = validateWorkbook(workbookOf({ activity: sheetOf('activity', []) }), {
      ...context,
      replaces: v3(8, 1000, 21),
      wording: locales.en,
    });
    expect(header.issues.map((i) => i.message)).toEqual([
      'This submission has no data rows at all, while version 3 had 1029; once sent, every figure of your unit in the summary becomes 0. Please check you chose the right file.',
    ]);
  });
});
