import type { Range } from './consolidation.ts';

export interface MonthSums {
  month: number;
  rows: number;
  participants: number;
}

/** Activities and 参加人次 of the chosen submissions (a JSON array of ids) per month of 活动日期. */
export async function activityByMonth(db: D1Database, ids: string, range: Range): Promise<MonthSums[]> {
  const { results } = await db
    .prepare(
      `SELECT CAST(substr(r.row_date, 6, 2) AS INTEGER) AS month, COUNT(*) AS rows, TOTAL(json_extract(r.data, '$.participants')) AS participants
         FROM json_each(?1) j JOIN ledger_rows r ON r.submission_id = j.value AND r.ledger = 'activity'
        WHERE r.row_date IS NOT NULL AND (?2 IS NULL OR r.row_date >= ?2) AND (?3 IS NULL OR r.row_date <= ?3)
        GROUP BY month ORDER BY month`,
    )
    .bind(ids, range.from, range.to)
    .all<MonthSums>();
  return results;
}
