/** Deadlines the admin set for particular months; others follow the default day. */
export async function deadlineOverrides(db: D1Database, year: number): Promise<Map<number, string>> {
  const { results } = await db
    .prepare('SELECT month, due_date FROM deadlines WHERE year = ?1')
    .bind(year)
    .all<{ month: number; due_date: string }>();
  return new Map(results.map((r) => [r.month, r.due_date]));
}

export async function setDeadline(db: D1Database, year: number, month: number, dueDate: string): Promise<void> {
  await db
    .prepare(
      'INSERT INTO deadlines (year, month, due_date) VALUES (?1, ?2, ?3) ON CONFLICT (year, month) DO UPDATE SET due_date = excluded.due_date',
    )
    .bind(year, month, dueDate)
    .run();
}

export interface SubmissionTime {
  unit_code: string;
  version: number;
  received_at: string;
  returned_at: string | null;
}

/** Every submission of the year for units under `path`: small (units × submissions a year). */
export async function submissionTimesUnder(db: D1Database, path: string, year: number): Promise<SubmissionTime[]> {
  const { results } = await db
    .prepare(
      `SELECT s.unit_code, s.version, s.received_at, s.returned_at FROM submissions s JOIN units u ON u.code = s.unit_code
        WHERE s.year = ?2 AND substr(u.path, 1, length(?1)) = ?1 ORDER BY s.unit_code, s.version`,
    )
    .bind(path, year)
    .all<SubmissionTime>();
  return results;
}

/** One unit's submissions of a year, in version order: what its months are judged by. */
export async function submissionTimesOf(db: D1Database, unitCode: string, year: number): Promise<SubmissionTime[]> {
  const { results } = await db
    .prepare(
      'SELECT unit_code, version, received_at, returned_at FROM submissions WHERE unit_code = ?1 AND year = ?2 ORDER BY version',
    )
    .bind(unitCode, year)
    .all<SubmissionTime>();
  return results;
}
