import { beforeAll, describe, expect, it } from 'vitest';
import { overview } from '#shared/api/schemas.ts';
import { bodyOf, call, submitAs } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { submissionJson } from '../../test/workbooks.ts';
import type { RowCells } from '../../../tests/support/ledger-builder.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;

// Deadlines far in the past and future, so the alerts do not depend on the day the test runs.
const cases: RowCells[] = [
  { 序号: 1, 案件编号: 'A-LATE', 下发日期: '2026-01-05', 整改状态: '整改中', 完成日期: null, 整改时限: '2026-01-20' },
  {
    序号: 2,
    案件编号: 'A-DONE',
    下发日期: '2026-01-05',
    整改状态: '已完成',
    完成日期: '2026-02-01',
    整改时限: '2026-01-25',
  },
  { 序号: 3, 案件编号: 'A-FINE', 下发日期: '2026-01-05', 整改状态: '整改中', 完成日期: null, 整改时限: '2099-12-31' },
];

beforeAll(async () => {
  who = await seedDistrict();
  await submitAs(
    who.clerkBZC.token,
    submissionJson(
      [
        { 活动类别: '红廉教育', 参加人次: 45, 活动日期: '2026-03-02' },
        { 序号: 2, 活动类别: '理论学习', 参加人次: 30, 活动日期: '2026-03-20' },
      ],
      { caseRows: cases },
    ),
  );
  await submitAs(who.clerkJZC.token, submissionJson([{ 活动类别: '家风教育', 参加人次: 7, 活动日期: '2026-05-09' }]));
  // A returned version never counts: 旧州村's figures stay those of version 1.
  const returned = await submitAs(
    who.clerkJZC.token,
    submissionJson([{ 活动类别: '家风教育', 参加人次: 999, 活动日期: '2026-05-09' }]),
  );
  await call('POST', `/api/submissions/${returned}/return`, {
    token: who.supervisorJZ.token,
    json: { reason: '数据有误' },
  });
});

const get = async (token: string, query = '') =>
  bodyOf(await call('GET', `/api/overview?year=2026${query}`, { token }), overview);

describe('GET /api/overview', () => {
  it('sums activities per category, per township and per month of the district', async () => {
    const o = await get(who.supervisorQX.token);
    expect(o.scope).toEqual({ code: 'QX', name: '清溪区', kind: 'district' });
    const category = (name: string) => o.categories.find((c) => c.category === name);
    expect(category('红廉教育')).toEqual({ category: '红廉教育', rows: 1, participants: 45 });
    expect(category('家风教育')).toEqual({ category: '家风教育', rows: 1, participants: 7 });
    expect(o.groups.find((g) => g.name === '七眼桥镇')).toEqual({ name: '七眼桥镇', rows: 2, participants: 75 });
    expect(o.groups.find((g) => g.name === '旧州镇')).toEqual({ name: '旧州镇', rows: 1, participants: 7 });
    expect(o.months).toHaveLength(12);
    expect(o.months[2]).toEqual({ month: 3, rows: 2, participants: 75 });
    expect(o.months[4]).toEqual({ month: 5, rows: 1, participants: 7 });
    // The charts say which version they count for 旧州村, in the 汇总's words.
    expect(o.awaitingResubmission).toEqual([
      { unitCode: 'JZC', unitName: '旧州村', version: '第1版（第2版已退回，待重报）' },
    ]);
  });

  it('below a township, charts its villages, and the township’s own rows as 本级', async () => {
    for (const o of [await get(who.supervisorQYQ.token), await get(who.supervisorQX.token, '&scope=QYQ')]) {
      expect(o.scope).toEqual({ code: 'QYQ', name: '七眼桥镇', kind: 'township' });
      expect(o.groups).toEqual([
        { name: '七眼桥镇本级', rows: 0, participants: 0 },
        { name: '本寨村', rows: 2, participants: 75 },
      ]);
    }
  });

  it('lists the 预警 cases, most urgent first', async () => {
    const o = await get(who.supervisorQX.token);
    expect(o.alerts.map((a) => [a.alert, a.caseNo, a.unitName, a.group])).toEqual([
      ['逾期未完成', 'A-LATE', '本寨村', '七眼桥镇'],
      ['逾期完成', 'A-DONE', '本寨村', '七眼桥镇'],
    ]);
  });

  it('keeps a township supervisor to their township and honours the date range', async () => {
    const qyq = await get(who.supervisorQYQ.token);
    expect(qyq.groups.map((g) => g.name)).toEqual(['七眼桥镇本级', '本寨村']);
    expect(JSON.stringify(qyq)).not.toMatch(/旧州/);
    expect((await call('GET', '/api/overview?year=2026&scope=JZ', { token: who.supervisorQYQ.token })).status).toBe(
      404,
    );
    const april = await get(who.supervisorQX.token, '&from=2026-04-01&to=2026-12-31');
    expect(april.months[2]?.rows).toBe(0);
    expect(april.groups.find((g) => g.name === '七眼桥镇')?.rows).toBe(0);
    expect(
      (await call('GET', '/api/overview?from=2026-05-01&to=2026-04-01', { token: who.supervisorQX.token })).status,
    ).toBe(400);
  });
});
