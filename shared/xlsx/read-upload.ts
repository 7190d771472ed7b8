/**
 * The one way an uploaded workbook is read, wherever it arrives: `/api/validate`,
 * `/api/submissions`, the dashboard's in-browser check and the CLI. The bounded reader
 * (ledger sheets only), and any file it refuses as one worded issue.
 */
import { wordIssue } from '../messages/index.ts';
import type { Issue } from '../validate/issue.ts';
import type { ByteSource } from './byte-source.ts';
import type { RowSink } from '../validate/validate-sheet.ts';
import { issueKinds } from '../validate/issue-kinds.ts';
import type { WorkbookInput } from '../validate/validate-workbook.ts';
import { type ValidateOptions, type ValidationSummary, WorkbookCheck } from '../validate/workbook-check.ts';
import { readXlsx, XlsxReadError, type XlsxReadOptions } from './read-xlsx.ts';
import { streamXlsx } from './stream-xlsx.ts';
import { onlyLedgerSheets, toWorkbookInput, type WorkbookStamp, workbookStamp } from './workbook-input.ts';

export type UploadRead =
  | { readonly kind: 'read'; readonly input: WorkbookInput; readonly stamp: WorkbookStamp }
  | { readonly kind: 'unreadable'; readonly issue: Issue };

export type UploadCheck =
  | { readonly kind: 'checked'; readonly summary: ValidationSummary; readonly stamp: WorkbookStamp }
  | { readonly kind: 'unreadable'; readonly issue: Issue };

/**
 * Limits other than the defaults only for measuring (bench/): every intake uses the defaults.
 * `inflate` where the runtime has a faster zlib than DecompressionStream (the CLI's node:zlib).
 */
type Limits = Pick<XlsxReadOptions, 'maxBytes' | 'maxCells' | 'inflate'>;

/** The workbook read into the engine's input, every ledger sheet whole: for callers that keep its rows. */
export function readUpload(bytes: ByteSource, limits: Limits = {}): Promise<UploadRead> {
  return refusedAsIssue(async () => {
    const workbook = await readXlsx(bytes, { ...limits, includeSheet: onlyLedgerSheets });
    return { kind: 'read', input: toWorkbookInput(workbook), stamp: workbookStamp(workbook) };
  });
}

/**
 * The workbook checked as it is read, row by row, keeping no rows: the same verdict as
 * readUpload + validateWorkbook, in the memory of the keys the rules across rows need. The
 * engine's options may depend on the stamp (the CLI takes the year from it).
 */
export function checkUpload(
  bytes: ByteSource,
  optionsFor: (stamp: WorkbookStamp) => ValidateOptions,
  limits: Limits = {},
): Promise<UploadCheck> {
  return refusedAsIssue(async () => {
    const { check, stamp } = await streamXlsx(bytes, { ...limits, includeSheet: onlyLedgerSheets }, (entries) => {
      const stamp = workbookStamp(entries);
      const check = new WorkbookCheck(optionsFor(stamp), stamp.templateVersion);
      return {
        check,
        stamp,
        sink: (sheet: string): RowSink | null => {
          const sheetCheck = check.sheet(sheet);
          return sheetCheck === null ? null : (row, first, cells) => sheetCheck.row(row, first, cells);
        },
        again: (sheet: string): RowSink | null => check.rereadSink(sheet),
      };
    });
    return { kind: 'checked', summary: check.finish(), stamp };
  });
}

async function refusedAsIssue<T>(
  read: () => Promise<T>,
): Promise<T | { readonly kind: 'unreadable'; readonly issue: Issue }> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof XlsxReadError) return { kind: 'unreadable', issue: unreadableIssue(error) };
    throw error;
  }
}

/**
 * A refusal that names a cell (`cell-too-long`) is an issue at that cell. The issue carries
 * only the params its kind declares: the reader's own `reason` (zlib's "invalid distance",
 * the scanner's "token too long") is English for logs, and never reaches a clerk.
 */
export function unreadableIssue(error: XlsxReadError): Issue {
  const { sheet, row, column } = error.params;
  const atCell = typeof sheet === 'string' && typeof row === 'number' && typeof column === 'string';
  const declared: readonly string[] = issueKinds[`unreadable-file.${error.code}`];
  const params = Object.fromEntries(Object.entries(error.params).filter(([name]) => declared.includes(name)));
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
    params,
  });
}
