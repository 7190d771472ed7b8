import type { Clock } from '#shared/clock.ts';
import { todayInChina } from '#shared/cells/civil-date.ts';

/**
 * The pages keep the Worker's time, not the desk's: a check's 今天 and "this year" must be the
 * day the server will re-check and stamp the submission with, and office PCs on an intranet
 * are often days off. A test that stops the Worker's clock stops the pages' too. Until the
 * server has answered once, the page's own clock stands in.
 */
let offsetMs = 0;

export const pageClock: Clock = { now: () => new Date(Date.now() + offsetMs) };

/** Keeps to the server's `now` (from /api/health or /api/me) from here on. */
export function followServer(serverNow: string): void {
  const at = Date.parse(serverNow);
  if (!Number.isNaN(at)) offsetMs = at - Date.now();
}

/** Today in China, by the server's clock. */
export const pageToday = (): string => todayInChina(pageClock.now());
