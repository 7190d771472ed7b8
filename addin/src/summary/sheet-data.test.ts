import { describe, expect, it } from 'vitest';
import { summarySheet } from './sheet-data.ts';

describe('summarySheet', () => {
  it('gives ledger date columns a date format below their header', () => {
    const sheet = summarySheet({
      name: '廉政教育活动台账',
      address: 'B3',
      values: [['标题'], ['填报单位', '活动日期', '参加人次'], ['本寨村', 46082, 45]],
    });
    expect(sheet.formats).toEqual({ headerRow: 4, columns: [{ letter: 'C', code: 'yyyy-mm-dd' }] });
  });

  it('leaves sheets without date headers as they are', () => {
    expect(
      summarySheet({ name: '报告数据', address: 'A1', values: [['全区共开展活动 3 场']] }).formats,
    ).toBeUndefined();
  });
});
