import { Hono } from 'hono';
import { credentialBody } from '#shared/api/schemas.ts';
import { newId, newToken, sha256Hex } from '../auth/token.ts';
import { insertCredential, listCredentials, revokeCredential } from '../db/credentials.ts';
import { unitByCode } from '../db/units.ts';
import { nowIso } from '../clock.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { requireRole } from '../middleware/auth.ts';
import { jsonBody } from '../request.ts';

export const credentials = new Hono<AppEnv>()
  .use('/admin/credentials/*', requireRole('admin'))
  .use('/admin/credentials', requireRole('admin'))
  .get('/admin/credentials', async (c) => c.json({ credentials: await listCredentials(c.env.DB) }))
  /** Issues a credential; the token is in this response only, and stored only as its hash. */
  .post('/admin/credentials', async (c) => {
    const body = await jsonBody(c, credentialBody);
    if (!(await unitByCode(c.env.DB, body.unitCode))) throw new ApiError('unit-unknown', { unit: body.unitCode });
    const token = newToken();
    const id = newId('cred');
    await insertCredential(c.env.DB, {
      id,
      unitCode: body.unitCode,
      role: body.role,
      label: body.label,
      tokenHash: await sha256Hex(token),
      now: nowIso(c),
    });
    return c.json({ id, unitCode: body.unitCode, role: body.role, label: body.label, token }, 201);
  })
  .delete('/admin/credentials/:id', async (c) => {
    if (!(await revokeCredential(c.env.DB, c.req.param('id'), nowIso(c))))
      throw new ApiError('credential-not-found', {});
    return c.json({ revoked: c.req.param('id') });
  });
