import {
  activity,
  type CellValue,
  inspection,
  rectification,
  type SheetInput,
  TEMPLATE_VERSION,
} from '#shared/index.ts';
import { sheetOf, validRow } from '../../tests/support/ledger-builder.ts';
import { STAMP_SHEET, stampFromRows, stampRows } from '#shared/template/stamp-sheet.ts';
import type { ExcelHost } from '../../tests/fakes/excel-host.ts';
import { hostAt } from './fake-port.ts';

const grid = (sheet: SheetInput): CellValue[][] => sheet.values.map((row) => [...row]);

/** Stamped as the current template stamps: the hidden stamp sheet, and custom properties too. */
export function stampAsTemplate(host: ExcelHost, version: string, year: number): void {
  host.addSheet(STAMP_SHEET, stampRows(version, year));
  host.sheet(STAMP_SHEET).visibility = 'Hidden';
  host.customProperties.set('QingfengTemplate', version);
  host.customProperties.set('QingfengYear', String(year));
}

/** What the stamp sheet of the host says, {} without one. */
export function stampSheetOf(host: ExcelHost): Record<string, string> {
  return host.sheets.some((s) => s.name === STAMP_SHEET) ? stampFromRows(host.sheet(STAMP_SHEET).values) : {};
}

/** A workbook stamped with the current template, with an extra (warning) header and two bad activity rows (errors). */
export function plantedHost(minor = 17): ExcelHost {
  const host = hostAt(minor);
  const headers = [...Object.keys(validRow.activity), '多余列'];
  host.addSheet('说明', [['请勿修改']]);
  host.addSheet(
    activity.sheetName,
    grid(sheetOf('activity', [{}, { 参加人次: -5 }, {}, { 活动日期: '不是日期' }], { headers })),
  );
  stampAsTemplate(host, TEMPLATE_VERSION, 2026);
  return host;
}

/** A valid rectification ledger of `rows` rows. */
export function bigHost(rows: number, minor = 17): ExcelHost {
  return hostAt(minor).addSheet(
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
