import type { Issue } from '#shared/index.ts';

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'validation-failed'
  /** A workbook the 批注版 cannot mark up (a part it must edit is missing or unreadable). */
  | 'cannot-annotate'
  | 'confirmation-required'
  | 'rate-limited'
  | 'internal';

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

/** An error the API answers with `{ error: { code, message, issues? } }`; `message` is Chinese. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: readonly Issue[],
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }

  get status(): (typeof STATUS)[ApiErrorCode] {
    return STATUS[this.code];
  }

  toJSON(): { error: Record<string, unknown> } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
        ...this.details,
      },
    };
  }
}
