/**
 * Child-process entry of the .xlsx benchmark: one reader, one run, fresh process (so
 * JIT state and peak memory are its own). Prints one JSON line.
 *
 *   node --import tsx bench/xlsx-measure.ts <reader name> <file>
 */
import { Worker } from 'node:worker_threads';

export interface Measurement {
  reader: string;
  seconds: number;
  /** Peak of the reading isolate's JS heap plus its external (ArrayBuffer) memory. */
  peakHeapMB: number;
  /** The same, sampled just before the read: the file bytes and loaded code. */
  baselineHeapMB: number;
  /** Whole-process peak resident memory (kernel's maxRSS), and RSS before the read. */
  peakRssMB: number;
  baselineRssMB: number;
  fingerprint: string;
}

const SAMPLE_MS = 5;
const MB = 1024 * 1024;

async function measure(reader: string, file: string): Promise<Measurement> {
  const worker = new Worker(new URL('./xlsx-measure-worker.ts', import.meta.url), {
    workerData: { reader, file },
  });
  let peakHeap = 0;
  let baselineHeap = 0;
  let baselineRss = 0;
  let reading = false;
  const sample = async (): Promise<number> => {
    const stats = await worker.getHeapStatistics();
    return stats.used_heap_size + stats.external_memory;
  };
  const timer = setInterval(() => {
    sample()
      .then((heap) => {
        if (reading) peakHeap = Math.max(peakHeap, heap);
      })
      .catch(() => {}); // the worker may exit between sample and answer
  }, SAMPLE_MS);
  try {
    return await new Promise<Measurement>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: { type: string; seconds?: number; fingerprint?: string }) => {
        if (message.type === 'start') {
          baselineRss = process.memoryUsage.rss();
          void sample().then((heap) => {
            baselineHeap = heap;
          });
          reading = true;
          return;
        }
        reading = false;
        resolve({
          reader,
          seconds: message.seconds ?? NaN,
          peakHeapMB: Math.max(peakHeap, baselineHeap) / MB,
          baselineHeapMB: baselineHeap / MB,
          peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
          baselineRssMB: baselineRss / MB,
          fingerprint: message.fingerprint ?? '',
        });
      });
    });
  } finally {
    clearInterval(timer);
    await worker.terminate();
  }
}

const [reader, file] = process.argv.slice(2);
if (reader === undefined || file === undefined) throw new Error('usage: xlsx-measure.ts <reader> <file>');
process.stdout.write(`${JSON.stringify(await measure(reader, file))}\n`);
