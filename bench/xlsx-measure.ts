/**
 * Child-process entry of the .xlsx benchmark: one reader, one run, fresh process (so
 * JIT state and peak memory are its own). Prints one JSON line.
 *
 *   node --import tsx bench/xlsx-measure.ts <reader name> <file> [heap limit MB]
 *
 * With a heap limit the reading isolate gets that old generation (as a Worker isolate's
 * 128 MB), and running out is reported as `error`, not a crash.
 */
import { Worker } from 'node:worker_threads';
import { peakRssBytes } from './measure.ts';

export interface Measurement {
  reader: string;
  seconds: number;
  /** Peak of the reading isolate's JS heap plus its external (ArrayBuffer) memory. */
  peakHeapMB: number;
  /** The same, sampled just before the read: the file bytes and loaded code. */
  baselineHeapMB: number;
  /** Whole-process peak resident memory (the kernel's VmHWM: peakRssBytes), and RSS before the read. */
  peakRssMB: number;
  baselineRssMB: number;
  fingerprint: string;
  /** Set when the read failed, e.g. ERR_WORKER_OUT_OF_MEMORY under a heap limit. */
  error?: string;
}

const SAMPLE_MS = 5;
const MB = 1024 * 1024;

async function measure(reader: string, file: string, heapLimitMB: number | undefined): Promise<Measurement> {
  const worker = new Worker(new URL('./xlsx-measure-worker.ts', import.meta.url), {
    workerData: { reader, file },
    ...(heapLimitMB === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapLimitMB } }),
  });
  let peakHeap = 0;
  let baselineHeap = 0;
  let baselineRss = 0;
  let reading = false;
  const sample = async (): Promise<number> => {
    const stats = await worker.getHeapStatistics();
    return stats.used_heap_size + stats.external_memory;
  };
  const partial = (): Omit<Measurement, 'seconds' | 'fingerprint'> => {
    reading = false;
    return {
      reader,
      peakHeapMB: Math.max(peakHeap, baselineHeap) / MB,
      baselineHeapMB: baselineHeap / MB,
      peakRssMB: peakRssBytes() / MB,
      baselineRssMB: baselineRss / MB,
    };
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
      worker.on('error', (error: Error & { code?: string }) => {
        if (heapLimitMB === undefined) reject(error);
        else resolve({ ...partial(), seconds: NaN, fingerprint: '', error: error.code ?? error.message });
      });
      worker.on('message', (message: { type: string; seconds?: number; fingerprint?: string }) => {
        if (message.type === 'start') {
          baselineRss = process.memoryUsage.rss();
          sample()
            .then((heap) => {
              baselineHeap = heap;
            })
            .catch(() => {}); // a worker that runs out of memory at once is gone before the answer
          reading = true;
          return;
        }
        resolve({ ...partial(), seconds: message.seconds ?? NaN, fingerprint: message.fingerprint ?? '' });
      });
    });
  } finally {
    clearInterval(timer);
    await worker.terminate();
  }
}

const [reader, file, limit] = process.argv.slice(2);
if (reader === undefined || file === undefined)
  throw new Error('usage: xlsx-measure.ts <reader> <file> [heap limit MB]');
process.stdout.write(
  `${JSON.stringify(await measure(reader, file, limit === undefined ? undefined : Number(limit)))}\n`,
);
