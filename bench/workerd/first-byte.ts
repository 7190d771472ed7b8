/**
 * The export's first byte at 20 and at 200 units of 500 activity rows each, in one workerd
 * (wrangler dev, local D1): the download should start as soon at 200 units as at 20, the
 * ledger rows streaming before any sum over them is computed.
 */
import { TEST_NOW } from '../../tests/support/test-clock.ts';
import { recordGoal } from '../goals.ts';
import { median, table } from '../measure.ts';
import { ADMIN, type BenchUnit, client, drain, type Fetch, registerUnits, sheetFor } from './api-client.ts';
import { startWorkerd } from './runtime.ts';

const ROWS_PER_UNIT = 500;
const TOWNSHIPS = 10;
const RUNS = 5;

function unitsUpTo(count: number): BenchUnit[] {
  const units: BenchUnit[] = [{ code: 'D', name: '某区', kind: 'district', parentCode: null }];
  for (let t = 0; t < TOWNSHIPS; t++)
    units.push({ code: `T${t}`, name: `第${t}镇`, kind: 'township', parentCode: 'D' });
  for (let v = 0; units.length < count; v++)
    units.push({ code: `V${v}`, name: `第${v}村`, kind: 'village', parentCode: `T${v % TOWNSHIPS}` });
  return units;
}

/** Each unit its own rows: the `first`-th unit on gets rows from first × ROWS_PER_UNIT on. */
async function submitAll(api: Fetch, tokens: readonly string[], first: number): Promise<void> {
  for (const [i, token] of tokens.entries()) {
    const json = sheetFor(ROWS_PER_UNIT, (first + i) * ROWS_PER_UNIT);
    const reply = await api('/api/submissions', { method: 'POST', token, json });
    if (reply.status !== 201) throw new Error(`seeding failed: ${await reply.text()}`);
  }
}

type Run = { firstByteMs: number; ms: number; bytes: number };

async function exportRuns(api: Fetch): Promise<Run[]> {
  const runs: Run[] = [];
  // One unmeasured export first: the isolate's code and D1's pages are warm for every measured one.
  await drain(() => api('/api/export?year=2026'));
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = await drain(() => api('/api/export?year=2026'));
    runs.push({ ...r, ms: performance.now() - start });
  }
  return runs;
}

export async function benchFirstByte(): Promise<void> {
  const w = await startWorkerd('worker/src/index.ts', {
    config: 'worker/wrangler.jsonc',
    vars: { ADMIN_TOKEN: ADMIN, FIXED_NOW: TEST_NOW },
  });
  const results: { units: number; runs: Run[] }[] = [];
  try {
    const api = client(w.worker);
    const small = unitsUpTo(20);
    await submitAll(api, await registerUnits(api, small), 0);
    results.push({ units: small.length, runs: await exportRuns(api) });
    const large = unitsUpTo(200).slice(small.length);
    await submitAll(api, await registerUnits(api, large), small.length);
    results.push({ units: small.length + large.length, runs: await exportRuns(api) });
  } finally {
    await w.stop();
  }
  const first = (r: { runs: Run[] }): number => median(r.runs.map((x) => x.firstByteMs));
  const base = results[0] ? first(results[0]) : 0;
  console.log(`\n导出首字节（每单位 ${ROWS_PER_UNIT} 行活动台账，同一 workerd，${RUNS} 次中位数）`);
  console.log(
    table(
      ['单位数', '首字节 ms', '全部 ms', '大小 MB', '首字节相对 20 个单位'],
      results.map((r) => [
        String(r.units),
        first(r).toFixed(0),
        median(r.runs.map((x) => x.ms)).toFixed(0),
        median(r.runs.map((x) => x.bytes / 1e6)).toFixed(1),
        `${(first(r) / base).toFixed(2)}×`,
      ]),
    ),
  );
  const last = results.at(-1);
  if (results[0] && last)
    recordGoal({
      figure: `export first byte, ${last.units} vs ${results[0].units} units`,
      subject: `${first(last).toFixed(0)} ms`,
      against: `${first(results[0]).toFixed(0)} ms`,
      ratio: first(last) / base,
    });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchFirstByte();
