import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unstable_dev, type Unstable_DevWorker } from 'wrangler';

export interface Workerd {
  worker: Unstable_DevWorker;
  /** The workerd processes wrangler started for it: its dev proxy (see workerPid). */
  pids: number[];
  /** Stops it, and removes its D1/R2 folder if this call made one. */
  stop(): Promise<void>;
}

/** The Worker's `assets` folder (worker/wrangler.jsonc): wrangler refuses to start without it. */
const SITE = 'dist/site';

/**
 * The workerd that runs the Worker, not wrangler's dev proxy in front of it (the only one
 * there is when wrangler returns: the Worker's own starts with the first request). It is
 * the one holding files open in the D1/R2 folder; call it after a first request.
 */
export function workerPid(w: { persistTo: string }): number {
  const holds = (pid: number): boolean => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(w.persistTo);
        } catch {
          return false; // closed between the listing and the read
        }
      });
    } catch {
      return false;
    }
  };
  const found = [...workerdPids()].filter(holds);
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`expected one workerd with ${w.persistTo} open, found ${found.length}`);
  }
  return found[0];
}

/** workerd processes descending from this one. */
function workerdPids(): Set<number> {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((r) => r.length >= 3)
    .map(([pid, ppid, comm]) => ({ pid: Number(pid), ppid: Number(ppid), comm }));
  const parent = new Map(rows.map((r) => [r.pid, r.ppid]));
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return new Set(rows.filter((r) => r.comm === 'workerd' && descends(r.pid)).map((r) => r.pid));
}

/** A free local TCP port, for a Worker's inspector. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A Worker in real workerd through wrangler's dev server (local D1 and R2 in a temp dir). */
export async function startWorkerd(
  script: string,
  options: {
    config?: string;
    vars?: Record<string, string>;
    persistTo?: string;
    inspectorPort?: number;
    /** V8 flags for workerd, passed as Miniflare reads them (MINIFLARE_WORKERD_V8_FLAGS). */
    v8Flags?: readonly string[];
  } = {},
): Promise<Workerd & { persistTo: string }> {
  if (options.config && !existsSync(SITE)) {
    console.log(`（${SITE} 不存在：先运行 npm run build）`);
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  }
  const before = workerdPids();
  const made = options.persistTo === undefined;
  const persistTo = options.persistTo ?? mkdtempSync(join(tmpdir(), 'qf-bench-'));
  const forget = (): void => {
    if (made) rmSync(persistTo, { recursive: true, force: true });
  };
  let worker: Unstable_DevWorker;
  // Read when the Worker's own workerd starts, at the first request: kept until it stops.
  const flags = process.env.MINIFLARE_WORKERD_V8_FLAGS;
  const restoreFlags = (): void => {
    if (flags === undefined) delete process.env.MINIFLARE_WORKERD_V8_FLAGS;
    else process.env.MINIFLARE_WORKERD_V8_FLAGS = flags;
  };
  if (options.v8Flags) process.env.MINIFLARE_WORKERD_V8_FLAGS = options.v8Flags.join(' ');
  try {
    if (options.config && made) {
      execFileSync(
        'npx',
        [
          'wrangler',
          'd1',
          'migrations',
          'apply',
          'DB',
          '--local',
          '--config',
          options.config,
          '--persist-to',
          persistTo,
        ],
        { stdio: 'ignore', env: { ...process.env, CI: 'true' } },
      );
    }
    worker = await unstable_dev(script, {
      ...(options.config ? { config: options.config } : { compatibilityDate: '2026-11-01' }),
      vars: options.vars ?? {},
      persistTo,
      ip: '127.0.0.1',
      // Without a debugger attached, as in production; the inspector only where a bench reads the
      // isolate's heap through it (isolate-heap.ts).
      inspect: options.inspectorPort !== undefined,
      ...(options.inspectorPort === undefined ? {} : { inspectorPort: options.inspectorPort }),
      logLevel: process.env.BENCH_LOG === '1' ? 'log' : 'error',
      // No reloads mid-measurement when files change.
      experimental: { disableExperimentalWarning: true, watch: false, disableDevRegistry: true },
    });
  } catch (error) {
    // A Worker that failed to start leaves no D1/R2 folder behind either.
    forget();
    restoreFlags();
    throw error;
  }
  const pids = [...workerdPids()].filter((p) => !before.has(p));
  if (pids.length === 0) throw new Error('could not find the workerd process');
  const stop = async (): Promise<void> => {
    await worker.stop();
    restoreFlags();
    forget();
  };
  return { worker, pids, persistTo, stop };
}

export function rssKb(pids: readonly number[]): number {
  return pids.reduce(
    (sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0),
    0,
  );
}

/**
 * The CPU time in a /proc `stat` file (a process's, every thread, or one thread's under
 * `task/`), ms — the kernel counts in 10 ms ticks — and the command or thread name it gives.
 */
export function statCpu(path: string): { name: string; ms: number } {
  const stat = readFileSync(path, 'utf8');
  // utime and stime, the 14th and 15th fields: counted after the name's parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ms: (Number(fields[11]) + Number(fields[12])) * 10,
  };
}

/** CPU time the processes have used, every thread, ms. */
export function cpuMs(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + statCpu(`/proc/${pid}/stat`).ms, 0);
}

/**
 * Runs `work` while sampling workerd's resident memory: time, the processes' CPU time (less
 * swayed than the wall clock by other work on the machine), the peak MB above the level before,
 * and the peak itself (runtime, SQLite and the isolate together: an upper bound).
 */
export async function measure<T>(
  pids: readonly number[],
  work: () => Promise<T>,
): Promise<{ ms: number; cpuMs: number; peakMb: number; peakRssMb: number; result: T }> {
  const before = rssKb(pids);
  const cpuBefore = cpuMs(pids);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssKb(pids));
  }, 10);
  const start = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, rssKb(pids));
    const ms = performance.now() - start;
    return { ms, cpuMs: cpuMs(pids) - cpuBefore, peakMb: (peak - before) / 1024, peakRssMb: peak / 1024, result };
  } finally {
    clearInterval(timer);
  }
}
