import { z } from 'zod/mini';
import type { ErrorLocale } from '../messages/error-locale.ts';
import { wordError, wordRefusal } from '../messages/errors.ts';
import type { Issue, IssueDraft } from '../validate/issue.ts';
import { isIssueKey, kindOf } from '../validate/issue-kinds.ts';
import type { IssueCount } from '../validate/issue-summary.ts';
import type { WorkbookInput } from '../validate/validate-workbook.ts';
import { XLSX_TYPE } from '../xlsx/mime-type.ts';
import { type ApiErrorCode, type ClientErrorReason, type ErrorParamsOf, isApiErrorReason } from './error-kinds.ts';
import {
  errorBody,
  handoffLink,
  health,
  refusalSentence,
  history,
  storedReceipt,
  submissionReceipt,
  validation,
  whoami,
  type HandoffLink,
  type Health,
  type History,
  type ReturnBody,
  type StoredReceipt,
  type SubmissionReceipt,
  type SubmissionBody,
  type Validation,
  type Whoami,
} from './schemas.ts';

/**
 * A failed API call, ready to show in the page's language. `status` 0 means the server was never
 * reached (offline, DNS, TLS), which is the one case where retrying the same request is the fix.
 */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | ClientErrorReason,
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

/** A failure of the client's own (never reached, an answer not the API's), worded from `locale` (zh-CN's unless given). */
export function clientError<R extends ClientErrorReason>(
  status: number,
  reason: R,
  params: ErrorParamsOf<R>,
  locale?: ErrorLocale,
): ApiCallError {
  return new ApiCallError(status, reason, wordError(reason, params, locale));
}

/** Issues as an answer lists them, worded in the page's language (by default: as the server worded them). */
export type IssueWording = (drafts: readonly Issue[]) => Promise<readonly Issue[]>;

const asServerWorded: IssueWording = async (issues) => issues;

type WireIssue = NonNullable<z.infer<typeof errorBody>['error']['issues']>[number];

/** An answer's issue with its kind checked against the kinds this page knows; null for a newer server's. */
function knownIssue(wire: WireIssue): Issue | null {
  const key = wire.rule === null ? wire.code : `${wire.code}.${wire.rule}`;
  if (!isIssueKey(key)) return null;
  const draft: IssueDraft = { ...wire, ...kindOf(key) };
  return { ...draft, message: wire.message };
}

export interface RefusalWording {
  /** The refusals' table of the page's language (`errorLocales` names them); zh-CN's unless given. */
  readonly locale?: ErrorLocale;
  readonly wordIssues?: IssueWording;
}

/**
 * The error a refusal's JSON body describes, worded in the page's language from its reason,
 * params and issue kinds. A body this page cannot word (a newer server's reason or kind) keeps
 * the server's Chinese sentence and says to reload; any other body is the HTTP status in words.
 */
export async function refusalOf(status: number, body: unknown, wording: RefusalWording = {}): Promise<ApiCallError> {
  const locale = wording.locale;
  const parsed = errorBody.safeParse(body);
  if (parsed.success) {
    const { code, reason, params, issues = [], counts = [] } = parsed.data.error;
    const known = issues.map(knownIssue);
    if (isApiErrorReason(reason) && known.every((i) => i !== null)) {
      const worded = await (wording.wordIssues ?? asServerWorded)(known);
      // The params are the server's for this reason (its schema is the same table's).
      const said = wordRefusal(reason, params as ErrorParamsOf<typeof reason>, worded[0]?.message, locale);
      return new ApiCallError(status, code, said, worded, counts);
    }
  }
  const sentence = refusalSentence.safeParse(body);
  if (sentence.success)
    return new ApiCallError(
      status,
      'page-outdated',
      `${sentence.data.error.message}（${wordError('page-outdated', {}, locale)}）`,
    );
  return clientError(status, 'http', { status }, locale);
}

export interface ApiClientOptions {
  /** Origin of the Worker, e.g. https://ledger.example.gov.cn (no trailing /api). */
  readonly server: string;
  readonly token: string | null;
  readonly fetch?: typeof fetch;
  /** The page's language for refusals, and how it words the issues an answer lists. */
  readonly wording?: RefusalWording;
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

/** The workbook typed as .xlsx: a file a browser picked may carry no type, or another (a .xlsm's). */
const asXlsx = (workbook: Blob): Blob => new Blob([workbook], { type: XLSX_TYPE });

/** The Worker's API for the task pane and the dashboard; every JSON answer is checked by its schema. */
export function createApiClient(options: ApiClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const locale = options.wording?.locale;

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
      throw clientError(0, 'unreachable', { server: options.server }, locale);
    }
    if (!response.ok) throw await refusalOf(response.status, await response.json().catch(() => null), options.wording);
    return response;
  }

  async function json<S extends z.core.$ZodType>(schema: S, path: string, call: Call = {}): Promise<z.infer<S>> {
    const body: unknown = await (await send(path, call)).json().catch(() => undefined);
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) throw clientError(200, 'bad-response', {}, locale);
    return parsed.data;
  }

  return {
    health: (): Promise<Health> => json(health, '/health'),
    me: (): Promise<Whoami> => json(whoami, '/me'),
    validate: (body: SubmissionRequest): Promise<Validation> =>
      json(validation, '/validate', { method: 'POST', json: body }),
    /** The key makes a retry after a lost answer return the first receipt instead of a second version. */
    submit: (body: SubmissionRequest, idempotencyKey: string, fewerRowsThan?: number): Promise<SubmissionReceipt> =>
      json(submissionReceipt, '/submissions', {
        method: 'POST',
        json: body,
        query: { fewerRowsThan },
        headers: { 'idempotency-key': idempotencyKey },
      }),
    /** One page, newest versions first; `next` (when not null) is the `cursor` of the page after it. */
    history: (query: { unit?: string; year?: number; limit?: number; cursor?: string } = {}): Promise<History> =>
      json(history, '/submissions', { query }),
    /** The workbook itself: the Worker reads and validates it exactly as the JSON body. */
    submitXlsx: (
      workbook: Blob,
      year: number,
      idempotencyKey: string,
      fewerRowsThan?: number,
    ): Promise<SubmissionReceipt> =>
      json(submissionReceipt, '/submissions', {
        method: 'POST',
        file: asXlsx(workbook),
        query: { year, fewerRowsThan },
        headers: { 'idempotency-key': idempotencyKey },
      }),
    /** The workbook back as 批注版, checked for `year` as the page checked it. */
    annotateXlsx: async (workbook: Blob, year: number): Promise<Blob> =>
      (await send('/annotate', { method: 'POST', file: asXlsx(workbook), query: { year } })).blob(),
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
