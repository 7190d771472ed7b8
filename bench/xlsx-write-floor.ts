/**
 * The writer against its floor: our streaming writer (runtime zlib) on the 100k-row sheet of
 * bench/xlsx-write.ts, and the same runtime's `CompressionStream('deflate-raw')` alone on the
 * very bytes the writer deflates (its parts, unzipped from its own output), pushed in the
 * chunk sizes the writer pushes. The difference is the writer's own work: the XML, UTF-8
 * encoding, CRC-32 and the zip's headers. In-process, one warm-up run, then the median of 5.
 *
 *   npx tsx bench/xlsx-write-floor.ts        (or `benchXlsxWriteFloor()` from `npm run bench`)
 */
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { median, table } from './measure.ts';
import { oursStream, rows } from './xlsx-write.ts';

const RUNS = 5;
/** What ZipEntryWriter pushes at a time: 32 K UTF-16 units, ~32–96 KB of UTF-8. */
const PUSH_BYTES = 64 * 1024;

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Deflate alone: each part through its own deflate-raw stream, chunked as the writer pushes. */
async function deflateAlone(parts: readonly Uint8Array[]): Promise<number> {
  let out = 0;
  for (const part of parts) {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    const read = (async () => {
      const reader = stream.readable.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) out += next.value.length;
    })();
    for (let at = 0; at < part.length; at += PUSH_BYTES) void writer.write(part.slice(at, at + PUSH_BYTES));
    void writer.close();
    await read;
  }
  return out;
}

interface Timing {
  ms: number;
  /** CPU of the whole process, zlib's threads too: what a Worker is billed and limited by. */
  cpuMs: number;
}

async function timed(run: () => Promise<unknown>): Promise<Timing> {
  await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    await run();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

export async function benchXlsxWriteFloor(): Promise<void> {
  const written = await collect(oursStream(rows(), { deflate: 'native' }));
  const parts = Object.values(unzipSync(written));
  const xmlBytes = parts.reduce((sum, p) => sum + p.length, 0);
  const writer = await timed(() => collect(oursStream(rows(), { deflate: 'native' })));
  const floor = await timed(() => deflateAlone(parts));
  console.log(
    `\n.xlsx write against deflate alone: the 100k-row sheet (${(xmlBytes / 1024 / 1024).toFixed(1)} MB of XML), in-process, median of ${RUNS}`,
  );
  const line = (name: string, t: Timing): string[] => [
    name,
    t.ms.toFixed(0),
    t.cpuMs.toFixed(0),
    `${(t.ms / floor.ms).toFixed(2)}×`,
    `${(t.cpuMs / floor.cpuMs).toFixed(2)}×`,
  ];
  console.log(
    table(
      ['', 'ms', 'CPU ms', 'time', 'CPU'],
      [
        line('CompressionStream deflate-raw of the same parts (floor)', floor),
        line('qingfeng xlsxStream (runtime zlib)', writer),
      ],
    ),
  );
  console.log('CPU = the whole process, zlib’s threads included; ratios against the floor');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchXlsxWriteFloor();
