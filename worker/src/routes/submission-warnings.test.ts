import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { history, receipt, submissionWarnings, validation } from '#shared/api/schemas.ts';
import { ISSUE_LIST_LIMIT } from '#shared/index.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';
import { insertSubmission, storedCounts } from '../db/submissions.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const SHEET = '廉政教育活动台账';
const count = async (table: string): Promise<number> =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())?.n ?? -1;

/** Every page of a submission's warnings, following `next` until it is null. */
async function allWarnings(token: string, id: string, limit?: number) {
  const pages: number[] = [];
  const warnings: { row: number | null; note: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({
      ...(limit === undefined ? {} : { limit: String(limit) }),
      ...(cursor === null ? {} : { cursor }),
    });
    const reply = await call('GET', `/api/submissions/${id}/warnings?${query}`, { token });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const page = bodyOf(reply, submissionWarnings);
    pages.push(page.warnings.length);
    for (const w of page.warnings) warnings.push({ row: w.row, note: w.note });
    cursor = page.next;
  } while (cursor !== null);
  return { pages, warnings };
}

describe('bounded answers', () => {
  // Generous: 20,000 rows validated twice in workerd on two shared cores.
  it('refuses 38,000 errors (19,000 rows, under the cell limit) with a small 422 that counts every kind, and /api/validate answers alike', {
    timeout: 60_000,
  }, async () => {
    const before = await count('submissions');
    const rows = activityRows(19_000).map((r) => ({ ...r, 活动日期: null, 参加人次: null }));
    const json = submissionJson(rows);
    const refused = await call('POST', '/api/submissions', { token: who.clerkBZC.token, json });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body).length).toBeLessThan(1_000_000);
    const error = errorOf(refused);
    expect(error.message).toBe('台账有 38000 个错误，未能报送，请改正后重新报送');
    expect(error.issues).toHaveLength(ISSUE_LIST_LIMIT);
    expect(error.issues?.[0]).toMatchObject({ sheet: SHEET, row: 3, column: 'B', code: 'required' });
    expect(error.counts).toEqual([
      { sheet: SHEET, severity: 'error', code: 'required', rule: null, count: 38_000, listed: ISSUE_LIST_LIMIT },
    ]);
    expect(await count('submissions')).toBe(before);

    const checked = bodyOf(await call('POST', '/api/validate', { token: who.clerkBZC.token, json }), validation);
    expect([checked.ok, checked.errorCount, checked.issues.length]).toEqual([false, 38_000, ISSUE_LIST_LIMIT]);
    expect(checked.counts).toEqual(error.counts);
  });
});

describe('warnings of an accepted submission', () => {
  // Generous: 10,000 rows validated and stored in workerd on two shared cores.
  it('keeps 10,000 warnings with 5,000 核实说明 as rows and reads them back page by page', {
    timeout: 60_000,
  }, async () => {
    const rows = activityRows(10_000).map((r) => ({ ...r, 参加人次: 0 }));
    // Data starts on row 3 (title and header above); every other warning gets a note.
    const explanations = rows.flatMap((_, i) =>
      i % 2 === 0
        ? [
            {
              sheet: SHEET,
              row: i + 3,
              column: 'G',
              code: 'suspicious-value' as const,
              note: `第${i + 3}行为线上学习，人数另行统计`,
            },
          ]
        : [],
    );
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkJZC.token,
      json: { ...submissionJson(rows), explanations },
    });
    expect(reply.status).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.warningCount).toBe(10_000);
    expect(r.warnings).toHaveLength(ISSUE_LIST_LIMIT);
    expect(r.warnings.slice(0, 2).map((w) => [w.row, w.note])).toEqual([
      [3, '第3行为线上学习，人数另行统计'],
      [4, null],
    ]);

    const expected = rows.map((_, i) => ({
      row: i + 3,
      note: i % 2 === 0 ? `第${i + 3}行为线上学习，人数另行统计` : null,
    }));
    const byDefault = await allWarnings(who.supervisorJZ.token, r.submissionId);
    expect(byDefault.pages).toEqual(Array.from({ length: 10 }, () => 1000));
    expect(byDefault.warnings).toEqual(expected);
    const small = await allWarnings(who.supervisorJZ.token, r.submissionId, 700);
    expect(small.pages).toEqual([...Array.from({ length: 14 }, () => 700), 200]);
    expect(small.warnings).toEqual(expected);

    const listed = bodyOf(await call('GET', '/api/submissions?unit=JZC', { token: who.supervisorJZ.token }), history);
    expect(listed.submissions.map((s) => [s.version, s.warningCount, s.fewerRows.length])).toEqual([[1, 10_000, 0]]);
    const one = bodyOf(await call('GET', `/api/submissions/${r.submissionId}`, { token: who.clerkJZC.token }), receipt);
    expect([one.warningCount, one.warnings.length]).toEqual([10_000, ISSUE_LIST_LIMIT]);
  });

  it('refuses a cursor no page gave', async () => {
    const id =
      bodyOf(await call('GET', '/api/submissions?unit=JZC&limit=1', { token: who.supervisorJZ.token }), history)
        .submissions[0]?.submissionId ?? '';
    for (const cursor of ['abc', '-1', '1.5']) {
      const bad = await call('GET', `/api/submissions/${id}/warnings?cursor=${cursor}`, {
        token: who.supervisorJZ.token,
      });
      expect(bad.status).toBe(400);
      expect(errorOf(bad).message).toBe(`查询参数格式不正确：cursor：“${cursor}”不是上一页给出的 next`);
    }
  });

  it('stores nothing of a submission whose warnings fail to store', async () => {
    const before = await Promise.all(['submissions', 'ledger_rows', 'submission_warnings'].map(count));
    const good = {
      severity: 'warning',
      code: 'suspicious-value',
      rule: 'zero',
      ledger: 'activity',
      sheet: SHEET,
      row: 3,
      column: 'G',
      header: '参加人次',
      value: 0,
      params: {},
      message: 'm',
      note: null,
    } as const;
    // The last warning has no code: its row breaks NOT NULL after the submission and its rows were inserted.
    const broken = { ...good, row: 4, code: null } as unknown as typeof good;
    const failed = insertSubmission(
      env.DB,
      {
        id: 'sub_half',
        unitCode: 'BZC',
        year: 2026,
        templateVersion: null,
        receivedAt: '2026-11-24T00:00:00.000Z',
        sha256: '0'.repeat(64),
        source: 'json',
        credentialId: who.clerkBZC.id,
        idempotencyKey: null,
        counts: { ...storedCounts('{}'), activity: 1 },
        warnings: [good, broken],
      },
      [['activity', 3, '2026-03-05', { 序号: 1 }]],
    );
    await expect(failed).rejects.toThrow(/NOT NULL/);
    expect(await Promise.all(['submissions', 'ledger_rows', 'submission_warnings'].map(count))).toEqual(before);
  });
});
