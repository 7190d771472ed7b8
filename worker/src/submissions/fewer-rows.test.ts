import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { history, receipt, validation } from '#shared/api/schemas.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

/**
 * A careless resubmission (a header-only workbook, a ledger left out) would replace the unit's
 * rows in every export: the Worker says so with the numbers and stores it only when confirmed.
 */
let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const cases = (n: number) => Array.from({ length: n }, () => ({}));
const post = (token: string, json: unknown, query = '', headers: Record<string, string> = {}) =>
  call('POST', `/api/submissions${query}`, { token, json, headers });
const versions = async (unit: string): Promise<number> =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions WHERE unit_code = ?1').bind(unit).first<{ n: number }>())
    ?.n ?? -1;

describe('rows a resubmission would erase', () => {
  it('a header-only workbook after a full one: 422 with the numbers, nothing stored, then accepted when confirmed against that version', async () => {
    expect((await post(who.clerkBZC.token, submissionJson(activityRows(12), { caseRows: cases(8) }))).status).toBe(201);
    const headerOnly = submissionJson([]);
    const refused = await post(who.clerkBZC.token, headerOnly);
    expect(refused.status).toBe(422);
    const error = errorOf(refused);
    expect(error.code).toBe('confirmation-required');
    expect(error.issues?.map((i) => [i.severity, i.code, i.rule, i.message])).toEqual([
      [
        'warning',
        'fewer-rows',
        'no-rows',
        '本次报送没有任何数据行，而第 1 版共有 20 条记录；报送后汇总中本单位的数字将全部变为 0，请核实是否选错了文件',
      ],
    ]);
    expect(await versions('BZC')).toBe(1);
    // A confirmation for another version is not this one's.
    expect(errorOf(await post(who.clerkBZC.token, headerOnly, '?fewerRowsThan=0')).code).toBe('confirmation-required');
    const accepted = await post(
      who.clerkBZC.token,
      {
        ...headerOnly,
        explanations: [{ sheet: null, row: null, column: null, code: 'fewer-rows', note: '本月重新整理台账' }],
      },
      '?fewerRowsThan=1',
    );
    expect(accepted.status).toBe(201);
    expect(bodyOf(accepted, receipt).warnings.map((w) => [w.rule, w.note])).toEqual([['no-rows', '本月重新整理台账']]);
  });

  it('a ledger left out, and far fewer rows, named per ledger; the history marks the version', async () => {
    expect((await post(who.clerkJZC.token, submissionJson(activityRows(20), { caseRows: cases(8) }))).status).toBe(201);
    const shrunk = submissionJson(activityRows(15));
    const error = errorOf(await post(who.clerkJZC.token, shrunk));
    expect(error.issues?.map((i) => [i.sheet, i.message])).toEqual([
      ['一案一整改台账', '本次没有数据，而第 1 版有 8 条记录；报送后汇总中将没有本单位的这些记录，请核实'],
      ['廉政教育活动台账', '比第 1 版少了 5 条记录（第 1 版 20 条，本次 15 条），请核实是否漏填或选错了文件'],
    ]);
    // /api/validate says the same to the clerk before anything is sent.
    const checked = bodyOf(
      await call('POST', '/api/validate', { token: who.clerkJZC.token, json: shrunk }),
      validation,
    );
    expect(checked.issues.map((i) => i.rule)).toEqual(['emptied', 'fewer']);
    expect((await post(who.clerkJZC.token, shrunk, '?fewerRowsThan=1')).status).toBe(201);
    // Growing again needs no confirmation.
    expect((await post(who.clerkJZC.token, submissionJson(activityRows(16)))).status).toBe(201);
    const list = bodyOf(
      await call('GET', '/api/submissions?unit=JZC', { token: who.supervisorJZ.token }),
      history,
    ).submissions;
    expect(list.map((s) => [s.version, s.fewerRows.map((w) => w.rule)])).toEqual([
      [3, []],
      [2, ['emptied', 'fewer']],
      [1, []],
    ]);
  });

  it('compares with the newest version not returned, which is what the exports count', async () => {
    expect((await post(who.clerkQYQ.token, submissionJson(activityRows(20)))).status).toBe(201);
    const second = bodyOf(await post(who.clerkQYQ.token, submissionJson(activityRows(1)), '?fewerRowsThan=1'), receipt);
    expect(second.version).toBe(2);
    expect(
      (
        await call('POST', `/api/submissions/${second.submissionId}/return`, {
          token: who.supervisorQX.token,
          json: { reason: '数据不全' },
        })
      ).status,
    ).toBe(200);
    // Version 2 was returned: version 3 is weighed against version 1, and must name it.
    const error = errorOf(await post(who.clerkQYQ.token, submissionJson(activityRows(2))));
    expect(error.issues?.map((i) => [i.sheet, i.message])).toEqual([
      ['廉政教育活动台账', '比第 1 版少了 18 条记录（第 1 版 20 条，本次 2 条），请核实是否漏填或选错了文件'],
    ]);
  });

  it('a retry of a confirmed shrink replays its receipt instead of asking again', async () => {
    const clerk = who.clerkBZC.token;
    const json = submissionJson(activityRows(1, 50));
    const headers = { 'Idempotency-Key': 'bzc-shrink-retry' };
    const before = await versions('BZC');
    // Version 2 (header only) is what this would replace: one row more, nothing to confirm.
    const first = await post(clerk, json, '', headers);
    expect(first.status).toBe(201);
    const again = await post(clerk, json, '', headers);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(bodyOf(again, receipt).submissionId).toBe(bodyOf(first, receipt).submissionId);
    expect(await versions('BZC')).toBe(before + 1);
  });
});
