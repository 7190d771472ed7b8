/** Failed authentications per client and second, counted over a sliding window (see middleware/auth). */

export interface FailureWindow {
  /** Unix seconds of this failure. */
  at: number;
  windowSeconds: number;
  /** Failures a client may have within any `windowSeconds`. */
  maxFailures: number;
}

/**
 * Counts one failure for `client` unless it already has `maxFailures` in the window ending at
 * `at`: check and count are one statement, so concurrent failures cannot overshoot. `oldest`
 * is the second of the earliest failure still in the window.
 */
export async function countFailure(
  db: D1Database,
  client: string,
  w: FailureWindow,
): Promise<{ counted: boolean; oldest: number | null }> {
  const since = w.at - w.windowSeconds;
  const [, inserted, earliest] = await db.batch<{ oldest: number | null }>([
    // Failures that left the window are of no use; keep the table small.
    db.prepare('DELETE FROM auth_failures WHERE failed_at <= ?1').bind(since),
    db
      .prepare(
        `INSERT INTO auth_failures (client, failed_at, failures)
         SELECT ?1, ?2, 1 WHERE (SELECT COALESCE(SUM(failures), 0) FROM auth_failures WHERE client = ?1 AND failed_at > ?3) < ?4
         ON CONFLICT (client, failed_at) DO UPDATE SET failures = failures + 1`,
      )
      .bind(client, w.at, since, w.maxFailures),
    db
      .prepare('SELECT MIN(failed_at) AS oldest FROM auth_failures WHERE client = ?1 AND failed_at > ?2')
      .bind(client, since),
  ]);
  return { counted: (inserted?.meta.changes ?? 0) > 0, oldest: earliest?.results[0]?.oldest ?? null };
}
