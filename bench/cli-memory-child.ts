/**
 * Child of bench/cli-memory.ts, bundled by it: one check of one file in a fresh process,
 * then its peak RSS as one JSON line. `streamed` is the CLI's checkFile (checkUpload), `whole`
 * the path it replaced (readUpload + validateWorkbook), `none` only the process and its code.
 */
import { readFileSync } from 'node:fs';
import { validateWorkbook } from '#shared/index.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { checkFile } from '../cli/check-file.ts';

const [mode = 'none', file = ''] = process.argv.slice(2);
/** Above the 10 MiB and 5M-cell intake limits, so that 200k and 400k rows are read at all. */
const limits = { maxBytes: 256 * 1024 * 1024, maxCells: 20_000_000 };
const options = { year: 2026, today: '2026-12-31' };
const start = performance.now();
let rows = 0;
let errors = 0;
if (mode === 'streamed') {
  const report = await checkFile(file, options, limits);
  rows = Object.values(report.rowCounts).reduce((a, b) => a + b, 0);
  errors = report.errorCount;
} else if (mode === 'whole') {
  const buffer = readFileSync(file);
  const read = await readUpload(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), limits);
  if (read.kind === 'read') {
    const result = validateWorkbook(read.input, options);
    rows = Object.values(result.ledgers).reduce((a, l) => a + l.rowCount, 0);
    errors = result.errorCount;
  }
}
const seconds = (performance.now() - start) / 1000;
process.stdout.write(
  `${JSON.stringify({ rows, errors, seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
