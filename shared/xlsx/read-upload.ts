/**
 * The one way an uploaded workbook is read, wherever it arrives: `/api/validate`,
 * `/api/submissions`, the dashboard's in-browser check and the CLI. The bounded reader
 * (ledger sheets only), and any file it refuses as one worded issue.
 */
import { wordIssue } from '../messages/index.ts';
import type { Issue } from '../validate/issue.ts';
import type { WorkbookInput } from '../validate/validate-workbook.ts';
import { readXlsx, XlsxReadError, type XlsxReadOptions } from './read-xlsx.ts';
import { onlyLedgerSheets, toWorkbookInput, type WorkbookStamp, workbookStamp } from './workbook-input.ts';

export type UploadRead =
  | { readonly kind: 'read'; readonly input: WorkbookInput; readonly stamp: WorkbookStamp }
  | { readonly kind: 'unreadable'; readonly issue: Issue };

/** `limits` only for measuring (bench/intake-memory.ts): every intake uses the defaults. */
export function readUpload(bytes: Uint8Array, limits: Pick<XlsxReadOptions, 'maxBytes'> = {}): UploadRead {
  try {
    const workbook = readXlsx(bytes, { ...limits, includeSheet: onlyLedgerSheets });
    return { kind: 'read', input: toWorkbookInput(workbook), stamp: workbookStamp(workbook) };
  } catch (error) {
    if (error instanceof XlsxReadError) return { kind: 'unreadable', issue: unreadableIssue(error) };
    throw error;
  }
}

/** A refusal that names a cell (`cell-too-long`) is an issue at that cell. */
export function unreadableIssue(error: XlsxReadError): Issue {
  const { sheet, row, column } = error.params;
  const atCell = typeof sheet === 'string' && typeof row === 'number' && typeof column === 'string';
  return wordIssue({
    severity: 'error',
    code: 'unreadable-file',
    rule: error.code,
    ledger: null,
    sheet: atCell ? sheet : null,
    row: atCell ? row : null,
    column: atCell ? column : null,
    header: null,
    value: null,
    params: error.params,
  });
}
