/// <reference lib="webworker" />
/** Reads and validates an uploaded workbook off the page's thread: a large ledger never freezes the page. */
// Not shared/index.ts: it brings the Zod row schemas, which a worker that only checks never uses.
import type { Issue } from '#shared/validate/issue.ts';
import { type IssueSummary, summariseIssues } from '#shared/validate/issue-summary.ts';
import { validateWorkbook, type WorkbookInput } from '#shared/validate/validate-workbook.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { replacedIn } from '#shared/api/fewer-rows.ts';
import { thisYear } from '../this-year.ts';

export interface CheckRequest {
  readonly bytes: ArrayBuffer;
  readonly today: string;
  /** The year the clerk chose; null: the template stamp's, else this year. */
  readonly year: number | null;
  /** The clerk's history, when the page has it: the workbook is also weighed against the version it would replace. */
  readonly history?: Parameters<typeof replacedIn>[0];
}

export type CheckReply =
  | ({
      readonly kind: 'checked';
      readonly year: number;
      readonly input: WorkbookInput;
      readonly rows: Record<string, number>;
    } & IssueSummary)
  | { readonly kind: 'unreadable'; readonly issue: Issue }
  | { readonly kind: 'failed'; readonly message: string };

async function check({ bytes, today, year: chosen, history }: CheckRequest): Promise<CheckReply> {
  try {
    const read = await readUpload(new Uint8Array(bytes));
    if (read.kind === 'unreadable') return read;
    // The template's stamp says which year the ledgers are for; an unstamped file is this year's.
    const year = chosen ?? read.stamp.year ?? thisYear(today);
    const { input } = read;
    const result = validateWorkbook(input, {
      year,
      today,
      ...(history === undefined ? {} : { replaces: replacedIn(history, year) }),
    });
    const rows = Object.fromEntries(Object.values(result.ledgers).map((l) => [l.sheet, l.rowCount]));
    // The page lists and sends what any answer would list: the engine's bounded summary.
    return { kind: 'checked', year, input, rows, ...summariseIssues(result.issues) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

self.onmessage = async (event: MessageEvent<CheckRequest>) => self.postMessage(await check(event.data));
