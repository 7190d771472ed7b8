import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { z } from 'zod/mini';
import { errorBody } from '#shared/api/schemas.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import worker from '../src/index.ts';

export const ADMIN = 'test-admin-token';

export interface Reply {
  status: number;
  body: unknown;
  headers: Headers;
}

/** The body parsed by a shared API schema: the test fails if the response breaks the contract. */
export function bodyOf<T extends z.core.$ZodType>(reply: Reply, schema: T): z.infer<T> {
  return z.parse(schema, reply.body);
}

export function errorOf(reply: Reply): z.infer<typeof errorBody>['error'] {
  return errorBody.parse(reply.body).error;
}

/** The instant every test request happens at unless it names another (vitest.config.ts sets it as FIXED_NOW). */
export const TEST_NOW = env.FIXED_NOW ?? '';

/**
 * A request to the Worker's own fetch handler at the instant `at` (ISO): the handler gets the
 * test bindings with its clock stopped there, as `wrangler dev --var FIXED_NOW:…` would.
 */
export async function fetchAt(request: Request, at: string): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, { ...env, FIXED_NOW: at }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** Calls the Worker through its real fetch handler, as a client would; `at` sets the Worker's clock for this call. */
export async function call(
  method: string,
  path: string,
  options: {
    token?: string | null;
    json?: unknown;
    body?: BodyInit;
    headers?: Record<string, string>;
    at?: string;
  } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? ADMIN}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const request = new Request(`https://ledger.test${path}`, { method, headers, body });
  const response = options.at === undefined ? await exports.default.fetch(request) : await fetchAt(request, options.at);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // non-JSON bodies (workbooks, CSV) are returned as text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Submits as a clerk and returns the new submission's id; anything but 201 fails the test. */
export async function submitAs(token: string, json: unknown): Promise<string> {
  const reply = await call('POST', '/api/submissions', { token, json });
  if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
  return (reply.body as { submissionId: string }).submissionId;
}

/** The bytes of a GET answer (a workbook, a stored file); anything but 200 fails the test. */
export async function bytesOf(path: string, token: string | null = ADMIN): Promise<Uint8Array> {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const response = await exports.default.fetch(new Request(`https://ledger.test${path}`, { headers }));
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Submits a raw .xlsx as a clerk, as the upload page sends a file, and returns the new submission's
 * id; `fewerRowsThan` confirms a workbook with fewer rows than that version (0: an empty one).
 */
export async function submitXlsxAs(
  token: string,
  bytes: Uint8Array,
  year: number,
  fewerRowsThan?: number,
): Promise<string> {
  const confirm = fewerRowsThan === undefined ? '' : `&fewerRowsThan=${fewerRowsThan}`;
  const reply = await call('POST', `/api/submissions?year=${year}${confirm}`, {
    token,
    body: bytes,
    headers: { 'Content-Type': XLSX_TYPE },
  });
  if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
  return (reply.body as { submissionId: string }).submissionId;
}
