/**
 * A streaming .xlsx writer for Web runtimes (workerd, browsers, Node): rows are pulled
 * from the caller only as the consumer reads, so the first bytes leave at once and
 * memory stays flat however long the sheets are. Design and measurements:
 * docs/xlsx-writer.md.
 */
import { ListSheet } from './list-sheet.ts';
import {
  appXml,
  contentTypesXml,
  coreXml,
  customXml,
  rootRelsXml,
  sheetPath,
  workbookRelsXml,
  workbookXml,
  type WorkbookSheet,
} from './package-parts.ts';
import { quoteSheetName, uniqueSheetNames } from './sheet-names.ts';
import { SheetRows, sheetFoot, sheetHead } from './sheet-xml.ts';
import { stylesXml } from './styles.ts';
import type { Row, SheetSource, SheetSpec, XlsxOptions } from './types.ts';
import { pickEngine, ZipOutput } from './zip-output.ts';

export function xlsxStream(
  sheets: Iterable<SheetSource> | AsyncIterable<SheetSource>,
  options: XlsxOptions = {},
): ReadableStream<Uint8Array> {
  const chunks = xlsxChunks(sheets, options);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      // Runs the generator's finally blocks, which close the caller's row iterators.
      await chunks.return(undefined);
    },
  });
}

/**
 * Bytes gathered before a chunk is handed on: every chunk costs a pull, an enqueue and a
 * network write, and zlib hands back a few KB at a time. 64 KB still streams at once.
 */
const MIN_CHUNK = 64 * 1024;

interface PlannedSheet {
  readonly source: SheetSource;
  readonly spec: SheetSpec;
  readonly foot: string;
}

/** Sheet names settled and footers (validations) built before the workbook part is written. */
async function plan(sheets: Iterable<SheetSource> | AsyncIterable<SheetSource>): Promise<PlannedSheet[]> {
  const sources: SheetSource[] = [];
  for await (const source of sheets) sources.push(source);
  const names = uniqueSheetNames([...sources.map((s) => s.spec.name), '_lists']);
  const lists = new ListSheet(names[names.length - 1]!);
  const planned = sources.map((source, i) => {
    const spec = { ...source.spec, name: names[i]! };
    return { source, spec, foot: sheetFoot(spec, lists.reference) };
  });
  if (lists.used) {
    const source = lists.source();
    planned.push({ source, spec: source.spec, foot: sheetFoot(source.spec, lists.reference) });
  }
  return planned;
}

/** The earliest time a zip entry can carry: the stamp of a package whose caller gives none. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

async function* xlsxChunks(
  sheets: Iterable<SheetSource> | AsyncIterable<SheetSource>,
  options: XlsxOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const planned = await plan(sheets);
  const created = options.created ?? ZIP_EPOCH;
  const zip = new ZipOutput(pickEngine(options.deflate), options.level ?? 6, created);
  const custom = options.customProperties ?? {};
  const hasCustom = Object.keys(custom).length > 0;
  const book: WorkbookSheet[] = planned.map(({ spec }) => ({
    name: spec.name,
    hidden: spec.hidden === true,
    filterRange: spec.autoFilter === undefined ? null : `${quoteSheetName(spec.name)}!${absolute(spec.autoFilter)}`,
    titleRows:
      spec.print?.titleRows === undefined
        ? null
        : `${quoteSheetName(spec.name)}!$${spec.print.titleRows.first}:$${spec.print.titleRows.last}`,
  }));
  await zip.file('[Content_Types].xml', contentTypesXml(planned.length, hasCustom));
  await zip.file('_rels/.rels', rootRelsXml(hasCustom));
  await zip.file('docProps/app.xml', appXml());
  await zip.file('docProps/core.xml', coreXml(options.title, options.creator ?? '清风台账', created));
  if (hasCustom) await zip.file('docProps/custom.xml', customXml(custom));
  await zip.file('xl/workbook.xml', workbookXml(book));
  await zip.file('xl/_rels/workbook.xml.rels', workbookRelsXml(planned.length));
  await zip.file('xl/styles.xml', stylesXml());
  // The package parts leave before the first sheet, however long its rows take to come.
  const parts = zip.take();
  if (parts) yield parts;
  const firstVisible = book.findIndex((s) => !s.hidden);
  // Zip entries may come in any order: the workbook part alone sets the tabs' order.
  const order = [...planned.entries()].sort(
    ([, a], [, b]) => Number(a.source.late === true) - Number(b.source.late === true),
  );
  for (const [i, sheet] of order) {
    const entry = zip.open(sheetPath(i));
    entry.write(sheetHead(sheet.spec, i === firstVisible));
    const sheetRows = new SheetRows(sheet.spec);
    const write = (row: Row): void => {
      sheetRows.write(entry.xml, row);
      entry.pushWhenFull();
    };
    const rows = sheet.source.rows;
    // A sync source is looped without an await per row (unless the deflater asks for a pause).
    if (Symbol.iterator in rows) {
      for (const row of rows) {
        write(row);
        const pause = entry.takePause();
        if (pause) await pause;
        const out = zip.take(MIN_CHUNK);
        if (out) yield out;
      }
    } else {
      for await (const row of rows) {
        write(row);
        const pause = entry.takePause();
        if (pause) await pause;
        const out = zip.take(MIN_CHUNK);
        if (out) yield out;
      }
    }
    entry.write(sheet.foot);
    await entry.close();
    const out = zip.take();
    if (out) yield out;
  }
  zip.end();
  const last = zip.take();
  if (last) yield last;
}

/** "A2:L2" → "$A$2:$L$2", as Excel writes the filter database. */
function absolute(range: string): string {
  return range.replace(/([A-Za-z]+)(\d+)/g, '$$$1$$$2');
}
