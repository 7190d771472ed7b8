/**
 * Reads the ledger sheets of an .xlsx row by row into a consumer (the engine's WorkbookCheck)
 * instead of into grids: the same cells readXlsx gives, the same limits and refusals, holding
 * one row at a time (and 4 bytes a row to check merged areas against). A sheet whose rows are
 * out of order, or whose merged areas hide values, is read again whole (row-stream.ts), so its
 * rows are still what Office.js shows.
 */
import type { ByteSource } from './byte-source.ts';
import { isStampSheet, stampFromRows } from '../template/stamp-sheet.ts';
import { feedSheet, type RowSink } from '../validate/validate-sheet.ts';
import { MAX_SUBMISSION_CELLS } from '../limits.ts';
import {
  guard,
  type OpenedWorkbook,
  openWorkbook,
  readSheetContext,
  readSheetPart,
  readSheetValues,
  type SheetPart,
  type XlsxReadOptions,
  type XlsxWorkbook,
} from './read-xlsx.ts';
import { RowStream } from './row-stream.ts';
import type { SheetContext } from './sheet-xml.ts';

/** Where each sheet's rows go: null for a sheet read (its limits apply) but not passed on. */
export interface SheetSinks {
  sink(sheet: string): RowSink | null;
  /**
   * Once a sheet is read: where its rows go when the consumer must see some of them again
   * (the engine, to compare keys whose hashes met), or null, most often, when it need not.
   */
  again?(sheet: string): RowSink | null;
}

const ignore: RowSink = () => {};

/**
 * Streams the sheets `options.includeSheet` accepts, in workbook order. The stamp sheet is read
 * first, whole (it is small), so the consumer knows the template and year before any row. When a
 * sheet is read again, its sink is asked for once more and must start over.
 */
export async function streamXlsx<S extends SheetSinks>(
  bytes: ByteSource,
  options: XlsxReadOptions,
  start: (stamp: Pick<XlsxWorkbook, 'customProperties' | 'stampSheet'>) => S,
): Promise<S> {
  const book = await guard(() => openWorkbook(bytes, options));
  const include = options.includeSheet;
  const wanted = include === undefined ? book.sheets : book.sheets.filter((s) => include(s.name));
  const stamp = book.sheets.find((s) => isStampSheet(s.name));
  return guard(async () => {
    const read = stamp === undefined || wanted.includes(stamp) ? wanted : [...wanted, stamp];
    const { customProperties, context } = await readSheetContext(book, read);
    const maxCells = options.maxCells ?? MAX_SUBMISSION_CELLS;
    let cellsLeft = maxCells;
    let stampSheet: Record<string, string> = {};
    if (stamp !== undefined) {
      const { values } = await readSheetValues(book, stamp, context, maxCells, cellsLeft);
      cellsLeft -= values.length * (values[0]?.length ?? 0);
      stampSheet = stampFromRows(values);
    }
    const sinks = start({ customProperties, stampSheet });
    const sinkFor = (name: string): RowSink | null => sinks.sink(name);
    for (const sheet of wanted) {
      if (sheet === stamp) continue;
      const usedBefore = book.pkg.budget.used;
      const cells = { limit: maxCells, available: cellsLeft };
      cellsLeft -= await streamSheet(book, sheet, context, cells, sinkFor);
      const again = sinks.again?.(sheet.name) ?? null;
      if (again === null) continue;
      // Read a second time, the part counts once against the zip-bomb budget and its cells once.
      const usedAfter = book.pkg.budget.used;
      book.pkg.budget.used = usedBefore;
      await streamSheet(book, sheet, context, cells, () => again);
      book.pkg.budget.used = usedAfter;
    }
    return sinks;
  });
}

/** Streams one sheet (read again whole when it must be); returns the cells of its used range. */
async function streamSheet(
  book: OpenedWorkbook,
  sheet: SheetPart,
  context: SheetContext,
  cells: { readonly limit: number; readonly available: number },
  sinkFor: (sheet: string) => RowSink | null,
): Promise<number> {
  const usedBefore = book.pkg.budget.used;
  const stream = new RowStream(sheet.name, cells.limit, cells.available, sinkFor(sheet.name) ?? ignore);
  await readSheetPart(book, sheet, stream, context);
  const range = stream.end();
  if (!stream.needsGrid) return range?.cells ?? 0;
  // The part is inflated twice, but counts once against the zip-bomb budget, as in readXlsx.
  book.pkg.budget.used = usedBefore;
  const { address, values } = await readSheetValues(book, sheet, context, cells.limit, cells.available);
  const sink = sinkFor(sheet.name) ?? ignore;
  feedSheet({ address, values }, sink);
  return values.length * (values[0]?.length ?? 0);
}
