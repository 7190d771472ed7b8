import { env } from 'cloudflare:workers';

/** A migration's statements, by its number (`0006_`). */
export function migration(prefix: string): string[] {
  const found = env.TEST_MIGRATIONS.find((m) => m.name.startsWith(prefix));
  if (!found) throw new Error(`no migration ${prefix}`);
  return found.queries;
}

export async function applyMigration(prefix: string): Promise<void> {
  await env.DB.batch(migration(prefix).map((q) => env.DB.prepare(q)));
}

export interface OldRow {
  submission_id: string;
  ledger: string;
  row_number: number;
  row_date: string | null;
  data: string;
}

/** Every stored row as the readers see it (`ledger_rows`), in key order. */
export async function storedRows(): Promise<OldRow[]> {
  const { results } = await env.DB.prepare(
    'SELECT submission_id, ledger, row_number, row_date, data FROM ledger_rows ORDER BY submission_id, ledger, row_number',
  ).all<OldRow>();
  return results;
}

/**
 * Back to a schema in which `ledger_rows` is a table holding each version's rows whole, as
 * `createTable` makes it (0001's or 0006's): 0007's tables and view are dropped and `rows`
 * (stored through the API before) are put into the old table, as the old code stored them.
 */
export async function rowsStoredTheOldWay(createTable: string, rows: readonly OldRow[]): Promise<void> {
  const insert = env.DB.prepare(
    'INSERT INTO ledger_rows (submission_id, ledger, row_number, row_date, data) VALUES (?1, ?2, ?3, ?4, ?5)',
  );
  await env.DB.batch([
    env.DB.prepare('DROP VIEW ledger_rows'),
    env.DB.prepare('DROP TABLE version_rows'),
    env.DB.prepare('DROP TABLE row_contents'),
    env.DB.prepare(createTable),
    ...rows.map((r) => insert.bind(r.submission_id, r.ledger, r.row_number, r.row_date, r.data)),
  ]);
}
