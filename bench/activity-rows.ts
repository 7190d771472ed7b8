import { activityCategories, activity, type CellValue, isoToExcelSerial } from '#shared/index.ts';

/**
 * A year's activity ledger of a large district as Office.js hands it over: title row,
 * header row, then rows with dates as serials, counts as numbers, text as strings.
 */
export function activitySheetValues(rows: number): CellValue[][] {
  const values: CellValue[][] = [['某区2026年廉政教育活动台账'], activity.columns.map((c) => c.header)];
  const start = isoToExcelSerial('2026-01-01');
  const levels = ['区级', '乡级、村级', '村级', '区级、乡级、村级', null];
  for (let i = 0; i < rows; i++) {
    values.push([
      i + 1,
      start + (i % 300),
      activityCategories[i % activityCategories.length] ?? '其他',
      `第${i + 1}期廉政教育活动`,
      `七眼桥镇第${(i % 40) + 1}村`,
      i % 3 === 0 ? '王若飞故居' : null,
      20 + (i % 400),
      levels[i % levels.length] ?? null,
      i % 5 === 0 ? null : i % 120,
      i % 7,
      i % 13 === 0 ? 1 : null,
      null,
      i % 11 === 0 ? '补录' : null,
    ]);
  }
  return values;
}
