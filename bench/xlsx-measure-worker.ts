/**
 * Runs one reader once, inside a worker so the parent thread can sample this isolate's
 * heap while a synchronous reader keeps the worker busy.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { fingerprint } from './xlsx-grid.ts';
import { benchReaders, intakeReaders } from './xlsx-readers.ts';

interface Job {
  reader: string;
  file: string;
}

const job = workerData as Job;
const reader = [...benchReaders, ...intakeReaders].find((r) => r.name === job.reader);
if (reader === undefined) throw new Error(`unknown reader ${job.reader}`);
const bytes = new Uint8Array(readFileSync(job.file));
// Let the parent take its baseline sample with the file loaded but nothing read yet.
await new Promise((resolve) => setTimeout(resolve, 100));
parentPort?.postMessage({ type: 'start' });
const started = performance.now();
const grids = await reader.read(bytes);
const seconds = (performance.now() - started) / 1000;
parentPort?.postMessage({ type: 'done', seconds, fingerprint: fingerprint(grids) });
