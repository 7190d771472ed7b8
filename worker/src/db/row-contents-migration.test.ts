import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { overview, submissionDiff } from '#shared/api/schemas.ts';
import { bodyOf, call, submitAs } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { applyMigration, migration, rowsStoredTheOldWay, storedRows } from '../../test/stored-rows.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

/** ledger_rows as migration 0006 left it: every version's rows stored whole. */
const before0007 = (): string => {
  const created = migration('0006_').find((q) => q.startsWith('CREATE TABLE ledger_rows_0006'));
  if (!created) throw new Error('0006 creates no ledger_rows_0006');
  return created.replace('ledger_rows_0006', 'ledger_rows');
};

const count = async (sql: string): Promise<number> => (await env.DB.prepare(sql).first<{ n: number }>())?.n ?? 0;

const diffOf = async (id: string) =>
  bodyOf(await call('GET', `/api/submissions/${id}/diff`, { token: who.supervisorQYQ.token }), submissionDiff);

describe('migration 0007 (each row content stored once)', () => {
  it('moves the rows of versions stored whole into shared contents, every version reading as before', async () => {
    // Two versions of 本寨村 (3 rows, then the same 3 and a 4th) and one of 旧州村, stored whole.
    const first = await submitAs(who.clerkBZC.token, submissionJson(activityRows(3)));
    const second = await submitAs(who.clerkBZC.token, submissionJson(activityRows(4)));
    await submitAs(who.clerkJZC.token, submissionJson(activityRows(2, 10)));
    const before = await storedRows();
    await rowsStoredTheOldWay(before0007(), before);
    const detailBefore = (await call('GET', `/api/submissions/${first}`, { token: who.supervisorQYQ.token })).body;

    await applyMigration('0007_');

    expect(await storedRows()).toEqual(before);
    expect(before).toHaveLength(9);
    // The first three rows of 本寨村 are one content each for both versions; the hash is the Worker's to give.
    expect(await count('SELECT COUNT(*) AS n FROM row_contents')).toBe(6);
    expect(await count('SELECT COUNT(*) AS n FROM row_contents WHERE hash IS NOT NULL')).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'row_contents_move'")).toBe(0);
    expect((await call('GET', `/api/submissions/${first}`, { token: who.supervisorQYQ.token })).body).toEqual(
      detailBefore,
    );
    expect((await diffOf(second)).ledgers.activity?.added.map((r) => r.seq)).toEqual([4]);
    const figures = bodyOf(await call('GET', '/api/overview?year=2026', { token: who.supervisorQX.token }), overview);
    expect(figures.categories.reduce((sum, c) => sum + c.rows, 0)).toBe(6);

    // Versions after the migration store the same rows once, linked from every later version.
    const third = await submitAs(who.clerkBZC.token, submissionJson(activityRows(4)));
    expect(await count('SELECT COUNT(*) AS n FROM row_contents')).toBe(10);
    const fourth = await submitAs(who.clerkBZC.token, submissionJson(activityRows(4)));
    expect(await count('SELECT COUNT(*) AS n FROM row_contents')).toBe(10);
    expect(await count('SELECT COUNT(*) AS n FROM version_rows')).toBe(17);
    expect((await diffOf(third)).ledgers.activity).toEqual({
      matchedBy: 'seq',
      added: [],
      removed: [],
      changed: [],
      moved: [],
    });
    expect((await diffOf(fourth)).ledgers.activity).toEqual({
      matchedBy: 'seq',
      added: [],
      removed: [],
      changed: [],
      moved: [],
    });
  });

  it('refuses a link to a content that does not exist', async () => {
    const id = await submitAs(who.clerkJZC.token, submissionJson(activityRows(2, 10)));
    const orphan = env.DB.prepare(
      "INSERT INTO version_rows (submission_id, ledger, row_number, content_id) VALUES (?1, 'activity', 99, 999999)",
    ).bind(id);
    await expect(orphan.run()).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });
});
