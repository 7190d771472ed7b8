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
const MISSING = '请提供访问凭证（Authorization: Bearer <凭证>）';
const INVALID = '访问凭证无效或已被吊销，请向管理员索取新凭证';

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
    if (header === undefined) throw new ApiError('unauthorized', MISSING);
    const token = BEARER.exec(header)?.[1];
    const caller = token === undefined ? null : await identify(c.env, await sha256Hex(token));
    if (!caller) throw await failure(c, options, token === undefined ? MISSING : INVALID);
    c.set('caller', caller);
    await next();
  };
}

/** Counts a failed attempt: 401 within the limit, 429 with Retry-After beyond it. */
async function failure(c: Context<AppEnv>, options: AuthOptions, message: string): Promise<ApiError> {
  const at = Math.floor(c.get('now').getTime() / 1000);
  const client = c.req.header('CF-Connecting-IP') ?? 'local';
  const { counted, oldest } = await countFailure(c.env.DB, client, { at, ...options });
  if (counted) return new ApiError('unauthorized', message);
  // Seconds until the earliest failure leaves the window and the next attempt is counted again.
  const retryAfter = oldest === null ? options.windowSeconds : oldest + options.windowSeconds - at;
  c.header('Retry-After', String(retryAfter));
  return new ApiError(
    'rate-limited',
    `认证失败次数过多（同一网络地址 ${options.windowSeconds / 60} 分钟内 ${options.maxFailures} 次），请 ${retryAfter} 秒后再试；有效凭证不受影响`,
  );
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

const ROLE_NAMES: Record<Role, string> = { admin: '管理员', clerk: '填报员', supervisor: '监督员' };

/** Lets only the given roles through. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async function requireRole(c, next) {
    if (!roles.includes(c.get('caller').role)) {
      throw new ApiError('forbidden', `此操作仅限${roles.map((r) => ROLE_NAMES[r]).join('或')}`);
    }
    await next();
  };
}
