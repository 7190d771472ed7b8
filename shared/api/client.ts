import { z } from 'zod/mini';
import type { Issue } from '../validate/issue.ts';
import type { IssueCount } from '../validate/issue-summary.ts';
import type { WorkbookInput } from '../validate/validate-workbook.ts';
import {
  errorBody,
  handoffLink,
  health,
  history,
  storedReceipt,
  validation,
  whoami,
  type HandoffLink,
  type Health,
  type History,
  type ReturnBody,
  type StoredReceipt,
  type SubmissionBody,
  type Validation,
  type Whoami,
} from './schemas.ts';

/**
 * A failed API call, ready to show: `message` is Chinese. `status` 0 means the server was never
 * reached (offline, DNS, TLS), which is the one case where retrying the same request is the fix.
 */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly Issue[] = [],
    /** Every kind of issue found, when `issues` lists only the first (see summariseIssues). */
    readonly counts: readonly IssueCount[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }

  get unreachable(): boolean {
    return this.status === 0;
  }
}

export interface ApiClientOptions {
  /** Origin of the Worker, e.g. https://ledger.example.gov.cn (no trailing /api). */
  readonly server: string;
  readonly token: string | null;
  readonly fetch?: typeof fetch;
}

/** A submission body as the engine holds it (read-only rows); the same JSON as SubmissionBody. */
export type SubmissionRequest = Omit<SubmissionBody, 'sheets'> & { readonly sheets: WorkbookInput['sheets'] };

type Query = Readonly<Record<string, string | number | undefined>>;

interface Call {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly query?: Query;
  readonly json?: unknown;
  /** A raw body instead of JSON, sent with its own type. */
  readonly file?: Blob;
  readonly headers?: Readonly<Record<string, string>>;
}

export function apiUrl(server: string, path: string, query: Query = {}): string {
  const url = new URL(`/api${path}`, server);
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  return url.toString();
}

/** The error a refusal's JSON body describes (any other body: the HTTP status in words). */
export function refusalOf(status: number, body: unknown): ApiCallError {
  const parsed = errorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, issues, counts } = parsed.data.error;
    return new ApiCallError(status, code, message, (issues ?? []) as Issue[], counts ?? []);
  }
  return new ApiCallError(status, 'http', `服务器返回错误（HTTP ${status}），请稍后重试`);
}

async function errorOf(response: Response): Promise<ApiCallError> {
  return refusalOf(response.status, await response.json().catch(() => null));
}

/** The Worker's API for the task pane and the dashboard; every JSON answer is checked by its schema. */
export function createApiClient(options: ApiClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function send(path: string, call: Call): Promise<Response> {
    const headers: Record<string, string> = { ...call.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (call.json !== undefined) headers['content-type'] = 'application/json';
    if (call.file !== undefined) headers['content-type'] = call.file.type;
    let response: Response;
    try {
      response = await fetchImpl(apiUrl(options.server, path, call.query), {
        method: call.method ?? 'GET',
        headers,
        body: call.file ?? (call.json === undefined ? null : JSON.stringify(call.json)),
      });
    } catch {
      throw new ApiCallError(0, 'unreachable', `无法连接服务器 ${options.server}，请检查网络或服务器地址后重试`);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async function json<S extends z.core.$ZodType>(schema: S, path: string, call: Call = {}): Promise<z.infer<S>> {
    const body: unknown = await (await send(path, call)).json().catch(() => undefined);
    const parsed = z.safeParse(schema, body);
    if (!parsed.success)
      throw new ApiCallError(200, 'bad-response', '服务器的答复无法识别：请确认服务器地址指向清风台账');
    return parsed.data;
  }

  return {
    health: (): Promise<Health> => json(health, '/health'),
    me: (): Promise<Whoami> => json(whoami, '/me'),
    validate: (body: SubmissionRequest): Promise<Validation> =>
      json(validation, '/validate', { method: 'POST', json: body }),
    /** The key makes a retry after a lost answer return the first receipt instead of a second version. */
    submit: (body: SubmissionRequest, idempotencyKey: string, fewerRowsThan?: number): Promise<StoredReceipt> =>
      json(storedReceipt, '/submissions', {
        method: 'POST',
        json: body,
        query: { fewerRowsThan },
        headers: { 'idempotency-key': idempotencyKey },
      }),
    /** One page, newest versions first; `next` (when not null) is the `cursor` of the page after it. */
    history: (query: { unit?: string; year?: number; limit?: number; cursor?: string } = {}): Promise<History> =>
      json(history, '/submissions', { query }),
    returnSubmission: (id: string, body: ReturnBody): Promise<StoredReceipt> =>
      json(storedReceipt, `/submissions/${encodeURIComponent(id)}/return`, { method: 'POST', json: body }),
    /** A file answer (the consolidated workbook, the template) as bytes with its suggested name. */
    async download(path: string, query: Query = {}): Promise<{ bytes: Blob; filename: string | null }> {
      const response = await send(path, { query });
      const disposition = response.headers.get('content-disposition') ?? '';
      const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
      return { bytes: await response.blob(), filename: encoded ? decodeURIComponent(encoded) : null };
    },
    /** A one-time link (absolute) from which a browser without the credential fetches `file`. */
    async handoff(file: Blob, name: string): Promise<HandoffLink> {
      const link = await json(handoffLink, '/handoff', { method: 'POST', file, query: { name } });
      return { ...link, url: new URL(link.url, options.server).toString() };
    },
    /** Any other JSON endpoint, checked against the given schema. */
    json,
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
