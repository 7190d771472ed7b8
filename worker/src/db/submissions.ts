import type { Receipt } from '#shared/api/schemas.ts';
import { type LedgerKey, ledgerKeys } from '#shared/index.ts';
import type { ReplacedVersion } from '#shared/validate/fewer-rows.ts';
import { contentHash, rowContent } from './row-content.ts';

export interface SubmissionRecord {
  id: string;
  unit_code: string;
  unit_path: string;
  year: number;
  version: number;
  template_version: string | null;
  received_at: string;
  sha256: string;
  source: 'json' | 'xlsx';
  credential_id: string;
  idempotency_key: string | null;
  counts: string;
  warning_count: number;
  returned_at: string | null;
  return_reason: string | null;
  return_cells: string | null;
  returned_by: string | null;
}

export interface NewSubmission {
  id: string;
  unitCode: string;
  year: number;
  templateVersion: string | null;
  receivedAt: string;
  sha256: string;
  source: 'json' | 'xlsx';
  credentialId: string;
  idempotencyKey: string | null;
  counts: Receipt['counts'];
  /** Every warning, in the engine's order. */
  warnings: readonly StoredWarning[];
}

type StoredWarning = Receipt['warnings'][number];

const warningOf = (r: { warning: string; note: string | null }): StoredWarning => ({
  ...(JSON.parse(r.warning) as Omit<StoredWarning, 'note'>),
  note: r.note,
});

/**
 * Rows per ledger as stored with a submission: a version stored before a ledger existed has
 * none of it, which is 0 rows, not a missing figure.
 */
export function storedCounts(json: string): Receipt['counts'] {
  const stored = JSON.parse(json) as Partial<Receipt['counts']>;
  return Object.fromEntries(ledgerKeys.map((key) => [key, stored[key] ?? 0])) as Receipt['counts'];
}

/** One stored row: [ledger, Excel row, the row's date, typed data]. */
export type StoredRow = readonly [LedgerKey, number, string | null, unknown];

/**
 * D1 caps a statement at 100 KB of SQL and a value at 2 MB: rows travel as one JSON
 * parameter per chunk, unpacked by json_each, so a 10k-row workbook is a handful of statements.
 */
const CHUNK_BYTES = 512 * 1024;

function chunkRows(rows: readonly unknown[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (size + json.length > CHUNK_BYTES && current.length > 0) {
      chunks.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`);
  return chunks;
}

/**
 * The rows' contents, stored ahead of their version one chunk per statement; their keys in row
 * order. Contents are content-addressed and only ever added, so a content stored for a version
 * whose own batch then fails belongs to no version, shows nowhere, and is reused by the next row
 * that carries it: only the version itself must be one transaction. Sent inside it, the ledger's
 * JSON was held twice at once (the statements, and D1's serialised batch) besides the typed rows,
 * and a 9.4 MiB upload of typed text at the cell limit needed more than a 64 MB heap
 * (bench/workerd/intake-heap.ts). A chunk's digests run together, so only a chunk's worth of
 * encoded rows waits on them at a time.
 */
async function storeContents(db: D1Database, rows: readonly StoredRow[]): Promise<string[]> {
  // `WHERE true` tells SQLite the ON CONFLICT belongs to the INSERT, not to the SELECT's join.
  const insert = db.prepare(
    `INSERT INTO row_contents (hash, row_date, data)
     SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?1) WHERE true
     ON CONFLICT (hash) DO NOTHING`,
  );
  const hashes: string[] = [];
  let contents: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    const keys = await Promise.all(contents.map(contentHash));
    // [hash, date, data]: the content's own JSON with its key put first (hex needs no escaping).
    await insert.bind(`[${contents.map((content, i) => `["${keys[i]}",${content.slice(1)}`).join(',')}]`).run();
    hashes.push(...keys);
    contents = [];
    size = 0;
  };
  for (const [, , date, data] of rows) {
    const content = rowContent(date, data);
    if (size + content.length > CHUNK_BYTES && contents.length > 0) await flush();
    contents.push(content);
    size += content.length + 40;
  }
  if (contents.length > 0) await flush();
  return hashes;
}

/**
 * Stores a submission: its rows' contents first (storeContents), then the version — the
 * submission, each row's link to its content, the warnings — in one batch: D1 runs a batch as
 * one transaction, so either the whole version is kept or none of it. The version is assigned
 * inside the same transaction, so concurrent submissions of one unit get consecutive versions.
 */
export async function insertSubmission(db: D1Database, s: NewSubmission, rows: readonly StoredRow[]): Promise<number> {
  // The rows' tables name no ledgers (migrations 0006, 0007): the registry's keys are the only ones stored.
  const stray = rows.find(([ledger]) => !ledgerKeys.includes(ledger));
  if (stray) throw new Error(`row of unknown ledger ${stray[0]}`);
  const head = db
    .prepare(
      `INSERT INTO submissions (id, unit_code, year, version, template_version, received_at, sha256, source, credential_id, idempotency_key, counts, warning_count)
       SELECT ?1, ?2, ?3, COALESCE(MAX(version), 0) + 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 FROM submissions WHERE unit_code = ?2 AND year = ?3
       RETURNING version`,
    )
    .bind(
      s.id,
      s.unitCode,
      s.year,
      s.templateVersion,
      s.receivedAt,
      s.sha256,
      s.source,
      s.credentialId,
      s.idempotencyKey,
      JSON.stringify(s.counts),
      s.warnings.length,
    );
  // A LEFT JOIN: a content gone missing gives a NULL content_id, which NOT NULL refuses, and the
  // version is rolled back whole rather than stored without that row.
  const insertLinks = db.prepare(
    `INSERT INTO version_rows (submission_id, ledger, row_number, content_id)
     SELECT ?1, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), c.id
       FROM json_each(?2) j LEFT JOIN row_contents c ON c.hash = json_extract(j.value, '$[2]')`,
  );
  const insertWarnings = db.prepare(
    `INSERT INTO submission_warnings (submission_id, position, code, warning, note)
     SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]')
       FROM json_each(?2)`,
  );
  const hashes = await storeContents(db, rows);
  const links = rows.map(([ledger, row], i) => [ledger, row, hashes[i]]);
  const warnings = s.warnings.map(({ note, ...warning }, position) => [position, warning.code, warning, note]);
  const [first] = await db.batch<{ version: number }>([
    head,
    ...chunkRows(links).map((chunk) => insertLinks.bind(s.id, chunk)),
    ...chunkRows(warnings).map((chunk) => insertWarnings.bind(s.id, chunk)),
  ]);
  const version = first?.results[0]?.version;
  if (version === undefined) throw new Error('submission insert returned no version');
  return version;
}

const SELECT = 'SELECT s.*, u.path AS unit_path FROM submissions s JOIN units u ON u.code = s.unit_code';

export function submissionById(db: D1Database, id: string): Promise<SubmissionRecord | null> {
  return db.prepare(`${SELECT} WHERE s.id = ?1`).bind(id).first<SubmissionRecord>();
}

export function submissionByIdempotencyKey(
  db: D1Database,
  unitCode: string,
  key: string,
): Promise<SubmissionRecord | null> {
  return db
    .prepare(`${SELECT} WHERE s.unit_code = ?1 AND s.idempotency_key = ?2`)
    .bind(unitCode, key)
    .first<SubmissionRecord>();
}

export function submissionVersion(
  db: D1Database,
  unitCode: string,
  year: number,
  version: number,
): Promise<SubmissionRecord | null> {
  return db
    .prepare(`${SELECT} WHERE s.unit_code = ?1 AND s.year = ?2 AND s.version = ?3`)
    .bind(unitCode, year, version)
    .first<SubmissionRecord>();
}

export async function latestVersion(db: D1Database, unitCode: string, year: number): Promise<number> {
  const row = await db
    .prepare('SELECT MAX(version) AS v FROM submissions WHERE unit_code = ?1 AND year = ?2')
    .bind(unitCode, year)
    .first<{ v: number | null }>();
  return row?.v ?? 0;
}

/**
 * One page of the history of the units under `path` (a clerk passes its own unit's path and code),
 * in (unit path, year newest first, version newest first) order. `after` is the last submission of
 * the previous page: the page goes on behind it, so pages neither overlap nor skip while others submit.
 */
export async function submissionsUnder(
  db: D1Database,
  filter: { path: string; unitCode: string | null; year: number | null },
  page: { limit: number; after: SubmissionRecord | null },
): Promise<SubmissionRecord[]> {
  const { after } = page;
  const { results } = await db
    .prepare(
      `${SELECT} WHERE substr(u.path, 1, length(?1)) = ?1 AND (?2 IS NULL OR s.unit_code = ?2) AND (?3 IS NULL OR s.year = ?3)
          AND (?4 IS NULL OR u.path > ?4 OR (u.path = ?4 AND (s.year < ?5 OR (s.year = ?5 AND s.version < ?6))))
        ORDER BY u.path, s.year DESC, s.version DESC LIMIT ?7`,
    )
    .bind(
      filter.path,
      filter.unitCode,
      filter.year,
      after?.unit_path ?? null,
      after?.year ?? null,
      after?.version ?? null,
      page.limit,
    )
    .all<SubmissionRecord>();
  return results;
}

/**
 * One page of a submission's warnings in the engine's order; `after` is the position of the
 * last warning of the previous page.
 */
export async function warningsOf(
  db: D1Database,
  submissionId: string,
  page: { limit: number; after: number | null },
): Promise<{ position: number; warning: StoredWarning }[]> {
  const { results } = await db
    .prepare(
      'SELECT position, warning, note FROM submission_warnings WHERE submission_id = ?1 AND position > ?2 ORDER BY position LIMIT ?3',
    )
    .bind(submissionId, page.after ?? -1, page.limit)
    .all<{ position: number; warning: string; note: string | null }>();
  return results.map((r) => ({ position: r.position, warning: warningOf(r) }));
}

/** The fewer-rows warnings of each of `submissionIds`, for the history. */
export async function fewerRowsWarningsOf(
  db: D1Database,
  submissionIds: readonly string[],
): Promise<Map<string, StoredWarning[]>> {
  const { results } = await db
    .prepare(
      `SELECT submission_id, warning, note FROM submission_warnings
        WHERE code = 'fewer-rows' AND submission_id IN (SELECT value FROM json_each(?1)) ORDER BY submission_id, position`,
    )
    .bind(JSON.stringify(submissionIds))
    .all<{ submission_id: string; warning: string; note: string | null }>();
  const found = new Map<string, StoredWarning[]>();
  for (const r of results) {
    const list = found.get(r.submission_id) ?? [];
    list.push(warningOf(r));
    found.set(r.submission_id, list);
  }
  return found;
}

export async function rowsOf(
  db: D1Database,
  submissionId: string,
): Promise<{ ledger: LedgerKey; row_number: number; data: string }[]> {
  const { results } = await db
    .prepare('SELECT ledger, row_number, data FROM ledger_rows WHERE submission_id = ?1 ORDER BY ledger, row_number')
    .bind(submissionId)
    .all<{ ledger: LedgerKey; row_number: number; data: string }>();
  return results;
}

/**
 * A stored row as D1's `raw()` answers it, [Excel row, JSON of its cells], and for rows of several
 * submissions their index (`ord`) last: no object per row made from D1's columns and rows, which
 * for the export's 100k rows took more of the isolate's time than anything the export does with them.
 */
export type LedgerRow = readonly [rowNumber: number, data: string, ord?: number];

/**
 * One page of a version's rows of one ledger in sheet order, a range scan of the primary key;
 * `after` is the Excel row of the last row of the previous page, and `dates` (the export's date
 * range, bounds null when open) leaves out rows dated outside it.
 */
export async function ledgerRowsPage(
  db: D1Database,
  submissionId: string,
  ledger: LedgerKey,
  page: { limit: number; after: number | null },
  dates: { from: string | null; to: string | null } = { from: null, to: null },
): Promise<LedgerRow[]> {
  return db
    .prepare(
      `SELECT row_number, data FROM ledger_rows
        WHERE submission_id = ?1 AND ledger = ?2 AND row_number > ?3
          AND (?5 IS NULL OR row_date >= ?5) AND (?6 IS NULL OR row_date <= ?6)
        ORDER BY row_number LIMIT ?4`,
    )
    .bind(submissionId, ledger, page.after ?? -1, page.limit, dates.from, dates.to)
    .raw<[number, string]>();
}

/** Marks a submission 已退回; false when it was already returned. */
export async function markReturned(
  db: D1Database,
  id: string,
  r: { at: string; reason: string; cells: string | null; by: string },
): Promise<boolean> {
  const result = await db
    .prepare(
      'UPDATE submissions SET returned_at = ?2, return_reason = ?3, return_cells = ?4, returned_by = ?5 WHERE id = ?1 AND returned_at IS NULL',
    )
    .bind(id, r.at, r.reason, r.cells, r.by)
    .run();
  return result.meta.changes > 0;
}

/** The version a new submission of the unit-year would replace in the exports: its newest not returned. */
export async function replacedVersion(db: D1Database, unitCode: string, year: number): Promise<ReplacedVersion | null> {
  const row = await db
    .prepare(
      'SELECT version, counts FROM submissions WHERE unit_code = ?1 AND year = ?2 AND returned_at IS NULL ORDER BY version DESC LIMIT 1',
    )
    .bind(unitCode, year)
    .first<{ version: number; counts: string }>();
  return row ? { version: row.version, counts: storedCounts(row.counts) } : null;
}

/**
 * The warnings each of `ids` (a JSON array of submission ids) was accepted with, with the
 * clerks' 核实说明, in the order of `ids`. The one reader of stored warnings in bulk.
 */
export async function acceptedWarnings(
  db: D1Database,
  ids: string,
): Promise<{ ord: number; warnings: Receipt['warnings'] }[]> {
  const { results } = await db
    .prepare(
      `SELECT CAST(j.key AS INTEGER) AS ord, w.warning, w.note FROM json_each(?1) j JOIN submission_warnings w ON w.submission_id = j.value
        ORDER BY CAST(j.key AS INTEGER), w.position`,
    )
    .bind(ids)
    .all<{ ord: number; warning: string; note: string | null }>();
  const found: { ord: number; warnings: StoredWarning[] }[] = [];
  for (const r of results) {
    const last = found[found.length - 1];
    if (last?.ord === r.ord) last.warnings.push(warningOf(r));
    else found.push({ ord: r.ord, warnings: [warningOf(r)] });
  }
  return found;
}
