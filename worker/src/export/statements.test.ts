import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { meteredD1 } from '../../../bench/workerd/d1/metered-d1.ts';
import { ADMIN, call, submitAs } from '../../test/api.ts';
import { credential } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';
import { createApp } from '../app.ts';
import { PAGE_ROWS } from '../db/consolidation.ts';

/**
 * Two districts with the same rows in two ledgers, one spread over 5 villages and one over 50:
 * D1 counts every statement of a batch against the 1,000 queries of an invocation, so the
 * export must read a page of rows in one statement however many units share it.
 */
const DISTRICTS = [
  { code: 'FEW', villages: 5 },
  { code: 'MANY', villages: 50 },
] as const;
const ACTIVITY_ROWS = 3000;
const CASE_ROWS = 100;

const caseRows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    序号: i + 1,
    案件编号: `A-${i + 1}`,
    整改状态: '整改中',
    整改时限: '2026-12-31',
    完成日期: null,
  }));

const villages = (d: (typeof DISTRICTS)[number]) => Array.from({ length: d.villages }, (_, i) => `${d.code}-V${i}`);

beforeAll(async () => {
  for (const d of DISTRICTS) {
    const units = [
      { code: d.code, name: `${d.code}区`, kind: 'district', parentCode: null },
      { code: `${d.code}-T`, name: `${d.code}镇`, kind: 'township', parentCode: d.code },
      ...villages(d).map((code, i) => ({
        code,
        name: `${d.code}第${i}村`,
        kind: 'village',
        parentCode: `${d.code}-T`,
      })),
    ];
    const saved = await call('POST', '/api/admin/units', { json: units });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    for (const code of villages(d)) {
      const { token } = await credential(code, 'clerk');
      const json = submissionJson(activityRows(ACTIVITY_ROWS / d.villages), {
        caseRows: caseRows(CASE_ROWS / d.villages),
      });
      await submitAs(token, json);
    }
  }
});

/** The district's export on a D1 that counts every statement it runs, batched or not. */
async function exportOf(code: string): Promise<{ statements: number; sheets: Map<string, unknown[][]> }> {
  const { db, meter } = meteredD1(env.DB);
  const ctx = createExecutionContext();
  const request = new Request(`https://ledger.test/api/export?year=2026&scope=${code}`, {
    headers: { Authorization: `Bearer ${ADMIN}` },
  });
  const response = await createApp().fetch(request, { ...env, DB: db }, ctx);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  await waitOnExecutionContext(ctx);
  const book = await readXlsx(bytes);
  return { statements: meter.queries, sheets: new Map(book.sheets.map((s) => [s.name, s.values])) };
}

describe('statements per export', () => {
  it('do not grow with the number of units sharing the rows', async () => {
    const [few, many] = [await exportOf('FEW'), await exportOf('MANY')];
    expect(many.statements).toBe(few.statements);
    // 3,000 activity rows take two pages, 100 cases one: the scope, the sums and three pages.
    expect(few.statements).toBeLessThan(30);
    expect(ACTIVITY_ROWS).toBeGreaterThan(PAGE_ROWS);
  });

  it('still hold every unit’s rows, in unit order, each unit’s in row order', async () => {
    for (const d of DISTRICTS) {
      const { sheets } = await exportOf(d.code);
      const activity = sheets.get('廉政教育活动台账')?.slice(1) ?? [];
      const cases = sheets.get('一案一整改台账')?.slice(1) ?? [];
      const perUnit = (count: number) =>
        villages(d).flatMap((code) => Array.from({ length: count }, (_, i) => [code, i + 1]));
      expect(activity.map((r) => [r[1], r[5]])).toEqual(perUnit(ACTIVITY_ROWS / d.villages));
      expect(cases.map((r) => [r[1], r[5]])).toEqual(perUnit(CASE_ROWS / d.villages));
    }
  });
});
