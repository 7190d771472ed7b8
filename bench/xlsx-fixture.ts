/**
 * The benchmark workbook: a valid 100k-row 廉政教育活动台账 (title row, the template's
 * headers, dates as real Excel dates) written with excelts' streaming writer (npm only,
 * so `npm run bench` needs no Python). Cached under .bench/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbookWriter } from '@cj-tech-master/excelts';
import { activity } from '../shared/index.ts';
import { activitySheetValues } from './activity-rows.ts';

export const BENCH_ROWS = 100_000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_WORKBOOK = join(ROOT, '.bench', `activity-ledger-${BENCH_ROWS / 1000}k.xlsx`);

export async function ensureBenchWorkbook(): Promise<string> {
  if (existsSync(BENCH_WORKBOOK)) return BENCH_WORKBOOK;
  mkdirSync(dirname(BENCH_WORKBOOK), { recursive: true });
  const writer = new WorkbookWriter({ filename: BENCH_WORKBOOK, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(activity.sheetName);
  // Serial numbers in a date-formatted column are real Excel dates, as clerks' files hold them.
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  for (const row of activitySheetValues(BENCH_ROWS)) sheet.addRow(row).commit();
  await sheet.commit();
  await writer.commit();
  return BENCH_WORKBOOK;
}
