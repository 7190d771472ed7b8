/// <reference lib="webworker" />
/** Runs the shared engine off the pane's thread, so 50,000 rows never freeze the pane. */
// First: the engine uses built-ins EdgeHTML 18 lacks, and the page's polyfill script never reaches a worker.
import '../legacy/worker-polyfills.ts';
// Not shared/index.ts: it brings the Zod row schemas, which a worker that only checks never uses.
// Not messages/index.ts either: it holds every language's table, and English comes by its own script.
import type { LocaleName } from '#shared/messages/index.ts';
import type { Locale } from '#shared/messages/types.ts';
import { wordIssueIn } from '#shared/messages/word-issue.ts';
import { zhCN } from '#shared/messages/zh-CN.ts';
import type { Issue } from '#shared/validate/issue.ts';
import { summariseIssues } from '#shared/validate/issue-summary.ts';
import { validateWorkbook, type WorkbookInput } from '#shared/validate/validate-workbook.ts';
import type { ReplacedVersion } from '#shared/validate/fewer-rows.ts';
import { ENGLISH_SCRIPT } from './english-script.ts';
import { englishSet } from './english-tables.ts';

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

/** The issue table of `locale`: English only now, from its script (english.ts), which a Chinese pane never loads. */
function tableOf(locale: LocaleName): Locale {
  if (locale === 'zh-CN') return zhCN;
  importScripts(ENGLISH_SCRIPT);
  return englishSet(ENGLISH_SCRIPT).issues;
}

self.onmessage = (event: MessageEvent<ValidateRequest | WordRequest>) => {
  const request = event.data;
  if ('word' in request) {
    const wording = tableOf(request.locale);
    self.postMessage({ ok: true, issues: request.word.map((issue) => wordIssueIn(wording, issue)) });
    return;
  }
  const { input, year, today, locale, replaces } = request;
  try {
    // The pane lists, highlights and confirms what any answer would list: the engine's bounded summary.
    const wording = tableOf(locale);
    const result = validateWorkbook(input, { year, today, wording, ...(replaces === undefined ? {} : { replaces }) });
    self.postMessage({ ok: true, ...summariseIssues(result.issues) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
