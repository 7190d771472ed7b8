import type { MiddlewareHandler } from 'hono';
import type { Caller, Role } from '../auth/caller.ts';
import { sameDigest, sha256Hex } from '../auth/token.ts';
import { failuresInWindow, recordFailure } from '../db/auth-failures.ts';
import { findActiveCredential } from '../db/credentials.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

export interface AuthOptions {
  /** Failed attempts a client may make per window before it is refused. */
  maxFailures: number;
  windowSeconds: number;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Establishes the caller from `Authorization: Bearer <token>`; repeated failures are rate limited. */
export function authenticate(options: AuthOptions = { maxFailures: 20, windowSeconds: 600 }): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const db = c.env.DB;
    const client = c.req.header('CF-Connecting-IP') ?? 'local';
    const windowStart = Math.floor(c.get('now').getTime() / 1000 / options.windowSeconds);
    if ((await failuresInWindow(db, client, windowStart)) >= options.maxFailures) {
      c.header('Retry-After', String(options.windowSeconds));
      throw new ApiError('rate-limited', '认证失败次数过多，请稍后再试');
    }
    const token = BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!token) throw new ApiError('unauthorized', '请提供访问凭证（Authorization: Bearer <凭证>）');
    const hash = await sha256Hex(token);
    const caller = await identify(c.env, hash);
    if (!caller) {
      await recordFailure(db, client, windowStart);
      throw new ApiError('unauthorized', '访问凭证无效或已被吊销，请向管理员索取新凭证');
    }
    c.set('caller', caller);
    await next();
  };
}

async function identify(env: Env, hash: string): Promise<Caller | null> {
  if (env.ADMIN_TOKEN && sameDigest(hash, await sha256Hex(env.ADMIN_TOKEN))) return { role: 'admin', credentialId: 'admin' };
  const credential = await findActiveCredential(env.DB, hash);
  if (!credential || !sameDigest(hash, credential.token_hash)) return null;
  return { role: credential.role, credentialId: credential.id, unitCode: credential.unit_code, unitPath: credential.unit_path };
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
