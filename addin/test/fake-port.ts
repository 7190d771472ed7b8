import type { ExcelHost } from '../../tests/fakes/excel-host.ts';
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
