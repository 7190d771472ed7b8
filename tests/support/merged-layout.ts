/**
 * One merged layout for the .xlsx reader and the add-in's reader alike: a title merged across
 * the header's width and a 组织单位 merged over three data rows, where the cells under the
 * anchors still hold values (files written by other programs keep them; Excel hides them).
 */
import type { CellValue } from '#shared/index.ts';
import { activity, columnLetter } from '#shared/index.ts';
import { sheetOf } from './ledger-builder.ts';

export const mergedSheetName = activity.sheetName;

const organizer = activity.columns.findIndex((c) => c.header === '组织单位');
const lastColumn = activity.columns.length - 1;

/** Cells as stored in the file, from A1: every cell of both merged areas holds a value. */
export const storedValues: CellValue[][] = (() => {
  const values = sheetOf(
    'activity',
    ['理论学习', '红廉教育', '家风教育'].map((活动类别) => ({ 活动类别 })),
  ).values.map((row) => [...row]);
  values[0] = values[0]!.map((v, i) => v ?? `标题残留${i}`);
  for (const row of values.slice(2)) row[organizer] = '七眼桥镇纪委';
  return values;
})();

/** 0-based, inclusive: the title row, and 组织单位 of the three data rows (E3:E5). */
export const merges = [
  { top: 0, left: 0, bottom: 0, right: lastColumn },
  { top: 2, left: organizer, bottom: 4, right: organizer },
] as const;

/** What Excel shows of the same sheet: the title in A1 alone, 组织单位 in E3 alone. */
export const shownValues: CellValue[][] = storedValues.map((row, r) => {
  if (r === 0) return row.map((v, c) => (c === 0 ? v : null));
  return r === 3 || r === 4 ? row.map((v, c) => (c === organizer ? null : v)) : row;
});

/** 组织单位's column letter, where the engine reports the hidden cells as blank. */
export const organizerLetter = columnLetter(organizer);
