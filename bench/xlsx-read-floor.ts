/**
 * Issue 15's reader figure: read + validate the 100k-row bench workbook against the
 * native-inflate floor (node:zlib `inflateRawSync` of the same parts, each into one buffer
 * of its size), in one process, interleaved (floor, each subject, floor, …) after one
 * warm-up round, medians: the ratios hold on a loaded machine where the times do not.
 *
 *   npx tsx bench/xlsx-read-floor.ts        (or as part of `npm run bench`)
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { validateWorkbook } from '#shared/index.ts';
import { fflateInflate, type RawInflate, streamInflate } from '#shared/xlsx/raw-inflate.ts';
import { checkUpload, readUpload } from '#shared/xlsx/read-upload.ts';
import { zlibInflate } from '../cli/zlib-inflate.ts';
import { recordGoal } from './goals.ts';
import { median, table } from './measure.ts';
import { BENCH_ROWS, ensureBenchWorkbook } from './xlsx-fixture.ts';
import { partsRead } from './xlsx-readers.ts';

const ROUNDS = 7;
const OPTIONS = { year: 2026, today: '2026-12-31' };

interface Subject {
  readonly name: string;
  run(bytes: Uint8Array): Promise<void>;
}

const floor: Subject = {
  name: 'floor: node:zlib inflateRawSync, same parts',
  run: async (bytes) => {
    for (const part of partsRead(bytes)) inflateRawSync(part.data, { chunkSize: Math.max(64, part.size) });
  },
};

/** The CLI's path: checked row by row as it is read, no rows kept. */
const checked = (inflate: RawInflate, who: string): Subject => ({
  name: `checkUpload, ${who}`,
  run: async (bytes) => {
    const result = await checkUpload(bytes, () => OPTIONS, { inflate });
    if (result.kind !== 'checked' || result.summary.errorCount > 0) throw new Error('bench workbook not clean');
  },
});

/** The Worker's and the dashboard's path: the rows read whole, then validated. */
const readWhole = (inflate: RawInflate, who: string): Subject => ({
  name: `readUpload + validateWorkbook, ${who}`,
  run: async (bytes) => {
    const read = await readUpload(bytes, { inflate });
    if (read.kind !== 'read' || validateWorkbook(read.input, OPTIONS).errorCount > 0) {
      throw new Error('bench workbook not clean');
    }
  },
});

const CLI = checked(zlibInflate, 'node:zlib (the CLI)');
const WHOLE = readWhole(zlibInflate, 'node:zlib');
const subjects: readonly Subject[] = [
  CLI,
  checked(fflateInflate, 'fflate (before)'),
  WHOLE,
  readWhole(streamInflate, "DecompressionStream (Node's)"),
  readWhole(fflateInflate, 'fflate (before)'),
];

async function timed(subject: Subject, bytes: Uint8Array): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const usage = process.cpuUsage();
  await subject.run(bytes);
  const used = process.cpuUsage(usage);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

export async function benchXlsxReadFloor(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(await ensureBenchWorkbook()));
  const all = [floor, ...subjects];
  const wall = new Map(all.map((s) => [s, [] as number[]]));
  const cpu = new Map(all.map((s) => [s, [] as number[]]));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const subject of all) {
      const t = await timed(subject, bytes);
      if (round === 0) continue; // warm-up
      wall.get(subject)?.push(t.wall);
      cpu.get(subject)?.push(t.cpu);
    }
  }
  const wallOf = (s: Subject): number => median(wall.get(s) ?? []);
  const cpuOf = (s: Subject): number => median(cpu.get(s) ?? []);
  console.log(
    `\n.xlsx read + validate ${BENCH_ROWS.toLocaleString('en')} rows against native inflate: in-process, interleaved, median of ${ROUNDS}`,
  );
  console.log(
    table(
      ['', 'wall ms', 'CPU ms', 'x floor (wall)', 'x floor (CPU)'],
      all.map((s) => [
        s.name,
        wallOf(s).toFixed(0),
        cpuOf(s).toFixed(0),
        (wallOf(s) / wallOf(floor)).toFixed(2),
        (cpuOf(s) / cpuOf(floor)).toFixed(2),
      ]),
    ),
  );
  // CPU time, not wall: on the loaded machine the 50 ms floor loses whole scheduler slices
  // (wall 2–7× its CPU time), which swings the wall ratio between runs; CPU time counts zlib's
  // thread-pool work too (process-wide).
  for (const [figure, subject] of [
    ['read + validate 100k rows, the CLI (checkUpload), CPU', CLI],
    ['read + validate 100k rows (readUpload + validateWorkbook), CPU', WHOLE],
  ] as const) {
    recordGoal({ figure, subject: subject.name, against: floor.name, ratio: cpuOf(subject) / cpuOf(floor), goal: 3 });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchXlsxReadFloor();
  (await import('./goals.ts')).printGoals();
}
