import { Hono } from 'hono';
import { overviewQuery } from '#shared/api/schemas.ts';
import { activityByMonth } from '../db/activity-months.ts';
import type { AppEnv } from '../env.ts';
import { scopedConsolidation } from '../export/scoped.ts';
import { requireRole } from '../middleware/auth.ts';
import { overviewOf } from '../overview/overview.ts';
import { queryWith } from '../request.ts';

/** Chart figures and 预警 cases for the dashboard: the 汇总 workbook's numbers as JSON. */
export const overview = new Hono<AppEnv>().get('/overview', requireRole('supervisor', 'admin'), async (c) => {
  const query = queryWith(c, overviewQuery);
  const { consolidation } = await scopedConsolidation(c, query);
  return c.json(overviewOf(consolidation, await activityByMonth(c.env.DB, consolidation.ids, consolidation.range)));
});
