/**
 * The Worker isolate's own heap, read from workerd's V8 over the DevTools protocol: wrangler dev
 * started with its inspector on forwards the CDP session to the isolate that runs the Worker, and
 * `Runtime.getHeapUsage` answers from V8's heap statistics — the JavaScript heap (`usedSize`,
 * garbage not yet collected included) and the ArrayBuffers' backing stores outside it
 * (`backingStorageSize`). Only the Runtime domain is used: no debugger is enabled, so the code
 * runs as it does without one. The figure is sampled, one request after the other's answer;
 * V8 answers between the isolate's tasks, which the export yields at every chunk it streams.
 *
 * What is alive, not what V8 has not yet bothered to collect: with workerd started with V8's
 * `--expose-gc` (runtime.ts, `v8Flags`), each sample first runs `gc()` in the Worker's context
 * (`Runtime.evaluate`; workerd does not answer `HeapProfiler.collectGarbage`).
 */
import { WebSocket } from 'undici';

export interface HeapUsage {
  /** V8's JavaScript heap in use, bytes. */
  used: number;
  /** The heap V8 has reserved for it, bytes. */
  total: number;
  /** ArrayBuffers' memory outside the JavaScript heap, bytes. */
  external: number;
}

export interface HeapPeaks {
  samples: number;
  used: number;
  external: number;
  /** Peak of used + external at one sample: what the isolate held at once. */
  both: number;
  total: number;
}

/** A CDP session with the Worker's isolate through wrangler's inspector port. */
export interface IsolateInspector {
  /** The heap as it is; with `collect`, after a full collection (needs `--expose-gc`): what is alive. */
  heap(collect?: boolean): Promise<HeapUsage>;
  /** Any other CDP method on the same session (the CPU profile: export-profile.ts). */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): void;
}

export async function isolateInspector(port: number): Promise<IsolateInspector> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (url === undefined) throw new Error(`no inspector target on port ${port}`);
  // wrangler's inspector proxy accepts local origins only, and WebSocket clients send none.
  const socket = new WebSocket(url, { headers: { Origin: 'http://localhost' } });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`inspector ${url} refused the connection`)), {
      once: true,
    });
  });
  const waiting = new Map<number, (result: Record<string, unknown>) => void>();
  let announced: (context: number) => void = () => {};
  // wrangler's proxy enables the Runtime domain, which announces the Worker's context.
  const context = new Promise<number>((resolve) => {
    announced = resolve;
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      method?: string;
      params?: { context?: { id?: number } };
      result?: Record<string, unknown>;
    };
    if (message.method === 'Runtime.executionContextCreated' && message.params?.context?.id !== undefined)
      announced(message.params.context.id);
    if (message.id === undefined) return;
    waiting.get(message.id)?.(message.result ?? {});
    waiting.delete(message.id);
  });
  let next = 1;
  const send = (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    async heap(collect = false) {
      if (collect) {
        const result = await send('Runtime.evaluate', { expression: 'gc(), 1', contextId: await context });
        if ('exceptionDetails' in result) throw new Error('gc() is not there: start workerd with --expose-gc');
      }
      const r = await send('Runtime.getHeapUsage');
      return { used: Number(r.usedSize), total: Number(r.totalSize), external: Number(r.backingStorageSize) };
    },
    send,
    close: () => socket.close(),
  };
}

/**
 * Samples the isolate's heap while `work` runs, one sample after another, and returns the peaks;
 * with `collect`, each sample follows a full collection, so the peaks are of what is alive.
 */
export async function sampleHeap<T>(
  inspector: IsolateInspector,
  work: () => Promise<T>,
  collect = false,
): Promise<{ peaks: HeapPeaks; before: HeapUsage; result: T }> {
  const before = await inspector.heap(collect);
  const peaks: HeapPeaks = {
    samples: 1,
    used: before.used,
    external: before.external,
    both: before.used + before.external,
    total: before.total,
  };
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const h = await inspector.heap(collect);
      peaks.samples++;
      peaks.used = Math.max(peaks.used, h.used);
      peaks.external = Math.max(peaks.external, h.external);
      peaks.both = Math.max(peaks.both, h.used + h.external);
      peaks.total = Math.max(peaks.total, h.total);
    }
  })();
  try {
    const result = await work();
    return { peaks, before, result };
  } finally {
    done = true;
    await sampling;
  }
}
