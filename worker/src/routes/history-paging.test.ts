import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { history, receipt } from '#shared/api/schemas.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';
import { insertSubmission, storedCounts } from '../db/submissions.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const page = async (token: string, query: string) => {
  const reply = await call('GET', `/api/submissions?${query}`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return bodyOf(reply, history);
};

/** Every page, following `next` until it is null. */
async function allPages(token: string, query: string): Promise<{ pages: number[]; versions: string[] }> {
  const pages: number[] = [];
  const versions: string[] = [];
  let cursor: string | null = null;
  do {
    const answer = await page(token, `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    pages.push(answer.submissions.length);
    versions.push(...answer.submissions.map((s) => `${s.unitCode} ${s.year} v${s.version}`));
    cursor = answer.next;
  } while (cursor !== null);
  return { pages, versions };
}

describe('GET /api/submissions pages', () => {
  it('pages real submissions newest first, without overlap, and says when there is no more', async () => {
    const submit = async (year: number) =>
      bodyOf(
        await call('POST', '/api/submissions', {
          token: who.clerkBZC.token,
          json: submissionJson(activityRows(1, 0, year), { year }),
        }),
        receipt,
      );
    for (const year of [2025, 2026, 2026, 2026]) await submit(year);
    const first = await page(who.supervisorQX.token, 'unit=BZC&limit=2');
    expect(first.submissions.map((s) => `${s.year} v${s.version}`)).toEqual(['2026 v3', '2026 v2']);
    expect(first.next).toBe(first.submissions[1]?.submissionId);
    const second = await page(who.supervisorQX.token, `unit=BZC&limit=2&cursor=${first.next}`);
    expect(second.submissions.map((s) => `${s.year} v${s.version}`)).toEqual(['2026 v1', '2025 v1']);
    expect(second.next).toBeNull();
    // A clerk pages its own unit the same way; one entry is its latest version.
    expect((await page(who.clerkBZC.token, 'limit=1')).submissions.map((s) => `${s.year} v${s.version}`)).toEqual([
      '2026 v3',
    ]);
  });

  // Generous: 21 batches of inserts on two shared cores.
  it('walks past 1,000 versions of one unit: every one listed once, newest first', { timeout: 30_000 }, async () => {
    const stored = 1050;
    const versions = Array.from({ length: stored }, (_, i) => i);
    // Through the db layer, 50 at a time: real submissions of this many would take minutes.
    for (let from = 0; from < stored; from += 50) {
      await Promise.all(
        versions.slice(from, from + 50).map((i) =>
          insertSubmission(
            env.DB,
            {
              id: `sub_paging_${i}`,
              unitCode: 'JZC',
              year: 2026,
              templateVersion: null,
              receivedAt: '2026-11-30T00:00:00.000Z',
              sha256: '0'.repeat(64),
              source: 'json',
              credentialId: who.clerkJZC.id,
              idempotencyKey: null,
              counts: storedCounts('{}'),
              warnings: [],
            },
            [],
          ),
        ),
      );
    }
    const { pages, versions: listed } = await allPages(who.supervisorJZ.token, 'year=2026&limit=1000');
    expect(pages).toEqual([1000, 50]);
    expect(listed).toEqual(Array.from({ length: stored }, (_, i) => `JZC 2026 v${stored - i}`));
    // Without a limit a page holds 100, and says more follow.
    const unasked = await page(who.supervisorJZ.token, 'year=2026');
    expect(unasked.submissions).toHaveLength(100);
    expect(unasked.next).not.toBeNull();
  });

  it('refuses a cursor it never gave, or one outside the caller’s scope, and a bad limit, naming the parameter', async () => {
    const bad = await call('GET', '/api/submissions?cursor=sub_nope', { token: who.supervisorQX.token });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toBe('查询参数格式不正确：cursor：“sub_nope”不是上一页给出的 next');
    const foreign = (await page(who.supervisorJZ.token, 'unit=JZC&limit=1')).submissions[0]?.submissionId ?? '';
    const outside = await call('GET', `/api/submissions?cursor=${foreign}`, { token: who.supervisorQYQ.token });
    expect(outside.status).toBe(400);
    expect(errorOf(outside).message).toContain('cursor');
    for (const limit of ['0', '1001', 'x']) {
      const reply = await call('GET', `/api/submissions?limit=${limit}`, { token: who.supervisorQX.token });
      expect(reply.status).toBe(400);
      expect(errorOf(reply).message).toMatch(/^查询参数格式不正确：limit：/);
    }
  });

  it('is described in the OpenAPI document: limit and cursor in, next out', async () => {
    const doc = (await call('GET', '/api/openapi.json', { token: null })).body as {
      paths: Record<
        string,
        {
          get: {
            parameters: { name: string }[];
            responses: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }>;
          };
        }
      >;
    };
    const op = doc.paths['/api/submissions']?.get;
    expect(op?.parameters.map((p) => p.name)).toEqual(['unit', 'year', 'limit', 'cursor']);
    expect(Object.keys(op?.responses['200']?.content['application/json']?.schema.properties ?? {})).toEqual([
      'submissions',
      'next',
    ]);
  });
});
