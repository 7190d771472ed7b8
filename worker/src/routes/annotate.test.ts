import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { summariseIssues, validateWorkbook } from '#shared/index.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { openWorkbook } from '#shared/xlsx/read-xlsx.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, fixtureBytes, submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

async function stored(): Promise<{ submissions: number; raw: number }> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions').first<{ n: number }>();
  return { submissions: row?.n ?? -1, raw: (await env.RAW.list()).objects.length };
}

/** The answer's bytes as sent: `call` reads bodies as text, which would mangle a workbook. */
async function annotate(token: string, body: Uint8Array, query = '?year=2026'): Promise<Response> {
  return exports.default.fetch(
    new Request(`https://ledger.test/api/annotate${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': XLSX_TYPE },
      body,
    }),
  );
}

describe('POST /api/annotate', () => {
  it('answers the workbook marked up, named for download, and stores nothing', async () => {
    const before = await stored();
    const response = await annotate(who.clerkBZC.token, fixtureBytes('planted-problems.xlsx'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(XLSX_TYPE);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="qingfeng-annotated-2026.xlsx"; filename*=UTF-8''${encodeURIComponent('2026年台账-批注版.xlsx')}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect((await openWorkbook(bytes, {})).sheetNames).toEqual([
      '校验问题',
      '一案一整改台账',
      '廉政教育活动台账',
      '监督检查台账',
    ]);
    // The ledgers in it are the upload's: read back, they break the same rules /api/validate reports.
    const read = await readUpload(bytes);
    if (read.kind !== 'read') throw new Error(read.issue.message);
    const again = summariseIssues(validateWorkbook(read.input, { year: 2026, today: '2026-11-24' }).issues);
    const validated = await call('POST', '/api/validate?year=2026', {
      token: who.clerkBZC.token,
      body: fixtureBytes('planted-problems.xlsx'),
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(validated.body).toMatchObject({ errorCount: again.errorCount, warningCount: again.warningCount });
    expect(await stored()).toEqual(before);
  });

  it('serves every signed-in role', async () => {
    for (const token of [who.clerkBZC.token, who.supervisorQYQ.token, 'test-admin-token']) {
      expect((await annotate(token, fixtureBytes('sample-messy-valid.xlsx'))).status).toBe(200);
    }
  });

  it('refuses anyone not signed in', async () => {
    const reply = await call('POST', '/api/annotate', {
      token: null,
      body: fixtureBytes('planted-problems.xlsx'),
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect({ status: reply.status, code: errorOf(reply).code }).toEqual({ status: 401, code: 'unauthorized' });
  });

  it('answers JSON, other types, files that are no workbook and oversized bodies with a 4xx in Chinese', async () => {
    const cases = [
      { body: JSON.stringify(submissionJson(activityRows(1))), type: 'application/json', status: 415 },
      { body: 'a,b', type: 'text/csv', status: 415 },
      { body: fixtureBytes('not-an-xlsx.xlsx'), type: XLSX_TYPE, status: 422 },
      { body: new Uint8Array(21 * 1024 * 1024), type: XLSX_TYPE, status: 413 },
    ];
    for (const { body, type, status } of cases) {
      const reply = await call('POST', '/api/annotate?year=2026', {
        token: who.clerkBZC.token,
        body,
        headers: { 'Content-Type': type },
      });
      expect(reply.status, type).toBe(status);
      expect(errorOf(reply).message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('refuses a year out of range as /api/validate does', async () => {
    const reply = await annotate(who.clerkBZC.token, fixtureBytes('planted-problems.xlsx'), '?year=abc');
    expect(reply.status).toBe(400);
  });
});
