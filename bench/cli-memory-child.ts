/**
 * Child of bench/cli-memory.ts, bundled by it: one check of one file in a fresh process,
 * then its peak RSS as one JSON line. `streamed` is the CLI's checkFile (checkUpload), `whole`
 * the path it replaced (readUpload + validateWorkbook), `read` the same stream with no engine
 * (every row dropped as it comes: the reader's share), `none` only the process and its code.
 * `retained` (run with --expose-gc) streams into the engine and gives what the engine holds
 * at the end of the read: the heap and buffers with its check alive, less those once dropped.
 */
import { readFileSync } from 'node:fs';
import { validateWorkbook } from '#shared/index.ts';
import { WorkbookCheck } from '#shared/validate/workbook-check.ts';
import type { ByteSource } from '#shared/xlsx/byte-source.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { streamXlsx } from '#shared/xlsx/stream-xlsx.ts';
import { checkFile } from '../cli/check-file.ts';
import { openFileSource } from '../cli/file-source.ts';
import { peakRssBytes } from './measure.ts';
import { PAST_INTAKE_LIMITS } from './xlsx-fixture.ts';

const [mode = 'none', file = ''] = process.argv.slice(2);
const limits = PAST_INTAKE_LIMITS;
const options = { year: 2026, today: '2026-12-31' };

/** The file whole in memory, as the CLI read it before (`whole`). */
function fileBytes(): Uint8Array {
  const buffer = readFileSync(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Heap and ArrayBuffers in use after full collections (needs --expose-gc). */
function inUse(): number {
  const { gc } = globalThis as { gc?: () => void };
  if (gc === undefined) throw new Error('run with --expose-gc');
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** checkUpload's stream, with the engine's check handed back before its finish. */
async function streamIntoEngine(bytes: ByteSource): Promise<WorkbookCheck> {
  const check = new WorkbookCheck(options, null);
  await streamXlsx(bytes, limits, () => ({
    sink: (sheet: string) => {
      const sheetCheck = check.sheet(sheet);
      return sheetCheck === null ? null : (row, first, cells) => sheetCheck.row(row, first, cells);
    },
    again: (sheet: string) => check.rereadSink(sheet),
  }));
  return check;
}

const start = performance.now();
let rows = 0;
let errors = 0;
let retainedMB = 0;
if (mode === 'streamed') {
  const report = await checkFile(file, options, limits);
  rows = Object.values(report.rowCounts).reduce((a, b) => a + b, 0);
  errors = report.errorCount;
} else if (mode === 'whole') {
  const read = await readUpload(fileBytes(), limits);
  if (read.kind === 'read') {
    const result = validateWorkbook(read.input, options);
    rows = Object.values(result.ledgers).reduce((a, l) => a + l.rowCount, 0);
    errors = result.errorCount;
  }
} else if (mode === 'read') {
  await streamXlsx(openFileSource(file), limits, () => ({
    sink: () => () => {
      rows++;
    },
  }));
} else if (mode === 'retained') {
  const held: { check: WorkbookCheck | null } = { check: await streamIntoEngine(openFileSource(file)) };
  const withEngine = inUse();
  held.check = null;
  // A turn of the event loop first: until the stream's last promise jobs have run, they still
  // reach the check, and it measured as holding nothing.
  await new Promise((resolve) => setImmediate(resolve));
  retainedMB = (withEngine - inUse()) / 1024 / 1024;
}
const seconds = (performance.now() - start) / 1000;
process.stdout.write(
  `${JSON.stringify({ rows, errors, seconds, retainedMB, peakRssMB: peakRssBytes() / 1024 / 1024 })}\n`,
);
