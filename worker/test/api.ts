import { exports } from 'cloudflare:workers';
import type { z } from 'zod';
import { errorBody } from '../../shared/api/schemas.ts';

export const ADMIN = 'test-admin-token';

export interface Reply {
  status: number;
  body: unknown;
  headers: Headers;
}

/** The body parsed by a shared API schema: the test fails if the response breaks the contract. */
export function bodyOf<T extends z.ZodType>(reply: Reply, schema: T): z.infer<T> {
  return schema.parse(reply.body);
}

export function errorOf(reply: Reply): z.infer<typeof errorBody>['error'] {
  return errorBody.parse(reply.body).error;
}

/** Calls the Worker through its real fetch handler, as a client would. */
export async function call(
  method: string,
  path: string,
  options: { token?: string | null; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? ADMIN}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await exports.default.fetch(new Request(`https://ledger.test${path}`, { method, headers, body }));
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
