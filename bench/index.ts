/**
 * `npm run bench`: every benchmark, each against a floor or an alternative measured in
 * the same run. Benchmarks report; tests never assert on time.
 */
import { benchCliStartup } from './cli-startup.ts';
import { benchCliMemory } from './cli-memory.ts';
import { benchEngine } from './engine.ts';
import { benchIngest } from './ingest.ts';
import { benchIntakeMemory } from './intake-memory.ts';
import { printGoals } from './goals.ts';
import { benchPaneSize } from './pane-size.ts';
import { benchXlsxRead } from './xlsx-read.ts';
import { benchXlsxReadFloor } from './xlsx-read-floor.ts';
import { benchXlsxWrite } from './xlsx-write.ts';
import { benchXlsxWriteFloor } from './xlsx-write-floor.ts';
import { benchWorkerd } from './workerd/export.ts';
import { benchExportHeap } from './workerd/export-heap.ts';
import { benchFirstByte } from './workerd/first-byte.ts';
import { benchIntakeHeap } from './workerd/intake-heap.ts';
import { benchStorage } from './workerd/storage.ts';

console.log(
  `清风台账 benchmarks — ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
benchEngine();
benchIngest();
await benchXlsxRead();
await benchXlsxReadFloor();
await benchIntakeMemory();
await benchCliMemory();
await benchXlsxWrite();
await benchXlsxWriteFloor();
await benchWorkerd();
await benchFirstByte();
await benchExportHeap();
await benchIntakeHeap();
await benchStorage();
await benchCliStartup();
benchPaneSize();
printGoals();
