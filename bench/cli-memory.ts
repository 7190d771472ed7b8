/**
 * Peak memory of `npm run validate` on 100k, 200k and 400k rows: the CLI's streamed check
 * (checkUpload) next to the whole-workbook path it replaced (readUpload + validateWorkbook),
 * next to the same stream with no engine (the reader's share), and next to openpyxl in
 * read-only mode iterating every row (the peer), each in a fresh process, peak RSS as the
 * kernel keeps it for the process's own address space (VmHWM, not maxRSS: see peakRssBytes); and what the engine itself holds at the end of the read. The child is bundled with esbuild first,
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
import { recordGoal } from './goals.ts';
import { median, table } from './measure.ts';
import { ensureActivityWorkbook } from './xlsx-fixture.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROWS = [100_000, 200_000, 400_000];
const RUNS = 3;
const GOAL_MB = 100;
const PYTHON = '/usr/bin/python3';
/** openpyxl's read-only mode streams the sheet XML; every value of every row is touched. */
const OPENPYXL = `
import sys, re, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) if any(v is not None for v in row))
print(rows, int(re.search(r'^VmHWM:\\s+(\\d+) kB$', open('/proc/self/status').read(), re.M).group(1)) / 1024)
`;

interface ChildRun {
  readonly rows: number;
  readonly errors: number;
  readonly seconds: number;
  readonly peakRssMB: number;
  readonly retainedMB: number;
}

function node(bundle: string, mode: string, file = '', flags: readonly string[] = []): ChildRun {
  return JSON.parse(execFileSync(process.execPath, [...flags, bundle, mode, file], { encoding: 'utf8' })) as ChildRun;
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
    const peaks: { count: number; streamed: number; peer: number }[] = [];
    for (const count of ROWS) {
      const file = await ensureActivityWorkbook(
        join(HERE, '..', '.bench', `activity-ledger-${count / 1000}k.xlsx`),
        activitySheetValues(count),
      );
      const streamed = Array.from({ length: RUNS }, () => node(bundle, 'streamed', file));
      if (streamed.some((r) => r.rows !== count || r.errors !== 0))
        throw new Error(`streamed check of ${file} is wrong`);
      const whole = medianOf(() => node(bundle, 'whole', file).peakRssMB);
      const readAlone = medianOf(() => node(bundle, 'read', file).peakRssMB);
      const retained = node(bundle, 'retained', file, ['--expose-gc']).retainedMB;
      const peer = medianOf(() => openpyxl(file));
      const s = median(streamed.map((r) => r.peakRssMB));
      peaks.push({ count, streamed: s, peer });
      rows.push([
        count.toLocaleString('en'),
        (statSync(file).size / 1024 / 1024).toFixed(1),
        whole.toFixed(0),
        s.toFixed(0),
        (s - empty).toFixed(0),
        readAlone.toFixed(0),
        (s - readAlone).toFixed(0),
        retained.toFixed(1),
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
          'read alone (no engine)',
          'streamed − read alone',
          'engine holds at end',
          'openpyxl read-only',
          'CLI / openpyxl',
          'CLI s',
        ],
        rows,
      ),
    );
    const first = peaks[0];
    const last = peaks[peaks.length - 1];
    if (first === undefined || last === undefined) return;
    const per100k = ((last.streamed - first.streamed) / (last.count - first.count)) * 100_000;
    const peerPer100k = ((last.peer - first.peer) / (last.count - first.count)) * 100_000;
    console.log(
      `empty process (Node + the bundled code, no file): ${empty.toFixed(0)} MB; goal: streamed ≤ ${GOAL_MB} MB at 100k, flat in rows`,
    );
    console.log(
      `growth from ${first.count / 1000}k to ${last.count / 1000}k rows: CLI ${per100k.toFixed(1)} MB per 100k rows, openpyxl ${peerPer100k.toFixed(1)} MB`,
    );
    recordGoal({
      figure: `CLI peak RSS, ${first.count / 1000}k rows`,
      subject: `${first.streamed.toFixed(0)} MB`,
      against: `the goal, ${GOAL_MB} MB`,
      ratio: first.streamed / GOAL_MB,
      goal: 1,
    });
    recordGoal({
      figure: `CLI peak RSS ÷ openpyxl, ${first.count / 1000}k rows`,
      subject: `${first.streamed.toFixed(0)} MB`,
      against: `openpyxl read-only ${first.peer.toFixed(0)} MB`,
      ratio: first.streamed / first.peer,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCliMemory();
