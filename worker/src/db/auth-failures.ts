/** Failed authentications counted per client in fixed windows (see middleware/auth). */

export async function failuresInWindow(db: D1Database, client: string, windowStart: number): Promise<number> {
  const row = await db
    .prepare('SELECT failures FROM auth_failures WHERE client = ?1 AND window_start = ?2')
    .bind(client, windowStart)
    .first<{ failures: number }>();
  return row?.failures ?? 0;
}

export async function recordFailure(db: D1Database, client: string, windowStart: number): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO auth_failures (client, window_start, failures) VALUES (?1, ?2, 1)
         ON CONFLICT (client, window_start) DO UPDATE SET failures = failures + 1`,
      )
      .bind(client, windowStart),
    // Old windows are of no use; keep the table small.
    db.prepare('DELETE FROM auth_failures WHERE window_start < ?1').bind(windowStart - 1),
  ]);
}
