/**
 * The .xlsx readers the benchmark compares, each reduced to the same job: bytes in,
 * every sheet's values out as CellValue[][] (what the validation engine consumes).
 */
import { Workbook, WorkbookReader, type CellValue as ExceltsValue } from '@cj-tech-master/excelts';
import { Inflate, unzipSync } from 'fflate';
import type { CellValue } from '#shared/cells/cell-value.ts';
import { validateWorkbook } from '#shared/index.ts';
import { streamEntry } from '#shared/xlsx/inflate-entry.ts';
import { inflateRawSync } from 'node:zlib';
import { fflateInflate, type RawInflate, streamInflate } from '#shared/xlsx/raw-inflate.ts';
import { zlibInflate } from '../cli/zlib-inflate.ts';
import { readXlsx, type XlsxReadOptions } from '#shared/xlsx/read-xlsx.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { onlyLedgerSheets, toWorkbookInput } from '#shared/xlsx/workbook-input.ts';
import { entryBytes, openZip, type ZipArchive, type ZipEntry } from '#shared/xlsx/zip-entries.ts';
import { PAST_INTAKE_LIMITS } from './xlsx-fixture.ts';
import { denseRows, type Grid } from './xlsx-grid.ts';
import { readWithRegex } from './xlsx-regex-reader.ts';

export interface BenchReader {
  readonly name: string;
  readonly note: string;
  /** Component measurements (inflate only) are reported in their own table. */
  readonly component?: boolean;
  read(bytes: Uint8Array): Promise<Grid[]>;
}

const SHEET_PART = 'xl/worksheets/sheet1.xml';

function sheetPart(bytes: Uint8Array): { zip: ZipArchive; entry: ZipEntry } {
  const zip = openZip(bytes);
  const entry = zip.entries.get(SHEET_PART);
  if (entry === undefined) throw new Error(`no ${SHEET_PART}`);
  return { zip, entry };
}

/**
 * The intake path of /api/validate, /api/submissions, the dashboard and the CLI: readUpload,
 * then validateWorkbook; a refused file reads as no sheets (bench/intake-memory.ts). The
 * second one admits what the limits used to (20 MiB, 5,000,000 cells), to show why they do not.
 */
export const OLD_INTAKE_LIMITS = { maxBytes: 20 * 1024 * 1024, maxCells: 5_000_000 } as const;

const intake = (name: string, limits: Pick<XlsxReadOptions, 'maxBytes' | 'maxCells'> = {}): BenchReader => ({
  name,
  note: 'readUpload + validateWorkbook, refusals included',
  read: async (bytes) => {
    const read = await readUpload(bytes, limits);
    if (read.kind === 'unreadable') return [];
    const result = validateWorkbook(read.input, { year: 2026, today: '2026-12-31' });
    if (result.errorCount > 0)
      throw new Error(`benchmark workbook has ${result.errorCount} errors: ${result.issues[0]?.message}`);
    // No grids: the verdict is what matters here, and copying them would be measured too.
    return [];
  },
});
export const intakeReaders: readonly BenchReader[] = [
  intake('qingfeng intake'),
  intake('qingfeng intake, old limits', OLD_INTAKE_LIMITS),
];

/** What readXlsx inflates of the bench workbook: every part but the app and core properties. */
export function partsRead(bytes: Uint8Array): { data: Uint8Array; size: number }[] {
  const zip = openZip(bytes);
  return [...zip.entries.values()]
    .filter((e) => e.method === 8 && !e.name.startsWith('docProps/app') && !e.name.startsWith('docProps/core'))
    .map((e) => ({ data: entryBytes(zip, e), size: e.uncompressedSize }));
}

const readAndValidate = (name: string, inflate: RawInflate, note: string): BenchReader => ({
  name,
  note,
  read: async (bytes) => {
    const workbook = await readXlsx(bytes, { ...PAST_INTAKE_LIMITS, includeSheet: onlyLedgerSheets, inflate });
    const result = validateWorkbook(toWorkbookInput(workbook), { year: 2026, today: '2026-12-31' });
    if (result.errorCount > 0)
      throw new Error(`benchmark workbook has ${result.errorCount} errors: ${result.issues[0]?.message}`);
    return workbook.sheets.map((s) => s.values);
  },
});

/** The floor every reader is measured against: native zlib inflating the same parts, whole. */
export const FLOOR_READER = 'floor: node:zlib inflateRawSync, same parts';

export const benchReaders: readonly BenchReader[] = [
  {
    name: 'qingfeng readXlsx',
    note: 'shared/xlsx with node:zlib (the CLI) + byte-level XML scanner, streamed',
    read: async (bytes) =>
      (await readXlsx(bytes, { ...PAST_INTAKE_LIMITS, inflate: zlibInflate })).sheets.map((s) => s.values),
  },
  readAndValidate(
    'qingfeng readXlsx + validateWorkbook',
    zlibInflate,
    'what the CLI does with a file: read (node:zlib), then validate every row',
  ),
  readAndValidate(
    'same, DecompressionStream',
    streamInflate,
    "the Worker's and the browser's inflater, here Node's (zlib behind its web-stream adapter)",
  ),
  readAndValidate('same, fflate', fflateInflate, 'the fallback of old webviews, and the reader before'),
  {
    name: 'excelts WorkbookReader',
    note: '@cj-tech-master/excelts streaming reader (styles ignored)',
    read: async (bytes) => {
      const reader = new WorkbookReader(bytes, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'ignore',
        entries: 'ignore',
      });
      const grids: Grid[] = [];
      for await (const sheet of reader) {
        const rows = new Map<number, CellValue[]>();
        for await (const row of sheet) rows.set(row.number, row.values.slice(1).map(fromExcelts));
        grids.push(denseRows(rows));
      }
      return grids;
    },
  },
  {
    name: 'excelts Workbook.load',
    note: 'excelts in-memory workbook model (not streaming)',
    read: async (bytes) => {
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes);
      return workbook.worksheets.map((sheet) => {
        const rows = new Map<number, CellValue[]>();
        sheet.eachRow((row, number) => {
          rows.set(number, (row.values as ExceltsValue[]).slice(1).map(fromExcelts));
        });
        return denseRows(rows);
      });
    },
  },
  {
    name: 'fflate unzipSync + regex',
    note: 'whole sheet XML inflated and decoded to one string, then regex',
    read: async (bytes) => readWithRegex(bytes),
  },
  {
    name: 'inflate sheet: fflate Inflate',
    note: 'fflate streaming Inflate in 64 KiB pushes, sheet1.xml only',
    component: true,
    read: async (bytes) => {
      const { zip, entry } = sheetPart(bytes);
      const data = entryBytes(zip, entry);
      const inflate = new Inflate(() => {});
      const step = 64 * 1024;
      for (let at = 0; at < data.length; at += step) {
        inflate.push(data.subarray(at, at + step), at + step >= data.length);
      }
      return [];
    },
  },
  {
    name: FLOOR_READER,
    note: 'node:zlib inflateRawSync of every part readXlsx inflates, one call and one buffer each (no bounds)',
    component: true,
    read: async (bytes) => {
      // One output buffer of the part's size: zlib's growing of a 64 KiB default is not the floor.
      for (const part of partsRead(bytes)) inflateRawSync(part.data, { chunkSize: Math.max(64, part.size) });
      return [];
    },
  },
  ...(
    [
      ['node:zlib', zlibInflate],
      ['DecompressionStream', streamInflate],
      ['fflate', fflateInflate],
    ] as const
  ).map(
    ([who, inflate]): BenchReader => ({
      name: `inflate sheet: streamEntry, ${who}`,
      note: "the reader's bounded inflate (4 KiB input steps, budget and ratio checks), sheet1.xml only",
      component: true,
      read: async (bytes) => {
        const { zip, entry } = sheetPart(bytes);
        await streamEntry(zip, entry, { used: 0, limit: Infinity }, inflate, () => {});
        return [];
      },
    }),
  ),
  {
    name: 'unzip sheet: fflate unzipSync',
    note: 'fflate one-shot unzip of sheet1.xml (whole part in memory)',
    component: true,
    read: async (bytes) => {
      unzipSync(bytes, { filter: (file) => file.name === SHEET_PART });
      return [];
    },
  },
];

function fromExcelts(value: ExceltsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return value.result === undefined ? null : fromExcelts(value.result);
  if ('text' in value) return value.text;
  if ('checkbox' in value) return value.checkbox;
  return null;
}
