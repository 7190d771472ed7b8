/// <reference lib="webworker" />
/** Runs the shared engine off the pane's thread, so 50,000 rows never freeze the pane. */
// First: the engine uses built-ins EdgeHTML 18 lacks, and the page's polyfill script never reaches a worker.
import '../legacy/worker-polyfills.ts';
// Not shared/index.ts: it brings the Zod row schemas, which a worker that only checks never uses.
import { type LocaleName, wordIssue } from '#shared/messages/index.ts';
import type { Issue } from '#shared/validate/issue.ts';
import { summariseIssues } from '#shared/validate/issue-summary.ts';
import { validateWorkbook, type WorkbookInput } from '#shared/validate/validate-workbook.ts';
import type { ReplacedVersion } from '#shared/validate/fewer-rows.ts';

export interface ValidateRequest {
  readonly input: WorkbookInput;
  readonly year: number;
  readonly today: string;
  readonly locale: LocaleName;
  /** The version a submission would replace, when the pane knows it (a clerk's history). */
  readonly replaces?: ReplacedVersion | null;
}

/** Issues from the Worker's answer, to be worded in the pane's language as the engine words its own. */
export interface WordRequest {
  readonly word: readonly Issue[];
  readonly locale: LocaleName;
}

self.onmessage = (event: MessageEvent<ValidateRequest | WordRequest>) => {
  const request = event.data;
  if ('word' in request) {
    self.postMessage({ ok: true, issues: request.word.map((issue) => wordIssue(issue, request.locale)) });
    return;
  }
  const { input, year, today, locale, replaces } = request;
  try {
    // The pane lists, highlights and confirms what any answer would list: the engine's bounded summary.
    const result = validateWorkbook(input, { year, today, locale, ...(replaces === undefined ? {} : { replaces }) });
    self.postMessage({ ok: true, ...summariseIssues(result.issues) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
