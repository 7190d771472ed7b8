import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { storedReceipt } from '#shared/api/schemas.ts';
import { ADMIN, bodyOf, call, errorOf, submitAs, TEST_NOW } from '../../test/api.ts';
import { credential, seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

/**
 * POST /api/submissions/:id/return: only a unit below the supervisor's own, and only the
 * newest version of that unit's year, once. 七眼桥镇 (QYQ) has the village 本寨村 (BZC); 旧州镇
 * (JZ) has 旧州村 (JZC); both are under the district 清溪区 (QX).
 */
let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const LATER = '2026-11-25T07:30:00.000Z';

const submit = (token: string, year: number, from = 0): Promise<string> =>
  submitAs(token, submissionJson(activityRows(2, from, year), { year }));
const returnAs = (token: string, id: string, reason: string, at = TEST_NOW) =>
  call('POST', `/api/submissions/${id}/return`, { token, json: { reason }, at });

/** What a return writes, for every submission in D1. */
async function returnColumns(): Promise<Record<string, unknown>[]> {
  return (
    await env.DB.prepare(
      'SELECT id, returned_at, return_reason, return_cells, returned_by FROM submissions ORDER BY id',
    ).all()
  ).results;
}

async function expectRefused(
  token: string,
  id: string,
  refusal: { status: number; code: string; reason: string; message: string },
): Promise<void> {
  const before = await returnColumns();
  const reply = await returnAs(token, id, '请核实');
  expect({ status: reply.status, error: errorOf(reply) }).toEqual({
    status: refusal.status,
    error: { code: refusal.code, reason: refusal.reason, params: {}, message: refusal.message },
  });
  expect(await returnColumns()).toEqual(before);
}

async function expectReturned(token: string, id: string, by: string): Promise<void> {
  const reply = await returnAs(token, id, '活动日期与签到表不符', LATER);
  expect(reply.status).toBe(200);
  const returned = { at: LATER, reason: '活动日期与签到表不符', cells: [], by };
  expect(bodyOf(reply, storedReceipt)).toMatchObject({ submissionId: id, returned });
  const row = await env.DB.prepare(
    'SELECT returned_at, return_reason, return_cells, returned_by FROM submissions WHERE id = ?1',
  )
    .bind(id)
    .first();
  expect(row).toEqual({
    returned_at: LATER,
    return_reason: '活动日期与签到表不符',
    return_cells: null,
    returned_by: by,
  });
}

describe('who may return a submission', () => {
  it('a township’s supervisor returns its village’s', async () => {
    await expectReturned(who.supervisorQYQ.token, await submit(who.clerkBZC.token, 2026), who.supervisorQYQ.id);
  });

  it('a township’s supervisor may not return the township’s own: 403, nothing changed', async () => {
    const own = await submit(who.clerkQYQ.token, 2026);
    await expectRefused(who.supervisorQYQ.token, own, {
      status: 403,
      code: 'forbidden',
      reason: 'return-outside-scope',
      message: '只能退回下级单位的报送',
    });
  });

  it('nor another township’s village: 404 as for an id that does not exist, nothing changed', async () => {
    const foreign = await submit(who.clerkJZC.token, 2026);
    const notFound = { status: 404, code: 'not-found', reason: 'submission-not-found', message: '找不到该报送记录' };
    await expectRefused(who.supervisorQYQ.token, foreign, notFound);
    await expectRefused(who.supervisorQYQ.token, 'sub_no_such_id', notFound);
  });

  it('the district’s supervisor and the admin return a township’s', async () => {
    await expectReturned(who.supervisorQX.token, await submit(who.clerkQYQ.token, 2025), who.supervisorQX.id);
    const clerkJZ = await credential('JZ', 'clerk');
    await expectReturned(ADMIN, await submit(clerkJZ.token, 2026), 'admin');
  });
});

describe('which version may be returned', () => {
  it('only the newest, and only once: 409 otherwise, nothing changed', async () => {
    const v1 = await submit(who.clerkBZC.token, 2025);
    const v2 = await submit(who.clerkBZC.token, 2025, 10);
    const newer = {
      status: 409,
      code: 'conflict',
      reason: 'version-superseded',
      message: '该单位已有更新的版本，只能退回最新版本',
    };
    await expectRefused(who.supervisorQYQ.token, v1, newer);
    await expectReturned(who.supervisorQYQ.token, v2, who.supervisorQYQ.id);
    // A second return, by another supervisor above, keeps the first one's reason, time and author.
    await expectRefused(who.supervisorQX.token, v2, {
      status: 409,
      code: 'conflict',
      reason: 'already-returned',
      message: '该报送已被退回',
    });
    await expectRefused(who.supervisorQX.token, v1, newer);
  });
});
