import { type CellValue, topLeftOf } from '#shared/index.ts';
import { NEEDS } from './api-sets.ts';
import type { ExcelPort } from './port.ts';
import { sheetNameFor } from '../write/sheet-names.ts';
import { type ColumnFormat, writeColumnFormats, writeGrid } from './write-grid.ts';

export interface SheetData {
  readonly name: string;
  /** Top-left cell of the values, e.g. "A1". */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats of whole columns below the header row (1-based), e.g. dates. */
  readonly formats?: { readonly headerRow: number; readonly columns: readonly ColumnFormat[] };
}

/** Names a run gives sheets while it works; a later run knows any it finds as an interrupted run's. */
const STAGED = '~qingfeng-new-';
const STEPPED_ASIDE = '~qingfeng-old-';

/** Hands out prefix + 0, 1, … skipping names a sheet already has (Excel compares them without case). */
function namer(names: readonly string[], prefix: string): () => string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let i = 0;
  return () => {
    while (taken.has(`${prefix}${i}`.toLowerCase())) i++;
    return `${prefix}${i++}`;
  };
}

/**
 * Writes each sheet's rows into a sheet of its own named prefix + name, replacing the sheet
 * an earlier download made under that name; the clerk's other sheets are never touched.
 *
 * Resumable: the new sheets are written under staged names, so a run cut off while writing
 * (a closed pane, a lost connection) leaves the previous sheets as they were. Only the last
 * sync swaps names: the previous sheets step aside and go, the staged ones take their names.
 * Whatever an interrupted run left (staged sheets, previous sheets stepped aside) goes in that
 * same last sync of the next run that gets there, never earlier: Excel refuses to delete a
 * workbook's last sheet, and the sheets stepped aside are the clerk's previous download.
 */
export async function writeSheets(
  port: ExcelPort,
  sheets: readonly SheetData[],
  prefix: string,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  return port.run(async (context) => {
    const { worksheets } = context.workbook;
    worksheets.load('items/name');
    await context.sync();
    const names = worksheets.items.map((s) => s.name);
    const leftovers = worksheets.items.filter((s) => s.name.startsWith(STAGED) || s.name.startsWith(STEPPED_ASIDE));
    const named = sheets.map((s) => ({ ...s, target: sheetNameFor(prefix, s.name) }));
    const staged = namer(names, STAGED);
    const added = named.map((s) => ({ ...s, sheet: worksheets.add(staged()) }));
    // Each sheet's first rows go in the same sync as the sheet.
    for (const [i, s] of added.entries()) {
      const at = topLeftOf(s.address) ?? { row: 1, column: 0 };
      await writeGrid(context, s.sheet, at, s.values);
      if (s.formats)
        await writeColumnFormats(context, s.sheet, s.formats.columns, {
          from: s.formats.headerRow + 1,
          to: at.row + s.values.length - 1,
        });
      if (port.supports(NEEDS.frozenHeader)) s.sheet.freezePanes.freezeRows(1);
      onProgress?.(i + 1, added.length);
    }
    const previous = worksheets.items.filter((s) => named.some((n) => n.target.toLowerCase() === s.name.toLowerCase()));
    const aside = namer(names, STEPPED_ASIDE);
    for (const sheet of previous) sheet.name = aside();
    for (const s of added) s.sheet.name = s.target;
    added[0]?.sheet.activate();
    for (const sheet of [...previous, ...leftovers]) sheet.delete();
    await context.sync();
    return added.map((s) => s.target);
  });
}
