/**
 * Reads the values of an .xlsx the way Office.js `Range.values` reports a used range,
 * so uploaded files and the add-in feed the same validation engine. Portable (Node,
 * browsers, workerd): plain TypeScript over bytes (byte-source.ts) and TextDecoder, no Node APIs;
 * parts are inflated by the runtime's zlib where it has one (raw-inflate.ts), hence async.
 * Streams every part; only `XlsxReadError` escapes, whatever the bytes. Measurements
 * and design choices: docs/xlsx-reader.md.
 */
import type { CellValue } from '../cells/cell-value.ts';
import { MAX_SUBMISSION_CELLS, MAX_UPLOAD_BYTES } from '../limits.ts';
import { type ByteSource, isByteSource } from './byte-source.ts';
import { type RawInflate, runtimeInflate } from './raw-inflate.ts';
import type { PackageReader } from './xml-part.ts';
import { declaredSize, hasPart, readXmlPart } from './xml-part.ts';
import {
  CustomPropertiesHandler,
  dirOf,
  relType,
  RelationshipsHandler,
  WorkbookHandler,
  type Relationship,
} from './package-xml.ts';
import { isStampSheet, stampFromRows } from '../template/stamp-sheet.ts';
import { SharedStringsHandler } from './shared-strings.ts';
import { type CellSink, SheetGrid } from './sheet-grid.ts';
import { type SheetContext, SheetHandler } from './sheet-xml.ts';
import { StylesHandler } from './styles-xml.ts';
import { toXlsxError, XlsxReadError } from './xlsx-error.ts';
import { openZip } from './zip-entries.ts';

export { XlsxReadError, type XlsxErrorCode } from './xlsx-error.ts';

export interface XlsxSheet {
  name: string;
  /** Top-left cell of the used range ("A1" for an empty sheet). */
  address: string;
  /** Dense rows × columns of the used range; null for empty cells. */
  values: CellValue[][];
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  customProperties: Record<string, string>;
  /** The stamp's entries in the stamp sheet (shared/template/stamp-sheet.ts), whatever includeSheet says. */
  stampSheet: Record<string, string>;
}

export interface XlsxReadOptions {
  /** Sheets it rejects are not even inflated. Its exceptions propagate unchanged. */
  includeSheet?: (name: string) => boolean;
  /** Who inflates: default the runtime's zlib, else fflate (raw-inflate.ts); the CLI passes node:zlib. */
  inflate?: RawInflate;
  /** File size limit, default MAX_UPLOAD_BYTES (shared/limits.ts). */
  maxBytes?: number;
  /** Total inflated bytes over all parts read (zip-bomb guard), default 300 MiB. */
  maxUncompressedBytes?: number;
  /** Cells in all returned used ranges together, default MAX_SUBMISSION_CELLS (shared/limits.ts). */
  maxCells?: number;
}

const MiB = 1024 * 1024;
const DEFAULT_MAX_UNCOMPRESSED = 300 * MiB;

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

/** The package opened and its lists read, before any sheet is: what the annotated workbook edits too. */
export interface OpenedWorkbook {
  readonly pkg: PackageReader;
  readonly workbookPath: string;
  /** Worksheets only, in workbook order. */
  readonly sheets: readonly SheetPart[];
  /** Every sheet's name, chart sheets included: a new sheet must not take one. */
  readonly sheetNames: readonly string[];
  readonly date1904: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
  readonly customPropertiesPath: string;
}

export async function readXlsx(bytes: ByteSource, options: XlsxReadOptions = {}): Promise<XlsxWorkbook> {
  const book = await guard(() => openWorkbook(bytes, options));
  const include = options.includeSheet;
  const wanted = include === undefined ? book.sheets : book.sheets.filter((s) => include(s.name));
  const stamp = book.sheets.find((s) => isStampSheet(s.name));
  const read = stamp === undefined || wanted.includes(stamp) ? wanted : [...wanted, stamp];
  const workbook = await guard(() => readWorkbook(book, read, options.maxCells ?? MAX_SUBMISSION_CELLS));
  const stampSheet = workbook.sheets.find((s) => isStampSheet(s.name));
  return {
    ...workbook,
    sheets: read === wanted ? workbook.sheets : workbook.sheets.filter((s) => s !== stampSheet),
    stampSheet: stampSheet ? stampFromRows(stampSheet.values) : {},
  };
}

/** Runs a step of reading; whatever it throws leaves as an XlsxReadError. */
export async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toXlsxError(error);
  }
}

export async function openWorkbook(bytes: ByteSource, options: XlsxReadOptions): Promise<OpenedWorkbook> {
  if (!isByteSource(bytes)) throw new XlsxReadError('not-xlsx', { reason: 'not bytes' });
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (bytes.length > maxBytes) {
    throw new XlsxReadError('too-large', { bytes: bytes.length, limit: maxBytes });
  }
  const pkg: PackageReader = {
    archive: openZip(bytes),
    budget: { used: 0, limit: options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED },
    inflate: options.inflate ?? runtimeInflate(),
  };
  const rootRels = await readRelationships(pkg, '_rels/.rels', '');
  const workbookPath = findTarget(rootRels, 'officeDocument') ?? 'xl/workbook.xml';
  const workbook = new WorkbookHandler();
  if (!(await readXmlPart(pkg, workbookPath, workbook))) {
    throw new XlsxReadError('not-xlsx', { reason: 'no workbook part' });
  }
  const dir = dirOf(workbookPath);
  const rels = await readRelationships(pkg, relationshipsPath(workbookPath), dir);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const sheet of workbook.sheets) {
    const rel = byId.get(sheet.relId);
    // Chart, dialog and macro sheets are not worksheets in Office.js either; Excel keeps
    // Excel 5 module and dialog sheets of an .xlsm as `<sheet r:id=""/>`, with no part.
    if (rel !== undefined && rel.target !== null && relType(rel.type) === 'worksheet') {
      sheets.push({ name: sheet.name, path: rel.target });
    }
  }
  return {
    pkg,
    workbookPath,
    sheets,
    sheetNames: workbook.sheets.map((s) => s.name),
    date1904: workbook.date1904,
    sharedStringsPath: findTarget(rels, 'sharedStrings'),
    stylesPath: findTarget(rels, 'styles'),
    customPropertiesPath: findTarget(rootRels, 'custom-properties') ?? 'docProps/custom.xml',
  };
}

/** What reading sheets needs, read once: custom properties, shared strings, 1904 date styles. */
export async function readSheetContext(
  book: OpenedWorkbook,
  wanted: readonly SheetPart[],
): Promise<{ customProperties: Record<string, string>; context: SheetContext }> {
  const { pkg } = book;
  const custom = new CustomPropertiesHandler();
  await readXmlPart(pkg, book.customPropertiesPath, custom);
  const sharedStrings = new SharedStringsHandler();
  let dateStyles1904: ReadonlySet<number> | null = null;
  if (wanted.length > 0) {
    const stylesPath = book.date1904 ? book.stylesPath : null;
    checkDeclaredSizes(pkg, [...wanted.map((s) => s.path), book.sharedStringsPath, stylesPath]);
    if (book.sharedStringsPath !== null) await readXmlPart(pkg, book.sharedStringsPath, sharedStrings);
    dateStyles1904 = book.date1904 ? await readDateStyles(pkg, stylesPath) : null;
  }
  return { customProperties: custom.properties(), context: { sharedStrings: sharedStrings.table(), dateStyles1904 } };
}

/** Feeds one sheet part's cells to `sink`. */
export async function readSheetPart(
  book: OpenedWorkbook,
  sheet: SheetPart,
  sink: CellSink,
  context: SheetContext,
): Promise<void> {
  if (!(await readXmlPart(book.pkg, sheet.path, new SheetHandler(sink, context)))) {
    throw new XlsxReadError('corrupt', { part: sheet.path, reason: 'sheet part missing' });
  }
}

/** One sheet read whole into its used range. */
export async function readSheetValues(
  book: OpenedWorkbook,
  sheet: SheetPart,
  context: SheetContext,
  limit: number,
  available: number,
): Promise<XlsxSheet> {
  const grid = new SheetGrid(sheet.name, limit, available);
  await readSheetPart(book, sheet, grid, context);
  return { name: sheet.name, ...grid.toValues() };
}

async function readWorkbook(
  book: OpenedWorkbook,
  wanted: readonly SheetPart[],
  maxCells: number,
): Promise<Omit<XlsxWorkbook, 'stampSheet'>> {
  const { customProperties, context } = await readSheetContext(book, wanted);
  const sheets: XlsxSheet[] = [];
  let cellsLeft = maxCells;
  for (const sheet of wanted) {
    const read = await readSheetValues(book, sheet, context, maxCells, cellsLeft);
    cellsLeft -= read.values.length * (read.values[0]?.length ?? 0);
    sheets.push(read);
  }
  return { sheets, customProperties };
}

/** Refuses up front when the central directory already admits to too much output. */
function checkDeclaredSizes(pkg: PackageReader, paths: readonly (string | null)[]): void {
  let total = pkg.budget.used;
  for (const path of new Set(paths)) if (path !== null) total += declaredSize(pkg, path);
  if (total > pkg.budget.limit) throw new XlsxReadError('zip-bomb', { limit: pkg.budget.limit });
}

async function readDateStyles(pkg: PackageReader, path: string | null): Promise<Set<number>> {
  const styles = new StylesHandler();
  if (path !== null) await readXmlPart(pkg, path, styles);
  return styles.dateStyles();
}

/** The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPath(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

export async function readRelationships(pkg: PackageReader, path: string, baseDir: string): Promise<Relationship[]> {
  if (!hasPart(pkg, path)) return [];
  const handler = new RelationshipsHandler(baseDir);
  await readXmlPart(pkg, path, handler);
  return handler.relationships;
}

export function findTarget(rels: readonly Relationship[], type: string): string | null {
  return rels.find((r) => relType(r.type) === type && r.target !== null)?.target ?? null;
}
