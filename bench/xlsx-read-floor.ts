/**
 * Issue 15's reader figure: read + validate the 100k-row bench workbook against the
 * native-inflate floor (node:zlib `inflateRawSync` of the same parts, each into one buffer
 * of its size), in one fresh process, interleaved (floor, each subject, floor, …) after one
 * warm-up round, medians of each round's ratio: they hold on a loaded machine where the times do not.
 *
 *   npx tsx bench/xlsx-read-floor.ts        (or as part of `npm run bench`)
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CellValue } from '#shared/cells/cell-value.ts';
import { validateWorkbook } from '#shared/index.ts';
import { fflateInflate, type RawInflate, streamInflate } from '#shared/xlsx/raw-inflate.ts';
import { checkUpload, readUpload } from '#shared/xlsx/read-upload.ts';
import { zlibInflate } from '../cli/zlib-inflate.ts';
import { recordGoal } from './goals.ts';
import { checkRows, inflateParts, leastCheck, leastRows, leastStrings } from './xlsx-least-reader.ts';
import { benchChild, median, table } from './measure.ts';
import { BENCH_ROWS, ensureBenchWorkbook, PAST_INTAKE_LIMITS } from './xlsx-fixture.ts';
import { partsRead } from './xlsx-readers.ts';

const ROUNDS = 7;
const HERE = fileURLToPath(import.meta.url);
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
    const result = await checkUpload(bytes, () => OPTIONS, { ...PAST_INTAKE_LIMITS, inflate });
    if (result.kind !== 'checked' || result.summary.errorCount > 0) throw new Error('bench workbook not clean');
  },
});

/** The Worker's and the dashboard's path: the rows read whole, then validated. */
const readWhole = (inflate: RawInflate, who: string): Subject => ({
  name: `readUpload + validateWorkbook, ${who}`,
  run: async (bytes) => {
    const read = await readUpload(bytes, { ...PAST_INTAKE_LIMITS, inflate });
    if (read.kind !== 'read' || validateWorkbook(read.input, OPTIONS).errorCount > 0) {
      throw new Error('bench workbook not clean');
    }
  },
});

/**
 * Not goals: about the least a JavaScript reader does on these bytes (bench/xlsx-least-reader.ts),
 * whole and in its two halves, to tell how much of the figure is the reader's to cut.
 */
const least: Subject = {
  name: 'reference: least JS reader (inflate, bare extraction, engine)',
  run: async (bytes) => {
    if (leastCheck(bytes, OPTIONS).errorCount > 0) throw new Error('bench workbook not clean');
  },
};
const leastExtraction: Subject = {
  name: 'reference: inflate + bare extraction only',
  run: async (bytes) => {
    const parts = inflateParts(bytes);
    const strings = leastStrings(parts.get('xl/sharedStrings.xml') ?? new Uint8Array(0));
    let cells = 0;
    leastRows(parts.get('xl/worksheets/sheet1.xml') ?? new Uint8Array(0), strings, (_row, _first, row) => {
      cells += row.length;
    });
    if (cells === 0) throw new Error('bench workbook read no cells');
  },
};
/** The rows read once, outside the timing (the warm-up round pays for it). */
let preRead: [number, number, readonly CellValue[]][] | null = null;
const engineAlone: Subject = {
  name: 'reference: engine alone, on rows read before',
  run: async (bytes) => {
    if (preRead === null) {
      const rows: [number, number, readonly CellValue[]][] = [];
      const parts = inflateParts(bytes);
      const strings = leastStrings(parts.get('xl/sharedStrings.xml') ?? new Uint8Array(0));
      leastRows(parts.get('xl/worksheets/sheet1.xml') ?? new Uint8Array(0), strings, (row, first, cells) =>
        rows.push([row, first, cells]),
      );
      preRead = rows;
    }
    const rows = preRead;
    const summary = checkRows(OPTIONS, (sink) => {
      for (const [row, first, cells] of rows) sink(row, first, cells);
    });
    if (summary.errorCount > 0) throw new Error('bench workbook not clean');
  },
};

const CLI = checked(zlibInflate, 'node:zlib (the CLI)');
const WHOLE = readWhole(zlibInflate, 'node:zlib');
const subjects: readonly Subject[] = [
  CLI,
  checked(fflateInflate, 'fflate (before)'),
  WHOLE,
  readWhole(streamInflate, "DecompressionStream (Node's)"),
  readWhole(fflateInflate, 'fflate (before)'),
  least,
  leastExtraction,
  engineAlone,
];

async function timed(subject: Subject, bytes: Uint8Array): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const usage = process.cpuUsage();
  await subject.run(bytes);
  const used = process.cpuUsage(usage);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

type Rounds = Record<string, { wall: number[]; cpu: number[] }>;

/** Every subject's times over the rounds after the warm-up, by name. */
async function measure(file: string): Promise<Rounds> {
  const bytes = new Uint8Array(readFileSync(file));
  const all = [floor, ...subjects];
  const rounds: Rounds = Object.fromEntries(all.map((s) => [s.name, { wall: [], cpu: [] }]));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const subject of all) {
      const t = await timed(subject, bytes);
      if (round === 0) continue; // warm-up
      rounds[subject.name]?.wall.push(t.wall);
      rounds[subject.name]?.cpu.push(t.cpu);
    }
  }
  return rounds;
}

/**
 * Measured in a process of its own, as the CLI runs: inside `npm run bench` the benchmarks before
 * this one leave the process's heap as they leave it, which the reader's collections pay for and
 * native inflate does not.
 */
export async function benchXlsxReadFloor(): Promise<void> {
  const file = await ensureBenchWorkbook();
  const rounds = benchChild<Rounds>(HERE, ['child', file]);
  const all = [floor, ...subjects];
  const times = (s: Subject): { wall: number[]; cpu: number[] } => rounds[s.name] ?? { wall: [], cpu: [] };
  /** Per round, so that load drifting over the run meets both sides of each ratio. */
  const ratio = (s: Subject, kind: 'wall' | 'cpu'): number =>
    median(times(s)[kind].map((t, i) => t / (times(floor)[kind][i] ?? Number.NaN)));
  console.log(
    `\n.xlsx read + validate ${BENCH_ROWS.toLocaleString('en')} rows against native inflate: one fresh process, interleaved, median of ${ROUNDS} rounds`,
  );
  console.log(
    table(
      ['', 'wall ms', 'CPU ms', 'x floor (wall)', 'x floor (CPU)'],
      all.map((s) => [
        s.name,
        median(times(s).wall).toFixed(0),
        median(times(s).cpu).toFixed(0),
        ratio(s, 'wall').toFixed(2),
        ratio(s, 'cpu').toFixed(2),
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
    recordGoal({ figure, subject: subject.name, against: floor.name, ratio: ratio(subject, 'cpu'), goal: 3 });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [mode, file] = process.argv.slice(2);
  if (mode === 'child' && file !== undefined) {
    process.stdout.write(JSON.stringify(await measure(file)));
  } else {
    await benchXlsxReadFloor();
    (await import('./goals.ts')).printGoals();
  }
}
