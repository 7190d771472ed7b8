import { Hono } from 'hono';
import { ledgers, TEMPLATE_VERSION } from '#shared/index.ts';
import { nowIso } from '../clock.ts';
import type { AppEnv } from '../env.ts';

/** Public: no credential needed to know the service is up and what the ledgers are. */
export const meta = new Hono<AppEnv>()
  .get('/health', async (c) => {
    await c.env.DB.prepare('SELECT 1').first();
    return c.json({ ok: true, templateVersion: TEMPLATE_VERSION, now: nowIso(c) });
  })
  .get('/ledgers', (c) => c.json({ templateVersion: TEMPLATE_VERSION, ledgers }));
