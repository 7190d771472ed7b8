/**
 * Every refusal the API gives, and every failure the clients meet on their way to it, as data:
 * a reason with the HTTP-level code it answers under and the names of the params its wording
 * may use — the same shape as the engine's issue kinds (../validate/issue-kinds.ts). The types
 * below derive from it, so a refusal that does not exist, or a locale that cannot word one, is a
 * compile error. The Worker sends `{ code, reason, params, message }` with the Chinese message;
 * the pane and the dashboard word `reason` and `params` in their own language.
 */
export const apiErrorCodes = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
  'validation-failed',
  /** A workbook the 批注版 cannot mark up (a part it must edit is missing or unreadable). */
  'cannot-annotate',
  'confirmation-required',
  'rate-limited',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorKinds = {
  'credential-missing': { code: 'unauthorized', params: [] },
  'credential-invalid': { code: 'unauthorized', params: [] },
  'too-many-failures': { code: 'rate-limited', params: ['minutes', 'limit', 'retryAfter'] },
  /** `roles`: the roles allowed, comma-separated keys (clerk, supervisor, admin). */
  'role-required': { code: 'forbidden', params: ['roles'] },
  'return-outside-scope': { code: 'forbidden', params: [] },
  'json-malformed': { code: 'bad-request', params: [] },
  /** `what`: body or query; `fields`: the paths Zod named; `detail`: Zod's Chinese wording of them. */
  'request-malformed': { code: 'bad-request', params: ['what', 'fields', 'detail'] },
  'idempotency-key-invalid': { code: 'bad-request', params: [] },
  'year-invalid': { code: 'bad-request', params: ['year'] },
  'unit-name-too-long': { code: 'bad-request', params: ['max'] },
  'handoff-name-invalid': { code: 'bad-request', params: ['max'] },
  'handoff-empty': { code: 'bad-request', params: [] },
  'cursor-invalid': { code: 'bad-request', params: ['cursor'] },
  'export-sheet-unknown': { code: 'bad-request', params: ['sheet'] },
  'route-unknown': { code: 'not-found', params: ['method', 'path'] },
  'unit-not-in-scope': { code: 'not-found', params: ['unit'] },
  'unit-unknown': { code: 'not-found', params: ['unit'] },
  'credential-not-found': { code: 'not-found', params: [] },
  'submission-not-found': { code: 'not-found', params: [] },
  /** A version the task pane sent as data: there is no file to download. */
  'submission-without-file': { code: 'not-found', params: ['version'] },
  'submission-file-missing': { code: 'not-found', params: ['version'] },
  'handoff-gone': { code: 'not-found', params: [] },
  'idempotency-key-reused': { code: 'conflict', params: [] },
  'version-superseded': { code: 'conflict', params: [] },
  'already-returned': { code: 'conflict', params: [] },
  'body-too-large': { code: 'payload-too-large', params: ['limit'] },
  /** More ledger cells than one submission may hold (MAX_SUBMISSION_CELLS, shared/limits.ts). */
  'too-many-cells': { code: 'payload-too-large', params: ['limit'] },
  'submission-type': { code: 'unsupported-media-type', params: ['type'] },
  'handoff-type': { code: 'unsupported-media-type', params: [] },
  'annotate-type': { code: 'unsupported-media-type', params: [] },
  /** Said with the issue that says why: see explainedByIssue. */
  'file-unreadable': { code: 'validation-failed', params: [] },
  'workbook-errors': { code: 'validation-failed', params: ['errors'] },
  /** `problems`: how many; the list is the body's `problems`. */
  'unit-tree-invalid': { code: 'validation-failed', params: ['problems', 'first'] },
  /** `part`: the package part or XML element that is missing or unrecognised, as named in the file. */
  'annotate-damaged': { code: 'cannot-annotate', params: ['part'] },
  /** `part`: a part the 批注版 must edit that is larger than `limit` bytes. */
  'annotate-part-too-large': { code: 'cannot-annotate', params: ['part', 'limit'] },
  'annotate-unreadable': { code: 'cannot-annotate', params: [] },
  'fewer-rows-unconfirmed': { code: 'confirmation-required', params: ['version'] },
  internal: { code: 'internal', params: [] },
} as const satisfies Record<string, { readonly code: ApiErrorCode; readonly params: readonly string[] }>;

export type ApiErrorReason = keyof typeof apiErrorKinds;

export const apiErrorReasons = Object.keys(apiErrorKinds) as [ApiErrorReason, ...ApiErrorReason[]];

/** Refusals whose wording is followed by their first issue's, which says what is wrong with the file. */
export const explainedByIssue: ReadonlySet<ErrorReason> = new Set<ErrorReason>([
  'file-unreadable',
  'annotate-unreadable',
]);

/** Failures a client meets before or instead of a refusal the API words: their code is their reason. */
export const clientErrorKinds = {
  /** The server was never reached (offline, DNS, TLS): the one case where retrying is the fix. */
  unreachable: ['server'],
  /** An answer that is not this API's (a proxy's page, another server). */
  'bad-response': [],
  /** A refusal without this API's error body. */
  http: ['status'],
  /** A refusal this page cannot word: the server is newer than the page. */
  'page-outdated': [],
} as const satisfies Record<string, readonly string[]>;

export type ClientErrorReason = keyof typeof clientErrorKinds;

/** Anything the clients word: the API's refusals and their own failures. */
export type ErrorReason = ApiErrorReason | ClientErrorReason;

type ParamNames<R extends ErrorReason> = R extends ApiErrorReason
  ? (typeof apiErrorKinds)[R]['params'][number]
  : R extends ClientErrorReason
    ? (typeof clientErrorKinds)[R][number]
    : never;

/** What a reason's wording may interpolate: plain data, so it crosses the API as JSON. */
export type ErrorParamsOf<R extends ErrorReason> = { readonly [P in ParamNames<R>]: string | number };

export type ErrorParams = Readonly<Record<string, string | number>>;

// A Set, not Object.hasOwn: the pane's oldest webviews lack it, and `in` would also match Object.prototype's keys.
const reasonSet: ReadonlySet<string> = new Set(apiErrorReasons);

export const isApiErrorReason = (value: string): value is ApiErrorReason => reasonSet.has(value);
