import { Hono } from 'hono';
import { exportQuery, exportSheets } from '../../../shared/api/schemas.ts';
import { todayInChina } from '../../../shared/index.ts';
import { rootUnit, unitByCode } from '../db/units.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { csvStream } from '../export/csv.ts';
import { loadConsolidation } from '../export/load.ts';
import { consolidatedSheets, consolidatedWorkbook } from '../export/workbook.ts';
import { requireRole } from '../middleware/auth.ts';
import { queryWith } from '../request.ts';
import { canSee } from '../scope.ts';
import { XLSX_TYPE } from '../submissions/intake.ts';

const attachment = (name: string): string => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const exporting = new Hono<AppEnv>().get('/export', requireRole('supervisor', 'admin'), async (c) => {
  const caller = c.get('caller');
  const query = queryWith(c, exportQuery);
  // The scope defaults to the caller's unit (the admin's: the district) and can only narrow it.
  const root =
    query.scope !== undefined ? await unitByCode(c.env.DB, query.scope) : caller.role === 'admin' ? await rootUnit(c.env.DB) : await unitByCode(c.env.DB, caller.unitCode);
  if (!root || !canSee(caller, root.path)) throw new ApiError('not-found', `找不到单位 ${query.scope ?? ''}，或不在您的范围内`);
  const year = query.year ?? Number(todayInChina().slice(0, 4));
  const consolidation = await loadConsolidation(c.env.DB, root, year, { from: query.from ?? null, to: query.to ?? null }, Number(c.env.DEADLINE_DAY) || 5);
  const base = `${root.name}${year}年廉政教育台账汇总`;
  if (query.format === 'csv') {
    const sheet = consolidatedSheets(c.env.DB, consolidation)[exportSheets.indexOf(query.sheet)];
    if (!sheet) throw new ApiError('bad-request', `没有工作表 ${query.sheet}`);
    return c.body(csvStream(sheet), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(`${base}-${sheet.spec.name}.csv`) });
  }
  return c.body(consolidatedWorkbook(c.env.DB, consolidation), 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`${base}.xlsx`) });
});

