import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { receipt, submissionWarnings } from '#shared/api/schemas.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, fixtureBytes, submissionJson } from '../../test/workbooks.ts';
import { sha256Hex } from '../auth/token.ts';
import { insertSubmission, storedCounts } from '../db/submissions.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { TEST_NOW } from '../../../tests/support/test-clock.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const submit = (token: string, json: unknown, headers: Record<string, string> = {}) =>
  call('POST', '/api/submissions', { token, json, headers });
const countSubmissions = async (): Promise<number> =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions').first<{ n: number }>())?.n ?? -1;

describe('POST /api/submissions', () => {
  it('accepts a valid workbook and answers with a receipt carrying the body hash', async () => {
    const json = submissionJson(activityRows(3));
    const reply = await submit(who.clerkBZC.token, json);
    expect(reply.status).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r).toMatchObject({
      unitCode: 'BZC',
      year: 2026,
      version: 1,
      counts: { activity: 3, rectification: 0, inspection: 0 },
      warnings: [],
    });
    expect(r.sha256).toBe(await sha256Hex(JSON.stringify(json)));
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM ledger_rows WHERE submission_id = ?1')
      .bind(r.submissionId)
      .first<{ n: number }>();
    expect(rows?.n).toBe(3);
    expect(await env.RAW.head(`raw/${r.sha256}`)).not.toBeNull();
  });

  it('refuses a workbook with errors with 422 and the issues, storing nothing', async () => {
    const before = await countSubmissions();
    // Three rows, as many as version 1 has: the only issue is the planted one.
    const reply = await submit(who.clerkBZC.token, submissionJson([{ 活动日期: '2026/2/30' }, ...activityRows(2, 10)]));
    expect(reply.status).toBe(422);
    const error = errorOf(reply);
    expect(error.code).toBe('validation-failed');
    expect(error.issues?.map((i) => `${i.sheet}!${i.column}${i.row} ${i.code}`)).toEqual([
      '廉政教育活动台账!B3 type-error',
    ]);
    expect(error.issues?.[0]?.message).toContain('不是有效日期');
    expect(await countSubmissions()).toBe(before);
  });

  it('keeps warnings with the clerk’s explanations', async () => {
    const json = {
      ...submissionJson([{ 参加人次: 0 }]),
      explanations: [
        { sheet: '廉政教育活动台账', row: 3, column: 'G', code: 'suspicious-value', note: '线上学习，未统计人数' },
      ],
    };
    const r = bodyOf(await submit(who.clerkJZC.token, json), receipt);
    expect(r.warnings.map((w) => [w.code, w.note])).toEqual([['suspicious-value', '线上学习，未统计人数']]);
    // Supervisors above the unit read them back without the rows; another township's cannot.
    const seen = bodyOf(
      await call('GET', `/api/submissions/${r.submissionId}/warnings`, { token: who.supervisorJZ.token }),
      submissionWarnings,
    );
    expect(seen.warnings.map((w) => [w.sheet, w.column, w.row, w.note])).toEqual([
      ['廉政教育活动台账', 'G', 3, '线上学习，未统计人数'],
    ]);
    expect(
      (await call('GET', `/api/submissions/${r.submissionId}/warnings`, { token: who.supervisorQYQ.token })).status,
    ).toBe(404);
  });

  it('returns the same receipt for the same Idempotency-Key and body, and never a second version', async () => {
    const json = submissionJson(activityRows(2, 100));
    const headers = { 'Idempotency-Key': 'qyq-2026-10' };
    const first = await submit(who.clerkQYQ.token, json, headers);
    const again = await submit(who.clerkQYQ.token, json, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(bodyOf(again, receipt)).toEqual(bodyOf(first, receipt));
    const versions = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE unit_code = 'QYQ'").first<{
      n: number;
    }>();
    expect(versions?.n).toBe(1);
    const other = await submit(who.clerkQYQ.token, submissionJson(activityRows(1, 200)), headers);
    expect(other.status).toBe(409);
  });

  it('gives concurrent submissions of one unit consecutive versions, none lost or duplicated', async () => {
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) => submit(who.clerkJZC.token, submissionJson(activityRows(5, i * 10)))),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
    const versions = replies.map((r) => bodyOf(r, receipt).version).sort((a, b) => a - b);
    const first = versions[0] ?? 0;
    expect(versions).toEqual([0, 1, 2, 3, 4, 5].map((i) => first + i));
  });

  it('leaves no part of the version when the database fails mid-write', async () => {
    const before = await countSubmissions();
    const rowsBefore = await env.DB.prepare('SELECT COUNT(*) AS n FROM ledger_rows').first<{ n: number }>();
    const contentsBefore = await env.DB.prepare('SELECT COUNT(*) AS n FROM row_contents').first<{ n: number }>();
    const good = Array.from(
      { length: 3000 },
      (_, i) => ['activity', i + 3, '2026-03-05', { seq: i + 1, topic: 'x'.repeat(200) }] as const,
    );
    // The last chunk repeats a row of the first (its primary key) after earlier chunks were inserted.
    const broken = [...good, ['activity', 3, null, {}] as const];
    const head = {
      id: 'sub_broken',
      unitCode: 'BZC',
      year: 2026,
      templateVersion: '2026.1',
      receivedAt: TEST_NOW,
      sha256: '0'.repeat(64),
      source: 'json',
      credentialId: who.clerkBZC.id,
      idempotencyKey: null,
      counts: { ...storedCounts('{}'), activity: 3001 },
      warnings: [],
    } as const;
    await expect(insertSubmission(env.DB, head, broken)).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await countSubmissions()).toBe(before);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM ledger_rows').first<{ n: number }>())?.n).toBe(
      rowsBefore?.n,
    );
    // The contents went ahead of the version (storeContents), the broken row's own among them: they
    // belong to no version, and the same rows sent again use them rather than a second copy.
    const contents = async () =>
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM row_contents').first<{ n: number }>())?.n;
    const orphans = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM row_contents c WHERE NOT EXISTS (SELECT 1 FROM version_rows v WHERE v.content_id = c.id)',
    ).first<{ n: number }>();
    expect(orphans?.n).toBe(3001);
    const left = await contents();
    expect(left).toBe((contentsBefore?.n ?? 0) + 3001);
    // Tried again, it fails again, and adds no second copy of any content.
    await expect(insertSubmission(env.DB, { ...head, id: 'sub_again' }, broken)).rejects.toThrow(
      /UNIQUE constraint failed/,
    );
    expect(await contents()).toBe(left);
  });

  it('stores rows of the registry’s ledgers only (ledger_rows no longer checks the key itself)', async () => {
    const before = await countSubmissions();
    const stray = ['bogus' as 'activity', 3, null, {}] as const;
    await expect(
      insertSubmission(
        env.DB,
        {
          id: 'sub_stray',
          unitCode: 'BZC',
          year: 2026,
          templateVersion: null,
          receivedAt: TEST_NOW,
          sha256: '0'.repeat(64),
          source: 'json',
          credentialId: who.clerkBZC.id,
          idempotencyKey: null,
          counts: storedCounts('{}'),
          warnings: [],
        },
        [stray],
      ),
    ).rejects.toThrow(/unknown ledger bogus/);
    expect(await countSubmissions()).toBe(before);
  });

  it('accepts the raw workbook written by LibreOffice and keeps its hash', async () => {
    const bytes = fixtureBytes('libreoffice-messy-valid.xlsx');
    const reply = await call('POST', '/api/submissions?year=2026', {
      token: who.clerkBZC.token,
      body: bytes,
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(reply.status).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.sha256).toBe(await sha256Hex(bytes));
    expect(r.counts).toEqual({ rectification: 8, activity: 13, inspection: 8, caseLibrary: 0 });
  });

  it('answers a workbook with planted problems with 422 and the problems at their cells', async () => {
    const reply = await call('POST', '/api/submissions?year=2026', {
      token: who.clerkBZC.token,
      body: fixtureBytes('planted-problems.xlsx'),
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(reply.status).toBe(422);
    expect(errorOf(reply).issues?.filter((i) => i.severity === 'error')).toHaveLength(21);
  });

  it.each([
    {
      what: 'a file that is not a workbook',
      body: () => fixtureBytes('not-an-xlsx.xlsx'),
      type: XLSX_TYPE,
      status: 422,
      code: 'validation-failed',
    },
    {
      what: 'malformed JSON',
      body: () => new TextEncoder().encode('{"year": 2026,'),
      type: 'application/json',
      status: 400,
      code: 'bad-request',
    },
    {
      what: 'JSON of the wrong shape',
      body: () => new TextEncoder().encode('{"year": "2026"}'),
      type: 'application/json',
      status: 400,
      code: 'bad-request',
    },
    {
      what: 'another content type',
      body: () => new TextEncoder().encode('a,b'),
      type: 'text/csv',
      status: 415,
      code: 'unsupported-media-type',
    },
  ])('answers $what with $status and a Chinese JSON error', async ({ body, type, status, code }) => {
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      body: body(),
      headers: { 'Content-Type': type },
    });
    expect(reply.status).toBe(status);
    expect(errorOf(reply).code).toBe(code);
    expect(errorOf(reply).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers a body over the limit with 413', async () => {
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      body: new Uint8Array(21 * 1024 * 1024),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reply.status).toBe(413);
    expect(errorOf(reply).code).toBe('payload-too-large');
  });

  it('lets only clerks submit', async () => {
    const reply = await submit(who.supervisorQYQ.token, submissionJson(activityRows(1)));
    expect(reply.status).toBe(403);
  });
});

describe('history, diff and return', () => {
  it('diffs a version against the previous one by 序号', async () => {
    const clerk = who.clerkBZC.token;
    const v1 = bodyOf(
      await submit(
        clerk,
        submissionJson(
          [
            { 活动主题: 'A', 活动日期: '2025-05-01' },
            { 活动主题: 'B', 活动日期: '2025-05-01' },
            { 活动主题: 'C', 活动日期: '2025-05-01' },
          ],
          { year: 2025 },
        ),
      ),
      receipt,
    );
    const v2 = bodyOf(
      await submit(
        clerk,
        submissionJson(
          [
            { 活动主题: 'A', 活动日期: '2025-05-01' },
            { 活动主题: 'B2', 活动日期: '2025-05-01', 参加人次: 60 },
            { 序号: 4, 活动主题: 'D', 活动日期: '2025-05-01' },
          ],
          { year: 2025 },
        ),
      ),
      receipt,
    );
    expect(v2.version).toBe(v1.version + 1);
    const diff = await call('GET', `/api/submissions/${v2.submissionId}/diff`, { token: clerk });
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({
      previous: { submissionId: v1.submissionId },
      ledgers: {
        activity: {
          added: [{ seq: 4, data: { topic: 'D' } }],
          removed: [{ seq: 3, data: { topic: 'C' } }],
          changed: [{ seq: 2, fields: ['topic', 'participants'] }],
        },
      },
    });
  });

  // Who may return which version: submissions-return.test.ts.
  it('shows the clerk the reason and the cells of a return', async () => {
    const r = bodyOf(
      await submit(who.clerkBZC.token, submissionJson(activityRows(2, 0, 2024), { year: 2024 })),
      receipt,
    );
    const cells = [{ sheet: '廉政教育活动台账', cell: 'G3', note: '人数与签到表不符' }];
    const returned = await call('POST', `/api/submissions/${r.submissionId}/return`, {
      token: who.supervisorQYQ.token,
      json: { reason: '参加人次与签到表不符，请核实', cells },
    });
    expect(returned.status).toBe(200);
    const seen = await call('GET', `/api/submissions/${r.submissionId}`, { token: who.clerkBZC.token });
    expect(seen.body).toMatchObject({ returned: { reason: '参加人次与签到表不符，请核实', cells } });
  });

  it('shows a clerk only its own unit’s history', async () => {
    const mine = await call('GET', '/api/submissions', { token: who.clerkJZC.token });
    const units = new Set((mine.body as { submissions: { unitCode: string }[] }).submissions.map((s) => s.unitCode));
    expect([...units]).toEqual(['JZC']);
    const theirs = await call('GET', '/api/submissions?unit=BZC', { token: who.clerkJZC.token });
    expect(theirs.status).toBe(404);
  });
});
