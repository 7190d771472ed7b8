/**
 * Peak memory of `npm run validate` on 100k, 200k and 400k rows: the CLI's streamed check
 * (checkUpload) next to the whole-workbook path it replaced (readUpload + validateWorkbook)
 * and next to openpyxl in read-only mode iterating every row (the peer), each in a fresh
 * process, peak RSS as the kernel counts it (maxRSS). The child is bundled with esbuild first,
 * as the CLI ships, so tsx's own loader (~40 MB) is not counted as the CLI's.
 *
 *   npx tsx bench/cli-memory.ts        (or as part of `npm run bench`)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { activitySheetValues } from './activity-rows.ts';
import { median, table } from './measure.ts';
import { ensureActivityWorkbook } from './xlsx-fixture.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROWS = [100_000, 200_000, 400_000];
const RUNS = 3;
const GOAL_MB = 100;
const PYTHON = '/usr/bin/python3';
/** openpyxl's read-only mode streams the sheet XML; every value of every row is touched. */
const OPENPYXL = `
import sys, resource, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) if any(v is not None for v in row))
print(rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
`;

interface ChildRun {
  readonly rows: number;
  readonly errors: number;
  readonly seconds: number;
  readonly peakRssMB: number;
}

function node(bundle: string, mode: string, file = ''): ChildRun {
  return JSON.parse(execFileSync(process.execPath, [bundle, mode, file], { encoding: 'utf8' })) as ChildRun;
}

function openpyxl(file: string): number {
  const [, rss] = execFileSync(PYTHON, ['-c', OPENPYXL, file], { encoding: 'utf8' }).trim().split(' ');
  return Number(rss);
}

const medianOf = (runs: () => number): number => median(Array.from({ length: RUNS }, runs));

export async function benchCliMemory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qf-cli-memory-'));
  try {
    const bundle = join(dir, 'child.mjs');
    await build({
      entryPoints: [join(HERE, 'cli-memory-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'warning',
    });
    const empty = medianOf(() => node(bundle, 'none').peakRssMB);
    console.log(`\nCLI memory: peak RSS of one check in a fresh process, ${RUNS} runs, median (MB)`);
    const rows: string[][] = [];
    for (const count of ROWS) {
      const file = await ensureActivityWorkbook(
        join(HERE, '..', '.bench', `activity-ledger-${count / 1000}k.xlsx`),
        activitySheetValues(count),
      );
      const streamed = Array.from({ length: RUNS }, () => node(bundle, 'streamed', file));
      if (streamed.some((r) => r.rows !== count || r.errors !== 0))
        throw new Error(`streamed check of ${file} is wrong`);
      const whole = medianOf(() => node(bundle, 'whole', file).peakRssMB);
      const peer = medianOf(() => openpyxl(file));
      const s = median(streamed.map((r) => r.peakRssMB));
      rows.push([
        count.toLocaleString('en'),
        (statSync(file).size / 1024 / 1024).toFixed(1),
        whole.toFixed(0),
        s.toFixed(0),
        (s - empty).toFixed(0),
        peer.toFixed(0),
        `${(s / peer).toFixed(2)}×`,
        median(streamed.map((r) => r.seconds)).toFixed(2),
      ]);
    }
    console.log(
      table(
        [
          'rows',
          'file MB',
          'whole (before)',
          'streamed (CLI)',
          'streamed − empty',
          'openpyxl read-only',
          'CLI / openpyxl',
          'CLI s',
        ],
        rows,
      ),
    );
    console.log(
      `empty process (Node + the bundled code, no file): ${empty.toFixed(0)} MB; goal: streamed ≤ ${GOAL_MB} MB, flat in rows`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCliMemory();
