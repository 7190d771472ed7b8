import { beforeAll, describe, expect, it } from 'vitest';
import { receipt } from '#shared/api/schemas.ts';
import { ledgerKeys } from '#shared/index.ts';
import { bodyOf, call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

type Version = { version: number; rows: Record<string, { row: number; data: Record<string, unknown> }[]> };

describe('GET /api/submissions/{id}, streamed a page at a time', () => {
  // Generous: 2,500 rows stored and read back in workerd on two shared cores.
  it('gives every row of every ledger, in sheet order, across page boundaries', { timeout: 60_000 }, async () => {
    const sent = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      json: submissionJson(activityRows(2500)),
    });
    const stored = bodyOf(sent, receipt);
    const reply = await call('GET', `/api/submissions/${stored.submissionId}`, { token: who.supervisorQYQ.token });
    expect(reply.status).toBe(200);
    const body = reply.body as Version & Record<string, unknown>;
    // The receipt as POST answered it, then the rows.
    expect(body).toMatchObject({ submissionId: stored.submissionId, version: stored.version, counts: stored.counts });
    expect(Object.keys(body.rows)).toEqual([...ledgerKeys]);
    const activity = body.rows.activity ?? [];
    expect(activity.map((r) => r.row)).toEqual(Array.from({ length: 2500 }, (_, i) => i + 3));
    // The same rows, data included, as the paged endpoint gives them.
    const paged: unknown[] = [];
    for (let cursor: string | null = null; ; ) {
      const page = (
        await call(
          'GET',
          `/api/submissions/${stored.submissionId}/rows?ledger=activity&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
          {
            token: who.supervisorQYQ.token,
          },
        )
      ).body as { rows: unknown[]; next: string | null };
      paged.push(...page.rows);
      cursor = page.next;
      if (cursor === null) break;
    }
    expect(activity).toEqual(paged);
    for (const ledger of ledgerKeys) if (ledger !== 'activity') expect(body.rows[ledger]).toEqual([]);
  });
});
