import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { API_HEADERS, COMMON_HEADERS } from '../security/headers.ts';

/**
 * The security headers on every answer the Worker itself gives — errors and 404s included, since it
 * runs around the whole app. The static pages get theirs from `_headers` (see security/headers.ts).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async function securityHeaders(c, next) {
    await next();
    const api = c.req.path === '/api' || c.req.path.startsWith('/api/');
    for (const [name, value] of Object.entries(api ? { ...COMMON_HEADERS, ...API_HEADERS } : COMMON_HEADERS))
      c.res.headers.set(name, value);
  };
}
