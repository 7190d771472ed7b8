/**
 * The writer against its floor: our streaming writer (runtime zlib) on the 100k-row sheet of
 * bench/xlsx-write.ts, and the same runtime's `CompressionStream('deflate-raw')` alone on the
 * very bytes the writer deflates (its parts, unzipped from its own output), each part in one
 * write: deflate and nothing else, the least any writer of these bytes does. The difference
 * is the writer's own work: the XML and its UTF-8, handing it to zlib in pieces as it is made,
 * the CRC-32 and the zip's records, and making the rows it is fed. Two of those are measured
 * alone as well: the rows made and dropped, and deflate fed the same bytes in the writer's
 * pushes (PUSH_BYTES, no copies), which is what the pushes themselves cost. Issue 15's goal is
 * set against the latter: the writer streams in bounded memory, so it cannot deflate a part in
 * one write, and deflate in bounded pushes is the least it can do.
 *
 * In a fresh process of its own (nothing left on the heap by other benchmarks), interleaved
 * after a warm-up and a full collection: each round runs every subject, in turn forwards and
 * backwards (writer, floor, pushes, source; source, pushes, floor, writer), so neither the
 * machine's load nor the garbage one run leaves for the next falls on one of them alone. Each
 * round's writer against the floor of the same round; median and spread of those ratios.
 *
 *   npx tsx bench/xlsx-write-floor.ts        (or `benchXlsxWriteFloor()` from `npm run bench`)
 */
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PUSH_BYTES } from '../worker/src/xlsx/zip-output.ts';
import { recordGoal } from './goals.ts';
import { benchChild, median, table } from './measure.ts';
import { oursStream, rows, WRITTEN_COLUMNS } from './xlsx-write.ts';

const ROUNDS = 15;
const HERE = fileURLToPath(import.meta.url);

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
  return bytes;
}

/** Deflate alone: each part through its own deflate-raw stream, in writes of `piece` bytes (views, not copies). */
async function deflateAlone(parts: readonly Uint8Array<ArrayBuffer>[], piece = Infinity): Promise<number> {
  let out = 0;
  for (const part of parts) {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    const read = drain(stream.readable);
    for (let at = 0; at < part.length; at += piece) void writer.write(part.subarray(at, at + piece));
    void writer.close();
    out += await read;
  }
  return out;
}

/** The rows alone, made and dropped: what the writer's figure holds besides its own work. */
async function source(): Promise<number> {
  let cells = 0;
  for (const row of rows()) cells += row.length;
  return cells;
}

interface Sample {
  ms: number;
  /** CPU of the whole process, zlib's threads too: what a Worker is billed and limited by. */
  cpuMs: number;
}

const SUBJECTS = ['writer', 'floor', 'pushes', 'source'] as const;
type Subject = (typeof SUBJECTS)[number];
type Samples = Record<Subject, Sample[]>;

interface ChildResult {
  xmlBytes: number;
  samples: Samples;
}

/** In the child (run with --expose-gc): the warm-up and the rounds, samples out as JSON. */
async function measure(): Promise<ChildResult> {
  const { gc } = globalThis as { gc?: () => void };
  if (gc === undefined) throw new Error('run with --expose-gc');
  const zip = new Uint8Array(await new Response(oursStream(rows(), {})).arrayBuffer());
  const parts = Object.values(unzipSync(zip)) as Uint8Array<ArrayBuffer>[];
  const run: Record<Subject, () => Promise<unknown>> = {
    writer: () => drain(oursStream(rows(), { deflate: 'native' })),
    floor: () => deflateAlone(parts),
    pushes: () => deflateAlone(parts, PUSH_BYTES),
    source,
  };
  const sample = async (subject: Subject): Promise<Sample> => {
    const started = performance.now();
    const usage = process.cpuUsage();
    await run[subject]();
    const used = process.cpuUsage(usage);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
  for (const subject of SUBJECTS) await sample(subject);
  // The setup's garbage (the unzipped workbook, the warm-up's) goes before the first round,
  // not into it. A collection before every run was tried: it leaves V8 a small heap to grow
  // again in each run, with background marking and sweeping that fall into the run (measured,
  // ~10 % more CPU on the floor's side and more on the writer's, which allocates more).
  gc();
  const samples: Samples = { writer: [], floor: [], pushes: [], source: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? SUBJECTS : [...SUBJECTS].reverse();
    for (const subject of order) samples[subject].push(await sample(subject));
  }
  return { xmlBytes: parts.reduce((sum, p) => sum + p.length, 0), samples };
}

const spread = (values: readonly number[]): string =>
  `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`;

export async function benchXlsxWriteFloor(): Promise<void> {
  const { xmlBytes, samples } = benchChild<ChildResult>(HERE, ['rounds'], ['--expose-gc']);
  // Each round's writer against the floor measured next to it.
  const { writer, floor, pushes, source: made } = samples;
  const perRound = (ratio: (round: number) => number): number[] => floor.map((_, round) => ratio(round));
  const cpu = perRound((r) => writer[r]!.cpuMs / floor[r]!.cpuMs);
  const pushed = perRound((r) => pushes[r]!.cpuMs / floor[r]!.cpuMs);
  const wall = perRound((r) => writer[r]!.ms / floor[r]!.ms);
  const own = perRound((r) => (writer[r]!.cpuMs - made[r]!.cpuMs) / floor[r]!.cpuMs);
  const streamed = perRound((r) => writer[r]!.cpuMs / pushes[r]!.cpuMs);
  const ms = (subject: Subject, of: (s: Sample) => number): string => median(samples[subject].map(of)).toFixed(0);
  console.log(
    `\n.xlsx write against deflate alone: the 100k-row sheet (${(xmlBytes / 1024 / 1024).toFixed(1)} MB of XML), in a process of its own, ${ROUNDS} interleaved rounds, medians`,
  );
  console.log(
    table(
      ['', 'ms', 'CPU ms', 'time', 'CPU', 'CPU spread'],
      [
        [
          'CompressionStream deflate-raw of the same parts, whole (floor)',
          ms('floor', (s) => s.ms),
          ms('floor', (s) => s.cpuMs),
          '1.00×',
          '1.00×',
          '',
        ],
        [
          `the same in the writer's ${PUSH_BYTES / 1024} KB pushes`,
          ms('pushes', (s) => s.ms),
          ms('pushes', (s) => s.cpuMs),
          '',
          `${median(pushed).toFixed(2)}×`,
          spread(pushed),
        ],
        [
          'qingfeng xlsxStream (runtime zlib)',
          ms('writer', (s) => s.ms),
          ms('writer', (s) => s.cpuMs),
          `${median(wall).toFixed(2)}×`,
          `${median(cpu).toFixed(2)}×`,
          spread(cpu),
        ],
        [
          '  of which making the rows (the source alone)',
          ms('source', (s) => s.ms),
          ms('source', (s) => s.cpuMs),
          '',
          '',
          '',
        ],
        ['  the writer less its source', '', '', '', `${median(own).toFixed(2)}×`, spread(own)],
        ["  the writer against the pushes' deflate", '', '', '', `${median(streamed).toFixed(2)}×`, spread(streamed)],
      ],
    ),
  );
  console.log(
    'CPU = the whole process, zlib’s threads included; ratios are each round’s against the floor of that round',
  );
  // The goal is set against deflate fed as the writer must feed it: a streaming writer in a
  // 128 MB isolate cannot hold a 65 MB part to deflate it in one write, so pushes of a bounded
  // size are the least a correct writer does. Against whole parts, for what the pushes cost.
  recordGoal({
    figure: 'Writer CPU',
    subject: `xlsxStream, 100k rows × ${WRITTEN_COLUMNS} (rows made included)`,
    against: `deflate-raw alone, same bytes, in the writer's ${PUSH_BYTES / 1024} KB pushes`,
    ratio: median(streamed),
    goal: 1.3,
  });
  recordGoal({
    figure: 'Writer CPU, against whole parts',
    subject: `xlsxStream, 100k rows × ${WRITTEN_COLUMNS} (rows made included)`,
    against: 'deflate-raw alone, same bytes, each part in one write',
    ratio: median(cpu),
  });
  recordGoal({
    figure: 'Writer wall',
    subject: `xlsxStream, 100k rows × ${WRITTEN_COLUMNS}`,
    against: 'deflate-raw alone, same bytes, whole parts',
    ratio: median(wall),
  });
}

if (process.argv[1] === HERE && process.argv[2] === 'rounds')
  process.stdout.write(`${JSON.stringify(await measure())}\n`);
else if (process.argv[1] === HERE) await benchXlsxWriteFloor();
