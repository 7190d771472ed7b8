/**
 * The export's isolate heap against Workers' 128 MB, and the D1 statements it runs against
 * the 1,000 queries of an invocation, at 20, 200 and 1,000 units. Each district is seeded
 * through the API, then each export runs in a freshly started workerd (the seeding's garbage
 * is not in its heap) with the inspector on: the isolate's heap is sampled over CDP while the
 * workbook streams (isolate-heap.ts), and the statements are counted on a metered D1 by the
 * Worker itself (d1/statements-worker.ts). Districts are measured in turn, run after run.
 */
import { rmSync } from 'node:fs';
import { TEST_NOW } from '../../tests/support/test-clock.ts';
import { ISOLATE_MB, printGoals, recordGoal } from '../goals.ts';
import { median, table } from '../measure.ts';
import { ADMIN, type BenchUnit, client, drain, type Fetch, registerUnits, sheetFor } from './api-client.ts';
import { type HeapPeaks, isolateInspector, sampleHeap } from './isolate-heap.ts';
import { freePort, startWorkerd } from './runtime.ts';

const RUNS = 3;
const TOWNSHIPS = 10;
/** D1's queries per Worker invocation (developers.cloudflare.com/d1/platform/limits/). */
const QUERIES = 1000;
/**
 * One isolate serves many requests at once, so an export may not take the budget alone: at
 * most half of it leaves room for a second export, or the submissions of a deadline day,
 * in the same isolate.
 */
const HEAP_GOAL = 0.5;

interface District {
  code: string;
  units: number;
  rowsPerUnit: number;
  /** One unit's larger submission, as a township's whole-year ledger. */
  large?: number;
}

const DISTRICTS: District[] = [
  { code: 'A', units: 20, rowsPerUnit: 500 },
  { code: 'B', units: 200, rowsPerUnit: 500, large: 10_000 },
  { code: 'C', units: 1000, rowsPerUnit: 100 },
];

const rowsOf = (d: District): number => (d.units - 1) * d.rowsPerUnit + (d.large ?? d.rowsPerUnit);

function unitsOf(d: District): BenchUnit[] {
  const units: BenchUnit[] = [{ code: d.code, name: `${d.code}区`, kind: 'district', parentCode: null }];
  for (let t = 0; t < TOWNSHIPS; t++)
    units.push({ code: `${d.code}T${t}`, name: `${d.code}第${t}镇`, kind: 'township', parentCode: d.code });
  for (let v = 0; units.length < d.units; v++)
    units.push({
      code: `${d.code}V${v}`,
      name: `${d.code}第${v}村`,
      kind: 'village',
      parentCode: `${d.code}T${v % TOWNSHIPS}`,
    });
  return units;
}

/** Every unit its own rows (no content shared), the second unit the large submission if any. */
async function seed(api: Fetch, d: District, first: number): Promise<void> {
  const tokens = await registerUnits(api, unitsOf(d));
  for (const [i, token] of tokens.entries()) {
    const rows = i === 1 && d.large !== undefined ? d.large : d.rowsPerUnit;
    const reply = await api('/api/submissions', { method: 'POST', token, json: sheetFor(rows, first + i * rows) });
    if (reply.status !== 201) throw new Error(`seeding failed: ${await reply.text()}`);
  }
}

interface Run {
  peaks: HeapPeaks;
  beforeMb: number;
  statements: number;
  bytes: number;
  ms: number;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * One export in a fresh workerd. `live`: workerd runs with `--expose-gc` and every sample follows
 * a full collection, so the peaks are of what the export keeps alive (its time is then not its own).
 */
async function measuredExport(persistTo: string, d: District, live: boolean): Promise<Run> {
  const inspectorPort = await freePort();
  const w = await startWorkerd('bench/workerd/d1/statements-worker.ts', {
    config: 'worker/wrangler.jsonc',
    vars: { ADMIN_TOKEN: ADMIN, FIXED_NOW: TEST_NOW },
    persistTo,
    inspectorPort,
    ...(live ? { v8Flags: ['--expose-gc'] } : {}),
  });
  try {
    const api = client(w.worker);
    // The Worker's own workerd starts with the first request; its inspector only then.
    await (await api('/api/health')).arrayBuffer();
    const inspector = await isolateInspector(inspectorPort);
    try {
      const start = performance.now();
      const { peaks, before, result } = await sampleHeap(
        inspector,
        () => drain(() => api(`/api/export?year=2026&scope=${d.code}`)),
        live,
      );
      const ms = performance.now() - start;
      const meter = (await (await api('/bench/statements')).json()) as { queries: number };
      return { peaks, beforeMb: mb(before.used + before.external), statements: meter.queries, bytes: result.bytes, ms };
    } finally {
      inspector.close();
    }
  } finally {
    await w.stop();
  }
}

export async function benchExportHeap(): Promise<void> {
  const seeding = await startWorkerd('worker/src/index.ts', {
    config: 'worker/wrangler.jsonc',
    vars: { ADMIN_TOKEN: ADMIN, FIXED_NOW: TEST_NOW },
  });
  const sampled = new Map<District, Run[]>(DISTRICTS.map((d) => [d, []]));
  const alive = new Map<District, Run[]>(DISTRICTS.map((d) => [d, []]));
  try {
    try {
      const api = client(seeding.worker);
      let first = 0;
      for (const d of DISTRICTS) {
        const start = performance.now();
        await seed(api, d, first);
        first += rowsOf(d);
        console.log(
          `（已建 ${d.code}区：${d.units} 个单位，${rowsOf(d)} 行，${((performance.now() - start) / 1000).toFixed(0)} s）`,
        );
      }
    } finally {
      await seeding.worker.stop();
    }
    for (let i = 0; i < RUNS; i++)
      for (const d of DISTRICTS) {
        sampled.get(d)?.push(await measuredExport(seeding.persistTo, d, false));
        alive.get(d)?.push(await measuredExport(seeding.persistTo, d, true));
      }
  } finally {
    // The districts' D1 and R2: nothing of a run stays in the temp folder.
    rmSync(seeding.persistTo, { recursive: true, force: true });
  }
  const rows = DISTRICTS.map((d) => {
    const m = (runs: Map<District, Run[]>, f: (run: Run) => number): number => median((runs.get(d) ?? []).map(f));
    return {
      d,
      statements: m(sampled, (x) => x.statements),
      before: m(sampled, (x) => x.beforeMb),
      used: m(sampled, (x) => mb(x.peaks.both)),
      reserved: m(sampled, (x) => mb(x.peaks.total)),
      samples: m(sampled, (x) => x.peaks.samples),
      ms: m(sampled, (x) => x.ms),
      bytes: m(sampled, (x) => x.bytes),
      live: m(alive, (x) => mb(x.peaks.both)),
      liveHeap: m(alive, (x) => mb(x.peaks.used)),
      liveExternal: m(alive, (x) => mb(x.peaks.external)),
      liveSamples: m(alive, (x) => x.peaks.samples),
    };
  });
  console.log(
    `\n导出汇总工作簿时 Worker isolate 的内存（workerd 自身 V8，经 inspector 的 Runtime.getHeapUsage 采样；每次在新启动的 workerd 中，${RUNS} 次中位数）`,
  );
  console.log(
    table(
      [
        '单位 × 行',
        '计入行',
        'D1 语句',
        '导出前 MB',
        '堆+ArrayBuffer 峰值 MB',
        'V8 已分配峰值 MB',
        '采样',
        '存活峰值 MB（每次采样前 gc）',
        '其中堆',
        '其中 ArrayBuffer',
        '采样',
        'ms',
        '大小 MB',
        '存活 ÷ 128 MB',
      ],
      rows.map((r) => [
        `${r.d.units} × ${r.d.rowsPerUnit}${r.d.large ? ` + 1 × ${r.d.large}` : ''}`,
        String(rowsOf(r.d)),
        String(r.statements),
        r.before.toFixed(1),
        r.used.toFixed(1),
        r.reserved.toFixed(1),
        String(r.samples),
        r.live.toFixed(1),
        r.liveHeap.toFixed(1),
        r.liveExternal.toFixed(1),
        String(r.liveSamples),
        r.ms.toFixed(0),
        (r.bytes / 1e6).toFixed(1),
        `${(r.live / ISOLATE_MB).toFixed(2)}×`,
      ]),
    ),
  );
  console.log(
    '堆+ArrayBuffer 峰值：V8 自己回收时的读数（含尚未回收的垃圾）；存活峰值：每次采样前强制完整 GC（--expose-gc），即导出真正占用的内存',
  );
  for (const r of rows) {
    const name = `${r.d.units} 个单位（${rowsOf(r.d)} 行）`;
    recordGoal({
      figure: `导出：isolate 存活内存峰值，${name}`,
      subject: `${r.live.toFixed(1)} MB`,
      against: `${ISOLATE_MB} MB`,
      ratio: r.live / ISOLATE_MB,
      goal: HEAP_GOAL,
    });
    recordGoal({
      figure: `导出：D1 语句数，${name}`,
      subject: String(r.statements),
      against: `${QUERIES} 次/调用`,
      ratio: r.statements / QUERIES,
      goal: 1,
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchExportHeap();
  printGoals();
}
