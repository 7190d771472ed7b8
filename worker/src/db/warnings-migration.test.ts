import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { history, submissionWarnings } from '#shared/api/schemas.ts';
import { bodyOf, call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const migration = (): string[] => {
  const found = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0003_'));
  if (!found) throw new Error('no migration 0003');
  return found.queries;
};

const warning = (row: number, note: string | null) => ({
  severity: 'warning',
  code: row === 0 ? 'fewer-rows' : 'suspicious-value',
  rule: row === 0 ? 'no-rows' : 'zero',
  ledger: row === 0 ? null : 'activity',
  sheet: row === 0 ? null : '廉政教育活动台账',
  row: row === 0 ? null : row,
  column: row === 0 ? null : 'G',
  header: row === 0 ? null : '参加人次',
  value: row === 0 ? null : 0,
  params: row === 0 ? { version: 0, before: 0 } : {},
  message: `第${row}条`,
  note,
});

describe('migration 0003 (warnings as rows)', () => {
  it('moves the JSON warnings of submissions stored before it into rows, in their order, notes kept', async () => {
    // Back to the schema before 0003, with two submissions stored the old way.
    await env.DB.batch([
      env.DB.prepare('DROP TABLE submission_warnings'),
      env.DB.prepare('ALTER TABLE submissions DROP COLUMN warning_count'),
      env.DB.prepare("ALTER TABLE submissions ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'"),
    ]);
    const old = [warning(0, null), warning(3, '线上学习'), warning(4, null)];
    const insert = env.DB.prepare(
      `INSERT INTO submissions (id, unit_code, year, version, template_version, received_at, sha256, source, credential_id, idempotency_key, counts, warnings)
       VALUES (?1, 'BZC', 2026, ?2, NULL, '2026-10-01T00:00:00.000Z', ?3, 'json', ?4, NULL, '{"rectification":0,"activity":2,"inspection":0}', ?5)`,
    );
    await env.DB.batch([
      insert.bind('sub_old_1', 1, '1'.repeat(64), who.clerkBZC.id, JSON.stringify(old)),
      insert.bind('sub_old_2', 2, '2'.repeat(64), who.clerkBZC.id, '[]'),
    ]);

    await env.DB.batch(migration().map((q) => env.DB.prepare(q)));

    const columns = await env.DB.prepare("SELECT name FROM pragma_table_info('submissions')").all<{ name: string }>();
    expect(columns.results.map((c) => c.name)).not.toContain('warnings');
    const counts = await env.DB.prepare('SELECT id, warning_count FROM submissions ORDER BY id').all<{
      id: string;
      warning_count: number;
    }>();
    expect(counts.results).toEqual([
      { id: 'sub_old_1', warning_count: 3 },
      { id: 'sub_old_2', warning_count: 0 },
    ]);
    const read = bodyOf(
      await call('GET', '/api/submissions/sub_old_1/warnings', { token: who.supervisorQYQ.token }),
      submissionWarnings,
    );
    expect(read).toEqual({ submissionId: 'sub_old_1', version: 1, warningCount: 3, warnings: old, next: null });
    const listed = bodyOf(await call('GET', '/api/submissions?unit=BZC', { token: who.supervisorQYQ.token }), history);
    expect(listed.submissions.map((s) => [s.version, s.warningCount, s.fewerRows])).toEqual([
      [2, 0, []],
      [1, 3, [old[0]]],
    ]);
  });
});
