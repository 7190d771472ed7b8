import { Hono } from 'hono';
import { reportSettingsBody } from '#shared/api/schemas.ts';
import { nowIso } from '../clock.ts';
import { reportSettingsOf, saveReportSettings } from '../db/settings.ts';
import type { AppEnv } from '../env.ts';
import { requireRole } from '../middleware/auth.ts';
import { jsonBody } from '../request.ts';

export const settings = new Hono<AppEnv>()
  .get('/admin/settings', requireRole('admin'), async (c) => c.json(await reportSettingsOf(c.env.DB)))
  .put('/admin/settings', requireRole('admin'), async (c) => {
    const change = await jsonBody(c, reportSettingsBody);
    const saved = { ...(await reportSettingsOf(c.env.DB)), ...change };
    await saveReportSettings(c.env.DB, saved, nowIso(c));
    return c.json(saved);
  });
