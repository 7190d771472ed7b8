/**
 * The only exception readXlsx lets out. Callers branch on `code` and show a localised
 * message built from `params`, so `message` is for logs only.
 */
export type XlsxErrorCode =
  | 'too-large'
  | 'not-xlsx'
  | 'corrupt'
  | 'encrypted'
  | 'zip-bomb'
  | 'too-many-cells'
  /** A cell's text is over Excel's 32,767 characters: params name the sheet, row and column. */
  | 'cell-too-long';

export type XlsxErrorParams = Record<string, string | number>;

export class XlsxReadError extends Error {
  readonly code: XlsxErrorCode;
  readonly params: XlsxErrorParams;

  constructor(code: XlsxErrorCode, params: XlsxErrorParams = {}, options?: { cause?: unknown }) {
    const detail = Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    super(detail === '' ? `xlsx: ${code}` : `xlsx: ${code} (${detail})`, options);
    this.name = 'XlsxReadError';
    this.code = code;
    this.params = params;
  }
}

/**
 * Thrown deep inside parsers that do not know which part they are reading; the part
 * reader turns it into a `corrupt` XlsxReadError that names the part.
 */
export class MalformedPartError extends Error {
  /** What the parser knows besides the reason (a sheet name, the offending reference). */
  readonly details: XlsxErrorParams;

  constructor(reason: string, details: XlsxErrorParams = {}) {
    super(reason);
    this.name = 'MalformedPartError';
    this.details = details;
  }
}

/** Anything else that escapes a parser (TextDecoder on bad UTF-8, RangeError) means broken input. */
export function toXlsxError(error: unknown, part?: string): XlsxReadError {
  if (error instanceof XlsxReadError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const details = error instanceof MalformedPartError ? error.details : {};
  const params: XlsxErrorParams = part === undefined ? { reason, ...details } : { part, reason, ...details };
  return new XlsxReadError('corrupt', params, { cause: error });
}
