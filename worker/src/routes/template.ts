import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { Hono } from 'hono';
import { requestYear } from '../clock.ts';
import { attachment } from '../attachment.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { templateWorkbook } from '../template/template-workbook.ts';

const MAX_UNIT_LENGTH = 50;
const YEAR = /^\d{4}$/;

function yearOf(raw: string | undefined, thisYear: number): number {
  if (raw === undefined || raw.trim() === '') return thisYear;
  const year = Number(raw.trim());
  if (!YEAR.test(raw.trim()) || year < 2000 || year > 2100) {
    throw new ApiError('year-invalid', { year: raw.slice(0, 20) });
  }
  return year;
}

function unitOf(raw: string | undefined): string | undefined {
  const unit = raw?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!unit) return undefined;
  if ([...unit].length > MAX_UNIT_LENGTH) throw new ApiError('unit-name-too-long', { max: MAX_UNIT_LENGTH });
  return unit;
}

/** Public: the blank standard template holds no data, and clerks need it before they have a credential. */
export const template = new Hono<AppEnv>().get('/template.xlsx', (c) => {
  const year = yearOf(c.req.query('year'), requestYear(c));
  const unitName = unitOf(c.req.query('unit'));
  const name = `${unitName ? `${unitName}-` : ''}清风台账标准模板-${year}.xlsx`;
  const body = templateWorkbook({ year, created: c.get('now'), ...(unitName === undefined ? {} : { unitName }) });
  return c.body(body, 200, {
    'Content-Type': XLSX_TYPE,
    'Content-Disposition': attachment(name, `qingfeng-template-${year}.xlsx`),
  });
});
