import { describe, expect, expectTypeOf, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { validateWorkbook } from '../validate/validate-workbook.ts';
import { type ActivityRow, activityRow, rowSchemas } from './schema.ts';

describe('row schemas derived from the definitions', () => {
  it('accept every row the engine produces', () => {
    const input = workbookOf({
      rectification: sheetOf('rectification', [
        {},
        { 整改状态: '整改中', 完成日期: null, 备注: '说明', 建立完善制度数: null },
      ]),
      activity: sheetOf('activity', [
        {},
        { 活动主题: '家风', 覆盖层级: null, 地点或载体: null, 关联案件编号: '七纪案〔2026〕1号' },
      ]),
      inspection: sheetOf('inspection', [{}, { 已整改问题数: null }]),
    });
    const result = validateWorkbook(input, context);
    expect(result.issues).toEqual([]);
    for (const [key, ledger] of Object.entries(result.ledgers)) {
      for (const row of ledger.rows)
        expect(rowSchemas[key as keyof typeof rowSchemas].safeParse(row.data).error, key).toBeUndefined();
    }
  });

  it('reject what the ledger forbids', () => {
    const good: ActivityRow = {
      seq: 1,
      date: '2026-03-05',
      category: '红廉教育',
      topic: 't',
      organizer: 'o',
      venue: null,
      participants: 1,
      levels: ['区级'],
      materials: 0,
      newsReports: 0,
      adoptedReports: 0,
      caseNo: null,
      remarks: null,
    };
    expect(activityRow.safeParse(good).success).toBe(true);
    for (const bad of [
      { participants: -1 },
      { category: '读书会' },
      { date: '2026/3/5' },
      { topic: 'x'.repeat(201) },
      { levels: ['省级'] },
      { extra: 1 },
      { seq: 1.5 },
    ]) {
      expect(activityRow.safeParse({ ...good, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('infer the row types from the same definitions', () => {
    expectTypeOf<ActivityRow['participants']>().toEqualTypeOf<number>();
    expectTypeOf<ActivityRow['materials']>().toEqualTypeOf<number>();
    expectTypeOf<ActivityRow['venue']>().toEqualTypeOf<string | null>();
    expectTypeOf<ActivityRow['levels']>().toEqualTypeOf<('区级' | '乡级' | '村级')[]>();
    expectTypeOf<ActivityRow['category']>().toExtend<string>();
  });
});
