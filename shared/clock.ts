/**
 * Where "now" comes from. Whatever asks what day it is — a check's 不晚于今天, the month a
 * submission counts for, a receipt's time, the rate limiter's window — takes its time from a
 * Clock, so a test sets one instant and no result depends on the day the test runs.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock standing still at `at` (an ISO instant): tests, and demos of a given day. */
export function fixedClock(at: string): Clock {
  const time = Date.parse(at);
  if (Number.isNaN(time)) throw new RangeError(`not an ISO instant: ${at}`);
  return { now: () => new Date(time) };
}
