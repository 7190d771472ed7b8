/**
 * .xlsx reader benchmark: every reader in bench/xlsx-readers.ts on the same 100k-row
 * ledger, each run in a fresh child process (clean JIT and memory), 3 runs, median.
 *
 *   npx tsx bench/xlsx-read.ts        (or as part of `npm run bench`)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activity } from '#shared/index.ts';
import { BENCH_ROWS, ensureBenchWorkbook } from './xlsx-fixture.ts';
import type { Measurement } from './xlsx-measure.ts';
import { benchReaders, FLOOR_READER } from './xlsx-readers.ts';

const RUNS = 3;
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

export async function benchXlsxRead(): Promise<void> {
  const file = await ensureBenchWorkbook();
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(
    `\n.xlsx read: ${BENCH_ROWS.toLocaleString('en')} rows x ${activity.columns.length} columns (the activity ledger), ${size} MB (${file})`,
  );
  console.log(
    `each reader ${RUNS}x in a fresh process, median; heap = JS heap + ArrayBuffers of the reading isolate\n`,
  );
  const results: Measurement[] = [];
  for (const reader of benchReaders) {
    const runs: Measurement[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runChild(reader.name, file));
    results.push(median(runs));
  }
  const readers = new Set(benchReaders.filter((r) => !r.component).map((r) => r.name));
  const reference = results[0]?.fingerprint;
  const floor = results.find((r) => r.reader === FLOOR_READER)?.seconds ?? NaN;
  printTable(
    results.filter((r) => readers.has(r.reader)),
    'reader',
    floor,
    reference,
  );
  printTable(
    results.filter((r) => !readers.has(r.reader)),
    'component (sheet1.xml only, floor: all parts read)',
    floor,
  );
  console.log(`x floor: time against ${FLOOR_READER} in the same run`);
  console.log(`values: fingerprint (non-null cells:content hash) compared with ${results[0]?.reader}`);
}

/**
 * One measured read in a fresh process; `heapLimitMB` caps the reading isolate's heap. The
 * child gets a temp folder of its own, removed when it exits: excelts' streaming reader
 * stages a sheet there (31 MB for the bench file) and its clean-up does not outlive the
 * worker thread that is stopped right after the read.
 */
export function runChild(reader: string, file: string, heapLimitMB?: number): Promise<Measurement> {
  const limit = heapLimitMB === undefined ? [] : [String(heapLimitMB)];
  const temp = mkdtempSync(join(tmpdir(), 'qf-bench-read-'));
  return new Promise<Measurement>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'xlsx-measure.ts'), reader, file, ...limit], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, TMPDIR: temp },
    });
    let out = '';
    child.stdout.on('data', (data: Buffer) => (out += data.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${reader}: child exited with ${code}`));
      else resolve(JSON.parse(out) as Measurement);
    });
  }).finally(() => rmSync(temp, { recursive: true, force: true }));
}

/** The run with the median time; its memory figures come along with it. */
function median(runs: Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no runs');
  return middle;
}

function printTable(rows: Measurement[], title: string, floor: number, reference?: string): void {
  if (rows.length === 0) return;
  const fastest = Math.min(...rows.map((r) => r.seconds));
  const table = rows.map(
    (r): Record<string, string> => ({
      [title]: r.reader,
      seconds: r.seconds.toFixed(2),
      'peak heap MB': r.peakHeapMB.toFixed(0),
      'Δ heap MB': (r.peakHeapMB - r.baselineHeapMB).toFixed(0),
      'peak RSS MB': r.peakRssMB.toFixed(0),
      'x fastest': (r.seconds / fastest).toFixed(2),
      'x floor': (r.seconds / floor).toFixed(2),
      ...(reference === undefined ? {} : { values: r.fingerprint === reference ? 'same' : 'DIFFER' }),
    }),
  );
  const columns = Object.keys(table[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...table.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(columns));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of table) console.log(line(columns.map((c) => row[c] ?? '')));
  console.log('');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchXlsxRead();
