import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '#shared/index.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { call, fetchAt, submitAs, TEST_NOW } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { submissionJson } from '../../test/workbooks.ts';
import { type RowCells, sheetOf } from '../../../tests/support/ledger-builder.ts';

/**
 * Rules of docs/decisions.md and the 预警 definitions, at their boundaries, through GET /api/export.
 * Today is TEST_NOW's China date, 2026-11-24.
 */
let who: Awaited<ReturnType<typeof seedDistrict>>;

const open = { 整改状态: '整改中', 完成日期: null } as const;
const cases = [
  { 案件编号: 'C1', 下发日期: '2026-03-01', 整改时限: '2026-11-23', ...open }, // yesterday: 逾期未完成
  { 案件编号: 'C2', 下发日期: '2026-03-02', 整改时限: '2026-11-24', ...open }, // today: 即将到期, not yet overdue
  { 案件编号: 'C3', 下发日期: '2026-09-01', 整改时限: '2026-12-09', ...open }, // the 15th day: 即将到期
  { 案件编号: 'C4', 下发日期: '2026-09-30', 整改时限: '2026-12-10', ...open }, // the 16th day: none
  { 案件编号: 'C5', 下发日期: '2026-03-03', 整改时限: '2026-06-30', 整改状态: '已完成', 完成日期: '2026-06-30' }, // on the day: none
  { 案件编号: 'C6', 下发日期: '2026-03-04', 整改时限: '2026-06-30', 整改状态: '已完成', 完成日期: '2026-07-01' }, // a day late: 逾期完成
];
const activities = [
  { 活动日期: '2026-08-31', 参加人次: 1 },
  { 活动日期: '2026-09-01', 参加人次: 2 },
  { 活动日期: '2026-09-30', 参加人次: 4 },
  { 活动日期: '2026-10-01', 参加人次: 8 },
];
const inspections: RowCells[] = [
  { 检查日期: '2026-04-10', 发现问题数: 5, 已整改问题数: 5, 被检查单位: '001', 检查内容: '2026-3' },
  { 检查日期: '2026-09-15', 发现问题数: 3, 已整改问题数: 1 },
];

beforeAll(async () => {
  who = await seedDistrict();
  const json = submissionJson(activities, { caseRows: cases });
  await submitAs(who.clerkBZC.token, {
    ...json,
    sheets: { ...json.sheets, 监督检查台账: sheetOf('inspection', inspections) },
  });
});

async function sheets(query = '', at = TEST_NOW, year = 2026): Promise<Map<string, CellValue[][]>> {
  const request = new Request(`https://ledger.test/api/export?year=${year}${query}`, {
    headers: { Authorization: `Bearer ${who.supervisorQX.token}` },
  });
  const response = await fetchAt(request, at);
  expect(response.status).toBe(200);
  const book = await readXlsx(new Uint8Array(await response.arrayBuffer()));
  return new Map(book.sheets.map((s) => [s.name, s.values]));
}

function summaryOf(book: Map<string, CellValue[][]>, code: string): (name: string) => CellValue {
  const summary = book.get('汇总') ?? [];
  const header = summary[2] ?? [];
  const row = summary.find((r) => r[0] === code) ?? [];
  return (name) => row[header.indexOf(name)] ?? null;
}

/** [预警, 案件编号] of the 预警 sheet, in its order. */
const alertsOf = (book: Map<string, CellValue[][]>) => (book.get('预警') ?? []).slice(3).map((r) => [r[0], r[5]]);

describe('预警 at its boundaries', () => {
  it('is 逾期未完成 from the day after 整改时限, 即将到期 from today to the 15th day, 逾期完成 only when finished after the day', async () => {
    expect(alertsOf(await sheets())).toEqual([
      ['逾期未完成', 'C1'],
      ['即将到期', 'C2'],
      ['即将到期', 'C3'],
      ['逾期完成', 'C6'],
    ]);
  });

  it('counts in 汇总 as 逾期未完成 only cases whose 整改时限 has passed (not one due today)', async () => {
    const bzc = summaryOf(await sheets(), 'BZC');
    expect(bzc('案件数')).toBe(6);
    expect(bzc('逾期未完成')).toBe(1);
  });
});

describe('a date range selects rows by the ledger’s own date, both ends included', () => {
  const september = '&from=2026-09-01&to=2026-09-30';

  it('for the sums (下发日期, 活动日期, 检查日期)', async () => {
    const bzc = summaryOf(await sheets(september), 'BZC');
    expect(bzc('参加人次')).toBe(6);
    expect(bzc('活动合计（次）')).toBe(2);
    expect(bzc('案件数')).toBe(2);
    expect(bzc('监督检查次数')).toBe(1);
    expect(bzc('发现问题数')).toBe(3);
  });

  it('for the 预警', async () => {
    expect(alertsOf(await sheets(september))).toEqual([['即将到期', 'C3']]);
  });

  it('for the ledger sheets', async () => {
    const book = await sheets(september);
    const column = (sheet: string, header: string) => {
      const [head = [], ...rows] = book.get(sheet) ?? [];
      return rows.map((r) => r[head.indexOf(header)]);
    };
    expect(column('一案一整改台账', '案件编号')).toEqual(['C3', 'C4']);
    expect(column('廉政教育活动台账', '参加人次')).toEqual([2, 4]);
    expect(column('监督检查台账', '发现问题数')).toEqual([3]);
  });
});

describe('报送情况', () => {
  const jyj = async (at: string) =>
    ((await sheets('', at)).get('报送情况') ?? []).find((r) => r[0] === 'JYJ')?.slice(2);

  it('shows 未报送 before its deadline as 未到期, through the deadline day itself (China time)', async () => {
    const past = Array(10).fill('未报送');
    expect(await jyj(TEST_NOW)).toEqual([...past, '未到期', '未到期']);
    // 11月 is due on 5 Dec: 23:59 in China that day is still before it, the next minute is after.
    expect(await jyj('2026-12-05T15:59:00Z')).toEqual([...past, '未到期', '未到期']);
    expect(await jyj('2026-12-05T16:00:00Z')).toEqual([...past, '未报送', '未到期']);
  });
});

describe('the workbook’s units and text', () => {
  it('lists units in the district’s order (depth first, siblings as registered) in 汇总 and 报送情况', async () => {
    const book = await sheets();
    const status = (book.get('报送情况') ?? []).slice(3, 9).map((r) => r[0]);
    expect(status).toEqual(['QX', 'QYQ', 'BZC', 'JZ', 'JZC', 'JYJ']);
    const summary = (book.get('汇总') ?? []).slice(3).map((r) => r[0] ?? r[1]);
    expect(summary).toEqual(['QX', 'QYQ', 'BZC', '七眼桥镇 小计', 'JZ', 'JZC', '旧州镇 小计', 'JYJ', '清溪区 合计']);
  });

  it('writes clerk text that looks like a number or a date as the text typed', async () => {
    const [head = [], ...rows] = (await sheets()).get('监督检查台账') ?? [];
    const row = rows.find((r) => r[head.indexOf('发现问题数')] === 5) ?? [];
    expect([row[head.indexOf('被检查单位')], row[head.indexOf('检查内容')]]).toEqual(['001', '2026-3']);
  });
});

describe('an admin’s deadline override', () => {
  it('moves the month’s due date in 报送情况: the override day itself is still 未到期', async () => {
    // 2025年12月 is due 5 Jan 2026 by default, long past; the admin moves it to today.
    const set = await call('PUT', '/api/admin/deadlines', { json: { year: 2025, month: 12, dueDate: '2026-11-24' } });
    expect(set.status).toBe(200);
    const jyj = async (at: string) =>
      ((await sheets('', at, 2025)).get('报送情况') ?? []).find((r) => r[0] === 'JYJ')?.slice(2);
    const past = Array(11).fill('未报送');
    expect(await jyj(TEST_NOW)).toEqual([...past, '未到期']);
    expect(await jyj('2026-11-24T16:00:00Z')).toEqual([...past, '未报送']);
  });
});
