/**
 * The writer against its floor: our streaming writer (runtime zlib) on the 100k-row sheet of
 * bench/xlsx-write.ts, and the same runtime's `CompressionStream('deflate-raw')` alone on the
 * very bytes the writer deflates (its parts, unzipped from its own output), pushed in the
 * pieces the writer pushes. The difference is the writer's own work: the XML, its UTF-8, the
 * CRC-32 and the zip's records, and making the rows it is fed (measured alone as well).
 * In one process, interleaved (writer, floor, source, writer, floor, …) after a warm-up, so
 * the load of the machine falls on all three alike; each round's ratio, median and spread.
 *
 *   npx tsx bench/xlsx-write-floor.ts        (or `benchXlsxWriteFloor()` from `npm run bench`)
 */
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PUSH_BYTES } from '../worker/src/xlsx/zip-output.ts';
import { recordGoal } from './goals.ts';
import { median, table } from './measure.ts';
import { oursStream, rows, WRITTEN_COLUMNS } from './xlsx-write.ts';

const ROUNDS = 9;

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
  return bytes;
}

/** Deflate alone: each part through its own deflate-raw stream, in the writer's pieces. */
async function deflateAlone(parts: readonly Uint8Array[]): Promise<number> {
  let out = 0;
  for (const part of parts) {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    const read = drain(stream.readable);
    for (let at = 0; at < part.length; at += PUSH_BYTES) void writer.write(part.slice(at, at + PUSH_BYTES));
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

async function sample(run: () => Promise<unknown>): Promise<Sample> {
  const started = performance.now();
  const usage = process.cpuUsage();
  await run();
  const used = process.cpuUsage(usage);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const spread = (values: readonly number[]): string =>
  `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`;

export async function benchXlsxWriteFloor(): Promise<void> {
  const parts = Object.values(unzipSync(new Uint8Array(await new Response(oursStream(rows(), {})).arrayBuffer())));
  const xmlBytes = parts.reduce((sum, p) => sum + p.length, 0);
  const subjects = {
    writer: () => drain(oursStream(rows(), { deflate: 'native' })),
    floor: () => deflateAlone(parts),
    source,
  };
  const names = Object.keys(subjects) as (keyof typeof subjects)[];
  for (const name of names) await subjects[name]();
  const samples: Record<keyof typeof subjects, Sample[]> = { writer: [], floor: [], source: [] };
  for (let round = 0; round < ROUNDS; round++)
    for (const name of names) samples[name].push(await sample(subjects[name]));
  // Each round's writer against the floor measured next to it.
  const { writer, floor, source: made } = samples;
  const perRound = (ratio: (round: number) => number): number[] => floor.map((_, round) => ratio(round));
  const cpu = perRound((r) => writer[r]!.cpuMs / floor[r]!.cpuMs);
  const wall = perRound((r) => writer[r]!.ms / floor[r]!.ms);
  const own = perRound((r) => (writer[r]!.cpuMs - made[r]!.cpuMs) / floor[r]!.cpuMs);
  const ms = (name: keyof typeof subjects, of: (s: Sample) => number): string =>
    median(samples[name].map(of)).toFixed(0);
  console.log(
    `\n.xlsx write against deflate alone: the 100k-row sheet (${(xmlBytes / 1024 / 1024).toFixed(1)} MB of XML), in one process, ${ROUNDS} interleaved rounds, medians`,
  );
  console.log(
    table(
      ['', 'ms', 'CPU ms', 'time', 'CPU', 'CPU spread'],
      [
        [
          'CompressionStream deflate-raw of the same parts (floor)',
          ms('floor', (s) => s.ms),
          ms('floor', (s) => s.cpuMs),
          '1.00×',
          '1.00×',
          '',
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
      ],
    ),
  );
  console.log(
    'CPU = the whole process, zlib’s threads included; ratios are each round’s against the floor of that round',
  );
  recordGoal({
    figure: 'Writer CPU',
    subject: `xlsxStream, 100k rows × ${WRITTEN_COLUMNS} (rows made included)`,
    against: 'deflate-raw alone, same bytes',
    ratio: median(cpu),
    goal: 1.3,
  });
  recordGoal({
    figure: 'Writer wall',
    subject: `xlsxStream, 100k rows × ${WRITTEN_COLUMNS}`,
    against: 'deflate-raw alone, same bytes',
    ratio: median(wall),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchXlsxWriteFloor();
