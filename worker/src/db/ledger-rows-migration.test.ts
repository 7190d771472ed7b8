import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { submissionDiff } from '#shared/api/schemas.ts';
import { bodyOf, call, submitAs } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { applyMigration, migration, rowsStoredTheOldWay, storedRows } from '../../test/stored-rows.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

/** ledger_rows as migration 0001 made it, with its CHECK naming the three ledgers of then. */
const before0006 = (): string => {
  const created = migration('0001_').find((q) => q.includes('CREATE TABLE ledger_rows'));
  if (!created) throw new Error('0001 creates no ledger_rows');
  return created;
};

const tableSql = async (): Promise<string> =>
  (await env.DB.prepare("SELECT sql FROM sqlite_master WHERE name = 'ledger_rows'").first<{ sql: string }>())?.sql ??
  '';

describe('migration 0006 (ledger_rows names no ledgers)', () => {
  it('keeps every row and the primary key, and drops the CHECK', async () => {
    // Two versions, their rows then put back into the table as 0001 made it, so the diff reads
    // rows of both after the rebuild (and after 0007, which the readers need).
    await submitAs(who.clerkBZC.token, submissionJson(activityRows(3)));
    const second = await submitAs(who.clerkBZC.token, submissionJson(activityRows(4)));
    const before = await storedRows();
    await rowsStoredTheOldWay(before0006(), before);
    const stray = env.DB.prepare(
      "INSERT INTO ledger_rows (submission_id, ledger, row_number, row_date, data) VALUES (?1, 'caseLibrary', 9, NULL, '{}')",
    ).bind(second);
    await expect(stray.run()).rejects.toThrow(/CHECK constraint failed/);

    await applyMigration('0006_');

    expect(await tableSql()).not.toMatch(/CHECK/);
    const after = await storedRows();
    expect(after).toEqual(before);
    expect(after).toHaveLength(7);
    // The primary key came along: the same row twice is still refused.
    const again = env.DB.prepare(
      "INSERT INTO ledger_rows (submission_id, ledger, row_number, row_date, data) VALUES (?1, 'activity', 3, NULL, '{}')",
    ).bind(second);
    await expect(again.run()).rejects.toThrow(/UNIQUE constraint failed/);
    await stray.run();
    await env.DB.prepare("DELETE FROM ledger_rows WHERE ledger = 'caseLibrary'").run();

    await applyMigration('0007_');
    const diff = bodyOf(
      await call('GET', `/api/submissions/${second}/diff`, { token: who.supervisorQYQ.token }),
      submissionDiff,
    );
    expect(diff.ledgers.activity?.added.map((r) => r.seq)).toEqual([4]);
  });
});
