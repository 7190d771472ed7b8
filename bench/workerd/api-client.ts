import type { Unstable_DevWorker } from 'wrangler';
import { activityCells } from './district-rows.ts';

export const ADMIN = 'bench-admin-token';

export type Fetch = (path: string, init?: { method?: string; token?: string; json?: unknown }) => Promise<Response>;

/** Requests to a bench Worker, as the admin unless a token is given. */
export function client(worker: Unstable_DevWorker): Fetch {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${init.token ?? ADMIN}` };
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    return (await worker.fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    })) as unknown as Response;
  };
}

/** A submission body: an activity ledger of `rows` rows, rows `from`… of activityCells. */
export function sheetFor(rows: number, from = 0) {
  const headers = Object.keys(activityCells(0));
  return {
    year: 2026,
    templateVersion: '2026.1',
    sheets: {
      廉政教育活动台账: {
        address: 'A1',
        values: [headers, ...Array.from({ length: rows }, (_, i) => Object.values(activityCells(from + i)))],
      },
    },
  };
}

export interface BenchUnit {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

/** Registers `units` and issues each a clerk credential; the tokens in the same order. */
export async function registerUnits(api: Fetch, units: readonly BenchUnit[]): Promise<string[]> {
  const registered = await api('/api/admin/units', { method: 'POST', json: units });
  if (!registered.ok) throw new Error(`registering units failed: ${await registered.text()}`);
  const tokens: string[] = [];
  for (const u of units) {
    const issued = (await (
      await api('/api/admin/credentials', { method: 'POST', json: { unitCode: u.code, role: 'clerk', label: 'bench' } })
    ).json()) as { token: string };
    tokens.push(issued.token);
  }
  return tokens;
}

/** Reads a response to the end; the first byte is timed from when the request was sent. */
export async function drain(request: () => Promise<Response>): Promise<{ bytes: number; firstByteMs: number }> {
  const start = performance.now();
  const response = await request();
  let firstByteMs = -1;
  let bytes = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes, firstByteMs };
    if (firstByteMs < 0) firstByteMs = performance.now() - start;
    bytes += value.byteLength;
  }
}
