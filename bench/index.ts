/**
 * `npm run bench`: every benchmark, each against a floor or an alternative measured in
 * the same run. Benchmarks report; tests never assert on time.
 */
import { benchCliMemory } from './cli-memory.ts';
import { benchEngine } from './engine.ts';
import { benchIntakeMemory } from './intake-memory.ts';
import { benchXlsxRead } from './xlsx-read.ts';
import { benchXlsxWrite } from './xlsx-write.ts';
import { benchWorkerd } from './workerd/export.ts';

console.log(
  `清风台账 benchmarks — ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
benchEngine();
await benchXlsxRead();
await benchIntakeMemory();
await benchCliMemory();
await benchXlsxWrite();
await benchWorkerd();
