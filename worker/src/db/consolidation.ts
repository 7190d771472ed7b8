import type { LedgerKey } from '#shared/index.ts';
import { type LedgerRow, ledgerRowsPage } from './submissions.ts';

/**
 * Queries behind the consolidated workbook. The chosen submissions (the newest version of
 * each unit-year that was not returned) travel as one JSON array for the sums; its index
 * (`ord`) keeps the units' tree order. Ledger rows are read a page at a time (`ledgerPage`).
 */

export interface ChosenSubmission {
  id: string;
  unit_code: string;
  version: number;
  received_at: string;
  /** JSON: rows per ledger (see Receipt.counts). */
  counts: string;
}

export async function chosenSubmissions(db: D1Database, path: string, year: number): Promise<ChosenSubmission[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.unit_code, s.version, s.received_at, s.counts
         FROM submissions s JOIN units u ON u.code = s.unit_code
        WHERE s.year = ?2 AND substr(u.path, 1, length(?1)) = ?1 AND s.returned_at IS NULL
          AND s.version = (SELECT MAX(version) FROM submissions x WHERE x.unit_code = s.unit_code AND x.year = s.year AND x.returned_at IS NULL)`,
    )
    .bind(path, year)
    .all<ChosenSubmission>();
  return results;
}

export interface Range {
  from: string | null;
  to: string | null;
}

/**
 * The rows of one ledger (?2) of the chosen submissions (?1, a JSON array of ids) within the
 * range (?3, ?4). Every figure of the workbook and of GET /api/overview starts from it, so a
 * chart can never count rows the 汇总 does not.
 */
export const FROM_CHOSEN = `FROM json_each(?1) j JOIN ledger_rows r ON r.submission_id = j.value AND r.ledger = ?2
  WHERE (?3 IS NULL OR r.row_date >= ?3) AND (?4 IS NULL OR r.row_date <= ?4)`;

/**
 * The chosen rows as `ord` and one column per field (alias: the SQL of its JSON path, a literal
 * or a bound parameter), for a GROUP BY to sort: the fields, not each row's whole JSON, which
 * SQLite's sorter carries (and spills to disk for a district's 100k rows) when the aggregate reads
 * `r.data` itself. `LIMIT -1` (none) keeps SQLite from flattening the subquery into the aggregate.
 */
function fieldsOfChosen(fields: Readonly<Record<string, string>>): string {
  const columns = Object.entries(fields).map(([alias, path]) => `json_extract(r.data, ${path}) AS ${alias}`);
  return `(SELECT j.key AS ord, ${columns.join(', ')} ${FROM_CHOSEN} LIMIT -1)`;
}

export interface ActivitySums {
  ord: number;
  category: string;
  rows: number;
  participants: number;
  materials: number;
  news: number;
  adopted: number;
  hall_rows: number;
  hall_participants: number;
}

/** Sums per unit and 活动类别; `hall_*` count only rows whose 地点或载体 contains `hall` (?5, not empty). */
export async function activitySums(db: D1Database, ids: string, range: Range, hall: string): Promise<ActivitySums[]> {
  const { results } = await db
    .prepare(
      `SELECT ord, category, COUNT(*) AS rows, TOTAL(participants) AS participants, TOTAL(materials) AS materials,
              TOTAL(news) AS news, TOTAL(adopted) AS adopted, TOTAL(instr(IFNULL(venue, ''), ?5) > 0) AS hall_rows,
              TOTAL(CASE WHEN instr(IFNULL(venue, ''), ?5) > 0 THEN participants END) AS hall_participants
         FROM ${fieldsOfChosen({
           category: `'$.category'`,
           participants: `'$.participants'`,
           materials: `'$.materials'`,
           news: `'$.newsReports'`,
           adopted: `'$.adoptedReports'`,
           venue: `'$.venue'`,
         })} GROUP BY ord, category`,
    )
    .bind(ids, 'activity', range.from, range.to, hall)
    .all<ActivitySums>();
  return results;
}

export interface CaseSums {
  ord: number;
  status: string;
  rows: number;
  overdue: number;
  sessions: number;
  attendance: number;
}

export async function caseSums(db: D1Database, ids: string, range: Range, today: string): Promise<CaseSums[]> {
  const { results } = await db
    .prepare(
      `SELECT ord, status, COUNT(*) AS rows, SUM(status != '已完成' AND deadline < ?5) AS overdue,
              TOTAL(sessions) AS sessions, TOTAL(attendance) AS attendance
         FROM ${fieldsOfChosen({
           status: `'$.status'`,
           deadline: `'$.deadline'`,
           sessions: `'$.warningSessions'`,
           attendance: `'$.warningAttendance'`,
         })} GROUP BY ord, status`,
    )
    .bind(ids, 'rectification', range.from, range.to, today)
    .all<CaseSums>();
  return results;
}

export interface InspectionSums {
  ord: number;
  rows: number;
  found: number;
  fixed: number;
}

export async function inspectionSums(db: D1Database, ids: string, range: Range): Promise<InspectionSums[]> {
  const { results } = await db
    .prepare(
      `SELECT ord, COUNT(*) AS rows, TOTAL(found) AS found, TOTAL(fixed) AS fixed
         FROM ${fieldsOfChosen({ found: `'$.problemsFound'`, fixed: `'$.problemsFixed'` })} GROUP BY ord`,
    )
    .bind(ids, 'inspection', range.from, range.to)
    .all<InspectionSums>();
  return results;
}

/** One unit's rows of a tallied ledger that agree on every breakdown column, with their sums. */
export interface TallyGroup {
  ord: number;
  /** The breakdown columns' values, in the tally's order (null: blank). */
  values: (string | null)[];
  rows: number;
  /** The tally's sums, in its order. */
  sums: number[];
}

/**
 * Rows and sums of a tallied ledger per unit and combination of its breakdown values: the
 * 汇总 adds a unit's groups up, 分类统计 the groups of every unit by one value. The columns
 * are named by JSON paths bound as parameters (?5…), never spliced into the SQL.
 */
export async function tallyGroups(
  db: D1Database,
  ids: string,
  range: Range,
  ledger: LedgerKey,
  tally: { readonly breakdowns: readonly string[]; readonly sums: readonly string[] },
): Promise<TallyGroup[]> {
  const paths = [...tally.breakdowns, ...tally.sums].map((key) => `$.${key}`);
  const param = (i: number): string => `?${5 + i}`;
  const values = tally.breakdowns.map((_, i) => `v${i}`);
  const sums = tally.sums.map((_, i) => `s${i}`);
  const fields = Object.fromEntries([...values, ...sums].map((alias, i) => [alias, param(i)]));
  const { results } = await db
    .prepare(
      `SELECT ord, ${[...values, 'COUNT(*) AS rows', ...sums.map((s) => `TOTAL(${s}) AS ${s}`)].join(', ')}
         FROM ${fieldsOfChosen(fields)} GROUP BY ${['ord', ...values].join(', ')}`,
    )
    .bind(ids, ledger, range.from, range.to, ...paths)
    .all<Record<string, string | number | null>>();
  return results.map((r) => ({
    ord: Number(r.ord),
    values: tally.breakdowns.map((_, i) => {
      const v = r[`v${i}`];
      return v === null || v === undefined ? null : String(v);
    }),
    rows: Number(r.rows),
    sums: tally.sums.map((_, i) => Number(r[`s${i}`])),
  }));
}

export interface AlertCandidate {
  ord: number;
  row_number: number;
  data: string;
}

/** Cases that may carry a 预警 as of today: unfinished and due by `horizon`, or finished late. */
export async function alertCandidates(
  db: D1Database,
  ids: string,
  range: Range,
  horizon: string,
): Promise<AlertCandidate[]> {
  const { results } = await db
    .prepare(
      `SELECT j.key AS ord, r.row_number, r.data ${FROM_CHOSEN}
         AND ((json_extract(r.data, '$.status') != '已完成' AND json_extract(r.data, '$.deadline') <= ?5)
              OR json_extract(r.data, '$.completedDate') > json_extract(r.data, '$.deadline'))
       ORDER BY j.key, r.row_number`,
    )
    .bind(ids, 'rectification', range.from, range.to, horizon)
    .all<AlertCandidate>();
  return results;
}

/** Rows a page holds at most: the most one statement of the export's ledger rows answers. */
export const PAGE_ROWS = 2000;

/**
 * A page of one ledger's rows in one statement, whatever the number of units: either several
 * whole submissions (`ids`, a JSON array whose rows fit a page together) read through
 * `FROM_CHOSEN`, `ord` their index in it, the sort bounded by the page; or one large
 * submission's next rows after `after`, a range scan of the primary key (no sort), no `ord`.
 */
export type LedgerPage = { ids: string } | { id: string; after: number };

export async function ledgerPage(
  db: D1Database,
  ledger: LedgerKey,
  page: LedgerPage,
  range: Range,
): Promise<LedgerRow[]> {
  if (!('ids' in page)) return ledgerRowsPage(db, page.id, ledger, { limit: PAGE_ROWS, after: page.after }, range);
  return db
    .prepare(`SELECT r.row_number, r.data, j.key AS ord ${FROM_CHOSEN} ORDER BY j.key, r.row_number`)
    .bind(page.ids, ledger, range.from, range.to)
    .raw<[number, string, number]>();
}
