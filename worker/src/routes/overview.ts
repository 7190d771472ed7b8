import { Hono } from 'hono';
import { overviewQuery } from '../../../shared/api/schemas.ts';
import { todayInChina } from '../../../shared/index.ts';
import { activityByMonth } from '../db/activity-months.ts';
import { rootUnit, unitByCode } from '../db/units.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { loadConsolidation } from '../export/load.ts';
import { requireRole } from '../middleware/auth.ts';
import { overviewOf } from '../overview/overview.ts';
import { queryWith } from '../request.ts';
import { canSee } from '../scope.ts';

/** Chart figures and 预警 cases for the dashboard: the 汇总 workbook's numbers as JSON. */
export const overview = new Hono<AppEnv>().get('/overview', requireRole('supervisor', 'admin'), async (c) => {
  const caller = c.get('caller');
  const query = queryWith(c, overviewQuery);
  // As for the export: the scope defaults to the caller's unit and can only narrow it.
  const root =
    query.scope !== undefined ? await unitByCode(c.env.DB, query.scope) : caller.role === 'admin' ? await rootUnit(c.env.DB) : await unitByCode(c.env.DB, caller.unitCode);
  if (!root || !canSee(caller, root.path)) throw new ApiError('not-found', `找不到单位 ${query.scope ?? ''}，或不在您的范围内`);
  const year = query.year ?? Number(todayInChina().slice(0, 4));
  const range = { from: query.from ?? null, to: query.to ?? null };
  const consolidation = await loadConsolidation(c.env.DB, root, year, range, Number(c.env.DEADLINE_DAY) || 5);
  return c.json(overviewOf(consolidation, await activityByMonth(c.env.DB, consolidation.ids, range)));
});
