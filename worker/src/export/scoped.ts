import type { Context } from 'hono';
import { requestToday } from '../clock.ts';
import { deadlineDayOf } from '../status/deadline.ts';
import { reportSettingsOf } from '../db/settings.ts';
import { rootUnit, unitByCode } from '../db/units.ts';
import type { Unit } from '../units/unit.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { canSee } from '../scope.ts';
import { type Consolidation, type ConsolidationScope, loadFigures, loadScope } from './load.ts';

export interface ConsolidationQuery {
  readonly scope?: string | undefined;
  readonly year?: number | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * The scope a supervisor asked for (the 汇总 workbook and the dashboard's figures alike): who and
 * which versions count. The scope defaults to the caller's unit (the admin's: the district) and
 * can only narrow it.
 */
export async function requestedScope(
  c: Context<AppEnv>,
  query: ConsolidationQuery,
): Promise<{ root: Unit; year: number; scope: ConsolidationScope }> {
  const caller = c.get('caller');
  const root =
    query.scope !== undefined
      ? await unitByCode(c.env.DB, query.scope)
      : caller.role === 'admin'
        ? await rootUnit(c.env.DB)
        : await unitByCode(c.env.DB, caller.unitCode);
  if (!root || !canSee(caller, root.path)) throw new ApiError('unit-not-in-scope', { unit: query.scope ?? '' });
  const today = requestToday(c);
  const year = query.year ?? Number(today.slice(0, 4));
  const range = { from: query.from ?? null, to: query.to ?? null };
  const settings = await reportSettingsOf(c.env.DB);
  return {
    root,
    year,
    scope: await loadScope(c.env.DB, root, {
      year,
      range,
      today,
      deadlineDay: deadlineDayOf(c.env),
      settings,
    }),
  };
}

/** The scope a supervisor asked for with its figures. */
export async function scopedConsolidation(
  c: Context<AppEnv>,
  query: ConsolidationQuery,
): Promise<{ root: Unit; year: number; consolidation: Consolidation }> {
  const { root, year, scope } = await requestedScope(c, query);
  return { root, year, consolidation: await loadFigures(c.env.DB, scope) };
}
