import { FROM_CHOSEN, type Range } from './consolidation.ts';

export interface MonthSums {
  month: number;
  rows: number;
  participants: number;
}

/**
 * Activities and 参加人次 of the chosen submissions (a JSON array of ids) per month of 活动日期.
 * Same rows as the 汇总's category totals (FROM_CHOSEN); a row without a date has no month.
 */
export async function activityByMonth(db: D1Database, ids: string, range: Range): Promise<MonthSums[]> {
  const { results } = await db
    .prepare(
      `SELECT CAST(substr(r.row_date, 6, 2) AS INTEGER) AS month, COUNT(*) AS rows, TOTAL(json_extract(r.data, '$.participants')) AS participants
       ${FROM_CHOSEN} AND r.row_date IS NOT NULL
       GROUP BY month ORDER BY month`,
    )
    .bind(ids, 'activity', range.from, range.to)
    .all<MonthSums>();
  return results;
}
