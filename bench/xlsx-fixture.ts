/**
 * The benchmark workbook: a valid 100k-row 廉政教育活动台账 (title row, the template's
 * headers, dates as real Excel dates) written with excelts' streaming writer (npm only,
 * so `npm run bench` needs no Python). Cached under .bench/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbookWriter } from '@cj-tech-master/excelts';
import { activity, type CellValue } from '#shared/index.ts';
import { activitySheetValues } from './activity-rows.ts';

export const BENCH_ROWS = 100_000;
/**
 * Reader limits for the benchmarks that read past what one submission may hold (the bench
 * workbook's 1.3M cells, five times the cell limit): how the reader and engine scale is measured
 * on files no intake accepts. Every intake uses the defaults (shared/limits.ts).
 */
export const PAST_INTAKE_LIMITS = { maxBytes: 256 * 1024 * 1024, maxCells: 20_000_000 } as const;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_WORKBOOK = join(ROOT, '.bench', `activity-ledger-${BENCH_ROWS / 1000}k.xlsx`);

export async function ensureBenchWorkbook(): Promise<string> {
  return ensureActivityWorkbook(BENCH_WORKBOOK, activitySheetValues(BENCH_ROWS));
}

export async function ensureActivityWorkbook(file: string, values: readonly CellValue[][]): Promise<string> {
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  const writer = new WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(activity.sheetName);
  // Serial numbers in a date-formatted column are real Excel dates, as clerks' files hold them.
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  for (const row of values) sheet.addRow([...row]).commit();
  await sheet.commit();
  await writer.commit();
  return file;
}
