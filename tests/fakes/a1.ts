/** A1 parsing for the fake Excel host: just enough for the addresses the adapter sends. */

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cell(text: string): { row: number; col: number } {
  const m = CELL.exec(text.trim().toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) throw invalidArgument(`bad cell reference ${text}`);
  return { row: Number(m[2]) - 1, col: column(m[1]) };
}

/** "B3" or "B3:D9", no sheet prefix: what Worksheet.getRange accepts from us. */
export function parseRect(address: string): Rect {
  const [from, to, extra] = address.split(':');
  if (from === undefined || extra !== undefined) throw invalidArgument(`bad range ${address}`);
  const a = cell(from);
  const b = to === undefined ? a : cell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rectAddress(r: Rect): string {
  const from = `${letters(r.left)}${r.top + 1}`;
  const to = `${letters(r.right)}${r.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}

/** Office quotes sheet names that are not plain words (spaces, punctuation). */
export function qualified(sheet: string, address: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? `${sheet}!${address}` : `'${sheet.replaceAll("'", "''")}'!${address}`;
}

/**
 * An error as Office.js raises it from a failed sync: OfficeExtension.Error (`RuntimeError` in
 * excel-web-16.00.debug.js), named RichApi.Error, with the code, a debugInfo and trace messages.
 */
export class FakeOfficeError extends Error {
  readonly traceMessages: string[] = [];
  readonly innerError = null;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function invalidArgument(message: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', message);
}
