/**
 * Where the export's time goes: a CPU profile of the Worker's isolate (V8's sampling profiler over
 * the inspector session of isolate-heap.ts) while it streams the district of export.ts, beside the
 * workerd process's own CPU (/proc, every thread): what the isolate does not account for is
 * outside it — local D1's SQLite and its own isolate, the runtime's streams and compression.
 * Prints self time by function (`(program)` is the thread's time outside this isolate's
 * JavaScript: the D1 and the stream work above), and by script.
 *
 * `npx tsx bench/workerd/export-profile.ts [folder]`: with a folder, the district is seeded there
 * once and read back on later runs (seeding takes a minute); without, it lives in a temp folder.
 * `--runs=N` profiles N fresh workerd processes in turn; `--out=file.cpuprofile` keeps the last;
 * `--floor` profiles the bare writer of export.ts instead; `--perf=file` also records the whole
 * process with Linux `perf` (`perf report -i file`: SQLite, zlib and V8's own functions by name).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, table } from '../measure.ts';
import { ADMIN, client, drain, sheetFor } from './api-client.ts';
import { seed } from './export.ts';
import { isolateInspector } from './isolate-heap.ts';
import { freePort, startWorkerd, statCpu, workerPid } from './runtime.ts';

const CONFIG = 'worker/wrangler.jsonc';
const VARS = { ADMIN_TOKEN: ADMIN };
/** The profiler's sampling interval, µs (V8's default is 1,000). */
const INTERVAL_US = 200;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** CPU ms of a process, every thread, by thread name. */
function threadCpuMs(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const { name, ms } = statCpu(`/proc/${pid}/task/${task}/stat`);
      byName.set(name, (byName.get(name) ?? 0) + ms);
    } catch {
      // a thread that ended between the listing and the read
    }
  }
  return byName;
}

interface Summary {
  wallMs: number;
  processCpuMs: number;
  threads: Map<string, number>;
  isolateBusyMs: number;
  self: Map<string, number>;
  byFile: Map<string, number>;
  profile: Profile;
}

function summarise(profile: Profile, wallMs: number, threads: Map<string, number>): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    if (frame.functionName !== '(idle)') busy += ms;
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${frame.url}:${frame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    // Native functions and V8's own states have no script: by their name.
    const file = frame.url || frame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  const processCpuMs = [...threads.values()].reduce((a, b) => a + b, 0);
  return { wallMs, processCpuMs, threads, isolateBusyMs: busy, self, byFile, profile };
}

/** `perf record` of the whole workerd process, native frames (SQLite, zlib, V8's JSON) named. */
async function perfRecord(pid: number, out: string): Promise<() => Promise<void>> {
  const perf = spawn('perf', ['record', '-e', 'cpu-clock', '-F', '999', '-g', '-p', String(pid), '-o', out], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return () =>
    new Promise((resolve) => {
      perf.once('exit', () => resolve());
      perf.kill('SIGINT');
    });
}

/** What is profiled: the export, or with `--floor` the bare writer of export.ts writing the same rows. */
const subject = (floor: boolean, persistTo: string) =>
  floor
    ? { script: 'bench/workerd/floor-worker.ts', options: {}, warm: '/?rows=1', path: '/?rows=109500' }
    : {
        script: 'worker/src/index.ts',
        options: { config: CONFIG, vars: VARS, persistTo },
        warm: '/api/health',
        path: '/api/export?year=2026',
      };

async function profiled(s: ReturnType<typeof subject>, perfOut: string | undefined): Promise<Summary> {
  const inspectorPort = await freePort();
  const w = await startWorkerd(s.script, { ...s.options, inspectorPort });
  try {
    const api = client(w.worker);
    await (await api(s.warm)).arrayBuffer();
    const pid = workerPid(w);
    const inspector = await isolateInspector(inspectorPort);
    try {
      await inspector.send('Profiler.enable');
      await inspector.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
      await inspector.send('Profiler.start');
      const stopPerf = perfOut ? await perfRecord(pid, perfOut) : undefined;
      const before = threadCpuMs(pid);
      const start = performance.now();
      await drain(() => api(s.path));
      const wallMs = performance.now() - start;
      const after = threadCpuMs(pid);
      await stopPerf?.();
      const { profile } = (await inspector.send('Profiler.stop')) as { profile: Profile };
      const threads = new Map([...after].map(([name, ms]) => [name, ms - (before.get(name) ?? 0)]));
      return summarise(profile, wallMs, threads);
    } finally {
      inspector.close();
    }
  } finally {
    await w.stop();
  }
}

/** The district of export.ts: 200 units × 500 rows, and one unit's newer 10,000-row version. */
async function seeded(folder: string | undefined): Promise<{ persistTo: string; temporary: boolean }> {
  if (folder && existsSync(join(folder, 'v3'))) return { persistTo: folder, temporary: false };
  const app = await startWorkerd('worker/src/index.ts', { config: CONFIG, vars: VARS });
  try {
    const api = client(app.worker);
    const tokens = await seed(api);
    const reply = await api('/api/submissions', { method: 'POST', token: tokens[1], json: sheetFor(10_000) });
    if (reply.status !== 201) throw new Error(`seeding failed: ${await reply.text()}`);
  } finally {
    await app.worker.stop();
  }
  if (!folder) return { persistTo: app.persistTo, temporary: true };
  rmSync(folder, { recursive: true, force: true });
  cpSync(app.persistTo, folder, { recursive: true });
  rmSync(app.persistTo, { recursive: true, force: true });
  return { persistTo: folder, temporary: false };
}

const top = (m: Map<string, number>, n: number, total: number): string[][] =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => [ms.toFixed(0), `${((100 * ms) / total).toFixed(1)}%`, name]);

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const { persistTo, temporary } = await seeded(args.find((a) => !a.startsWith('--')));
const runs: Summary[] = [];
try {
  for (let i = 0; i < Number(flag('runs') ?? 1); i++)
    runs.push(await profiled(subject(args.includes('--floor'), persistTo), flag('perf')));
} finally {
  if (temporary) rmSync(persistTo, { recursive: true, force: true });
}
const m = (f: (s: Summary) => number): string => median(runs.map(f)).toFixed(0);
console.log(
  `\n${args.includes('--floor') ? '基线（裸写出器，同样的行）' : '导出'}（${runs.length} 次，中位数）：墙钟 ${m((s) => s.wallMs)} ms，workerd 进程 CPU ${m((s) => s.processCpuMs)} ms，` +
    `其中 Worker isolate（剖析中非空闲）${m((s) => s.isolateBusyMs)} ms`,
);
for (const [i, s] of runs.entries()) {
  const threads = [...s.threads].filter(([, ms]) => ms > 0).map(([n, ms]) => `${n} ${ms}`);
  console.log(
    `  第 ${i + 1} 次：墙钟 ${s.wallMs.toFixed(0)}，进程 ${s.processCpuMs}（${threads.join('，')}），isolate ${s.isolateBusyMs.toFixed(0)}`,
  );
}
const last = runs.at(-1);
if (last) {
  console.log(`\n最后一次的自身时间（按函数，前 30；共 ${last.isolateBusyMs.toFixed(0)} ms 非空闲）`);
  console.log(table(['ms', '%', '函数'], top(last.self, 30, last.isolateBusyMs)));
  console.log('\n按脚本');
  console.log(table(['ms', '%', '脚本'], top(last.byFile, 15, last.isolateBusyMs)));
  const out = flag('out');
  if (out) writeFileSync(out, JSON.stringify(last.profile));
}
