import { Hono } from 'hono';
import { deadlineBody, statusQuery } from '#shared/api/schemas.ts';
import { requestToday } from '../clock.ts';
import { deadlineOverrides, setDeadline, submissionTimesUnder } from '../db/deadlines.ts';
import { unitsUnder } from '../db/units.ts';
import type { AppEnv } from '../env.ts';
import { requireRole } from '../middleware/auth.ts';
import { jsonBody, queryWith } from '../request.ts';
import { scopePath } from '../scope.ts';
import { deadlineDayOf } from '../status/deadline.ts';
import { statusMatrix } from '../status/matrix.ts';

export const status = new Hono<AppEnv>()
  /** 已报送 / 逾期报送 / 未报送 / 已退回 per unit of the caller's subtree and month. */
  .get('/status', requireRole('supervisor', 'admin'), async (c) => {
    const today = requestToday(c);
    const query = queryWith(c, statusQuery);
    const y = query.year ?? Number(today.slice(0, 4));
    const path = scopePath(c.get('caller'));
    const [units, submissions, overrides] = await Promise.all([
      unitsUnder(c.env.DB, path),
      submissionTimesUnder(c.env.DB, path, y),
      deadlineOverrides(c.env.DB, y),
    ]);
    const months = query.month === undefined ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [query.month];
    return c.json(
      statusMatrix(units, submissions, {
        year: y,
        months,
        deadlineDay: deadlineDayOf(c.env),
        overrides,
        today,
      }),
    );
  })
  .put('/admin/deadlines', requireRole('admin'), async (c) => {
    const body = await jsonBody(c, deadlineBody);
    await setDeadline(c.env.DB, body.year, body.month, body.dueDate);
    return c.json(body);
  });
