import { Hono } from 'hono';
import { exportQuery, exportSheets } from '#shared/api/schemas.ts';
import { asciiRangeNamePart, rangeNamePart } from '#shared/report/range-name.ts';
import { attachment } from '../attachment.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { csvStream } from '../export/csv.ts';
import { requestedScope } from '../export/scoped.ts';
import { consolidatedSheets, consolidatedWorkbook } from '../export/workbook.ts';
import { requireRole } from '../middleware/auth.ts';
import { queryWith } from '../request.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';

export const exporting = new Hono<AppEnv>().get('/export', requireRole('supervisor', 'admin'), async (c) => {
  const query = queryWith(c, exportQuery);
  const { root, year, scope } = await requestedScope(c, query);
  const base = `${root.name}${year}年廉政教育台账汇总${rangeNamePart(query, year)}`;
  // Unit codes are ASCII letters, digits, - and _, so the fallback name still says whose export it is.
  const ascii = `qingfeng-summary-${root.code}-${year}${asciiRangeNamePart(query, year)}`;
  if (query.format === 'csv') {
    const sheet = consolidatedSheets(c.env.DB, scope)[exportSheets.indexOf(query.sheet)];
    if (!sheet) throw new ApiError('export-sheet-unknown', { sheet: query.sheet });
    return c.body(csvStream(sheet), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(`${base}-${sheet.spec.name}.csv`, `${ascii}-${query.sheet}.csv`),
    });
  }
  return c.body(consolidatedWorkbook(c.env.DB, scope, c.get('now')), 200, {
    'Content-Type': XLSX_TYPE,
    'Content-Disposition': attachment(`${base}.xlsx`, `${ascii}.xlsx`),
  });
});
