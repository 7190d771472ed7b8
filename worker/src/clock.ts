import type { MiddlewareHandler } from 'hono';
import { type Clock, fixedClock, systemClock, todayInChina } from '#shared/index.ts';
import type { AppEnv } from './env.ts';

/** The Worker's clock: the system's, unless `FIXED_NOW` stops it at an instant (tests, demos). */
export function workerClock(env: Pick<Env, 'FIXED_NOW'>): Clock {
  return env.FIXED_NOW ? fixedClock(env.FIXED_NOW) : systemClock;
}

/**
 * One instant per request, read once: the day a submission is checked against is the day it
 * is stamped with, even when the request straddles midnight.
 */
export function stampTime(): MiddlewareHandler<AppEnv> {
  return async function stampTime(c, next) {
    c.set('now', workerClock(c.env).now());
    await next();
  };
}

/** The request's instant as stored in D1: ISO 8601, UTC. */
export const nowIso = (c: { get(key: 'now'): Date }): string => c.get('now').toISOString();

/** The request's day in China. */
export const requestToday = (c: { get(key: 'now'): Date }): string => todayInChina(c.get('now'));

/** The request's year in China: what "this year" means when a query leaves the year out. */
export const requestYear = (c: { get(key: 'now'): Date }): number => Number(requestToday(c).slice(0, 4));
