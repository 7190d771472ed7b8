import { env } from 'cloudflare:workers';
import { TEMPLATE_VERSION } from '#shared/index.ts';
import { type RowCells, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';

/** A fixture workbook's bytes (see TEST_WORKBOOKS in vitest.config.ts). */
export function fixtureBytes(name: string): Uint8Array {
  const base64 = env.TEST_WORKBOOKS[name];
  if (base64 === undefined) throw new Error(`no fixture ${name}`);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** A JSON submission body, as the add-in sends it, with the given activity rows. */
export function submissionJson(
  activityRows: readonly RowCells[],
  extra: { year?: number; caseRows?: readonly RowCells[] } = {},
) {
  const workbook = workbookOf(
    {
      activity: sheetOf('activity', activityRows),
      ...(extra.caseRows ? { rectification: sheetOf('rectification', extra.caseRows) } : {}),
    },
    TEMPLATE_VERSION,
  );
  return { year: extra.year ?? 2026, templateVersion: TEMPLATE_VERSION, sheets: workbook.sheets };
}

/** `count` valid, distinct activity rows. */
export function activityRows(count: number, from = 0, year = 2026): RowCells[] {
  return Array.from({ length: count }, (_, i) => ({
    序号: from + i + 1,
    活动主题: `第${from + i + 1}期廉政教育`,
    活动日期: `${year}-0${1 + (i % 9)}-1${i % 10}`,
  }));
}
