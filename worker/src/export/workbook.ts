import { TEMPLATE_STAMP, TEMPLATE_VERSION } from '#shared/index.ts';
import { type SheetSource, xlsxStream } from '../xlsx/index.ts';
import { alertsSheet } from './alerts-sheet.ts';
import { ledgerSheets } from './ledger-sheets.ts';
import { type Consolidation, type ConsolidationScope, loadFigures } from './load.ts';
import { notesSheet } from './notes-sheet.ts';
import { reportSheet } from './report-sheet.ts';
import { reportUnitsSheet } from './report-units-sheet.ts';
import { statusSheet } from './status-sheet.ts';
import { summarySheet } from './summary-sheet.ts';
import { tallySheet } from './tally-sheet.ts';

/**
 * The consolidated workbook's sheets, in the spec's order. The figures are loaded once, when
 * the first sheet that shows them is read: after the ledger sheets in the package.
 */
export function consolidatedSheets(db: D1Database, c: ConsolidationScope): SheetSource[] {
  let figures: Promise<Consolidation> | undefined;
  const counted = (): Promise<Consolidation> => (figures ??= loadFigures(db, c));
  return [
    reportSheet(c, counted),
    reportUnitsSheet(c, counted),
    summarySheet(c, counted),
    statusSheet(c),
    alertsSheet(c, counted),
    notesSheet(db, c),
    tallySheet(c, counted),
    ...ledgerSheets(db, c),
  ];
}

/**
 * 汇总工作簿 as a stream: the first bytes leave once the scope is known, before any query over
 * the rows; the ledger rows are read from D1 as they are written, the figures after them.
 */
export function consolidatedWorkbook(db: D1Database, c: ConsolidationScope, created: Date): ReadableStream<Uint8Array> {
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
