import { TEMPLATE_STAMP, TEMPLATE_VERSION } from '#shared/index.ts';
import { type SheetSource, xlsxStream } from '../xlsx/index.ts';
import { alertsSheet } from './alerts-sheet.ts';
import { ledgerSheets } from './ledger-sheets.ts';
import type { Consolidation } from './load.ts';
import { notesSheet } from './notes-sheet.ts';
import { reportSheet } from './report-sheet.ts';
import { reportUnitsSheet } from './report-units-sheet.ts';
import { statusSheet } from './status-sheet.ts';
import { summarySheet } from './summary-sheet.ts';
import { tallySheet } from './tally-sheet.ts';

/** The consolidated workbook's sheets, in the spec's order. */
export function consolidatedSheets(db: D1Database, c: Consolidation): SheetSource[] {
  return [
    reportSheet(c),
    reportUnitsSheet(c),
    summarySheet(c),
    statusSheet(c),
    alertsSheet(c),
    notesSheet(db, c),
    tallySheet(c),
    ...ledgerSheets(db, c),
  ];
}

/** 汇总工作簿 as a stream: the first bytes leave before the ledger rows are read from D1. */
export function consolidatedWorkbook(db: D1Database, c: Consolidation, created: Date): ReadableStream<Uint8Array> {
  return xlsxStream(consolidatedSheets(db, c), {
    created,
    title: `${c.root.name}${c.year}年廉政教育台账汇总`,
    customProperties: {
      [TEMPLATE_STAMP.version]: TEMPLATE_VERSION,
      [TEMPLATE_STAMP.year]: String(c.year),
      QingfengScope: c.root.code,
    },
  });
}
