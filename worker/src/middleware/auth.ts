import type { Context, MiddlewareHandler } from 'hono';
import type { Caller, Role } from '../auth/caller.ts';
import { sameDigest, sha256Hex } from '../auth/token.ts';
import { countFailure } from '../db/auth-failures.ts';
import { findActiveCredential } from '../db/credentials.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

export interface AuthOptions {
  /** Failed attempts a client may make within any `windowSeconds`; the next one is refused. */
  maxFailures: number;
  windowSeconds: number;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Establishes the caller from `Authorization: Bearer <token>`. A valid credential is always
 * served: a whole township office may share one address, and nobody else's failures may lock
 * it out. Only failures count, per client address; past the limit they are answered 429
 * instead of 401. Every token is still checked, since refusing unchecked would lock the
 * office out again. So the limit cannot stop a right guess from being served; guessing is
 * hopeless because issued credentials are 256 random bits (auth/token.ts), and `ADMIN_TOKEN`
 * must be as hard to guess (README: a long random value). A request without the header
 * guesses nothing and is not counted.
 */
export function authenticate(
  options: AuthOptions = { maxFailures: 20, windowSeconds: 600 },
): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const header = c.req.header('Authorization');
    if (header === undefined) throw new ApiError('credential-missing', {});
    const token = BEARER.exec(header)?.[1];
    const caller = token === undefined ? null : await identify(c.env, await sha256Hex(token));
    if (!caller) throw await failure(c, options, token === undefined ? 'credential-missing' : 'credential-invalid');
    c.set('caller', caller);
    await next();
  };
}

/** Counts a failed attempt: 401 within the limit, 429 with Retry-After beyond it. */
async function failure(
  c: Context<AppEnv>,
  options: AuthOptions,
  reason: 'credential-missing' | 'credential-invalid',
): Promise<ApiError> {
  const at = Math.floor(c.get('now').getTime() / 1000);
  const client = c.req.header('CF-Connecting-IP') ?? 'local';
  const { counted, oldest } = await countFailure(c.env.DB, client, { at, ...options });
  if (counted) return new ApiError(reason, {});
  // Seconds until the earliest failure leaves the window and the next attempt is counted again.
  const retryAfter = oldest === null ? options.windowSeconds : oldest + options.windowSeconds - at;
  c.header('Retry-After', String(retryAfter));
  return new ApiError('too-many-failures', {
    minutes: options.windowSeconds / 60,
    limit: options.maxFailures,
    retryAfter,
  });
}

async function identify(env: Env, hash: string): Promise<Caller | null> {
  if (env.ADMIN_TOKEN && sameDigest(hash, await sha256Hex(env.ADMIN_TOKEN)))
    return { role: 'admin', credentialId: 'admin' };
  const credential = await findActiveCredential(env.DB, hash);
  if (!credential || !sameDigest(hash, credential.token_hash)) return null;
  return {
    role: credential.role,
    credentialId: credential.id,
    unitCode: credential.unit_code,
    unitPath: credential.unit_path,
  };
}

/** Lets only the given roles through. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async function requireRole(c, next) {
    if (!roles.includes(c.get('caller').role)) {
      throw new ApiError('role-required', { roles: roles.join(',') });
    }
    await next();
  };
}
