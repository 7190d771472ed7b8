import {
  activity,
  type CellValue,
  inspection,
  rectification,
  type SheetInput,
  TEMPLATE_VERSION,
} from '../../shared/index.ts';
import { sheetOf, validRow } from '../../tests/support/ledger-builder.ts';
import { ExcelHost } from '../../tests/fakes/excel-host.ts';

const grid = (sheet: SheetInput): CellValue[][] => sheet.values.map((row) => [...row]);

/** A workbook stamped with the current template, with an extra (warning) header and two bad activity rows (errors). */
export function plantedHost(): ExcelHost {
  const host = new ExcelHost();
  const headers = [...Object.keys(validRow.activity), '多余列'];
  host.addSheet('说明', [['请勿修改']]);
  host.addSheet(
    activity.sheetName,
    grid(sheetOf('activity', [{}, { 参加人次: -5 }, {}, { 活动日期: '不是日期' }], { headers })),
  );
  host.customProperties.set('QingfengTemplate', TEMPLATE_VERSION);
  host.customProperties.set('QingfengYear', '2026');
  return host;
}

/** A valid rectification ledger of `rows` rows. */
export function bigHost(rows: number): ExcelHost {
  return new ExcelHost().addSheet(
    rectification.sheetName,
    grid(
      sheetOf(
        'rectification',
        Array.from({ length: rows }, () => ({})),
      ),
    ),
  );
}

export const sheetNames = {
  activity: activity.sheetName,
  rectification: rectification.sheetName,
  inspection: inspection.sheetName,
} as const;
