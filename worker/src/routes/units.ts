import { type Context, Hono } from 'hono';
import { type NextDeadline, unitsUpsertBody } from '#shared/api/schemas.ts';
import { allUnits, saveUnits, unitByCode, unitsUnder } from '../db/units.ts';
import { nowIso, requestToday } from '../clock.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { requireRole } from '../middleware/auth.ts';
import { jsonBody } from '../request.ts';
import { deadlineDayOf } from '../status/deadline.ts';
import { loadUnitYear, nextDeadlineOf } from '../status/reporting.ts';
import { UNIT_KIND_NAMES } from '../units/kind-names.ts';
import { mergeUnits, type TreeProblem } from '../units/tree.ts';

function describe(problem: TreeProblem): string {
  switch (problem.kind) {
    case 'unknown-parent':
      return `单位 ${problem.code} 的上级单位 ${problem.parentCode} 不存在`;
    case 'bad-parent-kind':
      return `单位 ${problem.code}（${UNIT_KIND_NAMES[problem.unitKind]}）不能挂在${problem.parentKind === null ? '根上' : UNIT_KIND_NAMES[problem.parentKind]}下`;
    case 'cycle':
      return `单位 ${problem.code} 的上下级关系形成了循环`;
    case 'duplicate':
      return `单位编码 ${problem.code} 在本次提交中重复`;
  }
}

/** A clerk's next deadline, by the matrix's rule and the request's day: last year's December is due in January. */
async function nextDeadlineFor(c: Context<AppEnv>, unitCode: string): Promise<NextDeadline | null> {
  const today = requestToday(c);
  const year = Number(today.slice(0, 4));
  const years = await Promise.all(
    [year - 1, year].map((y) => loadUnitYear(c.env.DB, unitCode, y, deadlineDayOf(c.env))),
  );
  return nextDeadlineOf(years, today);
}

export const units = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const caller = c.get('caller');
    const unit = caller.role === 'admin' ? null : await unitByCode(c.env.DB, caller.unitCode);
    return c.json({
      role: caller.role,
      unit,
      now: nowIso(c),
      nextDeadline: caller.role === 'clerk' && unit?.reports ? await nextDeadlineFor(c, unit.code) : null,
    });
  })
  /** The caller's scope: a clerk's own unit, a supervisor's subtree, everything for the admin. */
  .get('/units', async (c) => {
    const caller = c.get('caller');
    if (caller.role === 'admin') return c.json({ units: await allUnits(c.env.DB) });
    if (caller.role === 'clerk')
      return c.json({ units: [await unitByCode(c.env.DB, caller.unitCode)].filter((u) => u !== null) });
    return c.json({ units: await unitsUnder(c.env.DB, caller.unitPath) });
  })
  .post('/admin/units', requireRole('admin'), async (c) => {
    const incoming = await jsonBody(c, unitsUpsertBody);
    const merged = mergeUnits(await allUnits(c.env.DB), incoming);
    if ('problems' in merged) {
      throw new ApiError(
        'unit-tree-invalid',
        { problems: merged.problems.length, first: merged.problems.slice(0, 5).map(describe).join('；') },
        { details: { problems: merged.problems } },
      );
    }
    await saveUnits(c.env.DB, merged.units, nowIso(c));
    return c.json({ saved: merged.units.length, units: await allUnits(c.env.DB) });
  });
