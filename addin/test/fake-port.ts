import { ExcelHost } from '../../tests/fakes/excel-host.ts';
import type { ExcelPort, ExcelRun } from '../src/excel/port.ts';

/**
 * The one cast between the fake and Office.js's types. The fake implements only the
 * members the adapter uses, so to the compiler it is not an Excel.RequestContext; a
 * member it lacks fails the test at run time instead, which is the signal to add it.
 */
export const fakePort = (host: ExcelHost): ExcelPort => ({
  run: host.run as unknown as ExcelRun,
  supports: (minor) => minor <= host.excelApiMinor,
});

/**
 * The ExcelApi levels the adapter's tests run at: Excel 2016 (1.1, the manifest's minimum), the
 * first with null objects (1.4), Excel 2019 (1.7), the first with data validation (1.8), and
 * Microsoft 365 (1.9 and later: the fake's newest).
 */
export const EXCEL_API_LEVELS = [1, 4, 7, 8, 17] as const;

export function hostAt(minor: number): ExcelHost {
  const host = new ExcelHost();
  host.excelApiMinor = minor;
  return host;
}

/**
 * Tests of tens of thousands of rows are defined at the two ends only (`if (atEnds(minor)) it(…)`), not
 * listed as skipped between: on the shared machine five runs each time out.
 */
export const atEnds = (minor: number): boolean =>
  minor === EXCEL_API_LEVELS[0] || minor === EXCEL_API_LEVELS[EXCEL_API_LEVELS.length - 1];
