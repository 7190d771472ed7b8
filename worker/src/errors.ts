import { type ApiErrorCode, type ApiErrorReason, apiErrorKinds, type ErrorParamsOf } from '#shared/api/error-kinds.ts';
import type { Issue } from '#shared/index.ts';
import { wordRefusal } from '#shared/messages/errors.ts';

const STATUS: Record<ApiErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'validation-failed': 422,
  'cannot-annotate': 422,
  'confirmation-required': 422,
  'rate-limited': 429,
  internal: 500,
};

interface Extra {
  readonly issues?: readonly Issue[];
  /** Further fields of the body, for programs (e.g. `counts`, `replacesVersion`). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * A refusal the API answers with `{ error: { code, reason, params, message, issues? } }`:
 * `message` is the Chinese wording of `reason`; clients word `reason` and `params` themselves.
 */
export class ApiError<R extends ApiErrorReason = ApiErrorReason> extends Error {
  readonly code: ApiErrorCode;
  readonly issues: readonly Issue[] | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    readonly reason: R,
    readonly params: ErrorParamsOf<R>,
    extra: Extra = {},
  ) {
    super(wordRefusal(reason, params, extra.issues?.[0]?.message));
    this.code = apiErrorKinds[reason].code;
    this.issues = extra.issues;
    this.details = extra.details;
  }

  get status(): (typeof STATUS)[ApiErrorCode] {
    return STATUS[this.code];
  }

  toJSON(): { error: Record<string, unknown> } {
    return {
      error: {
        code: this.code,
        reason: this.reason,
        params: this.params,
        message: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
        ...this.details,
      },
    };
  }
}
