import { type ErrorParamsOf, type ErrorReason, explainedByIssue } from '../api/error-kinds.ts';
import type { ErrorLocale } from './error-locale.ts';
import { enErrors } from './errors-en.ts';
import { zhCNErrors } from './errors-zh-CN.ts';

export const errorLocales = { 'zh-CN': zhCNErrors, en: enErrors } as const satisfies Record<string, ErrorLocale>;
export type ErrorLocaleName = keyof typeof errorLocales;

/** A refusal or failure in `locale`'s words. */
export function wordError<R extends ErrorReason>(
  reason: R,
  params: ErrorParamsOf<R>,
  locale: ErrorLocaleName = 'zh-CN',
): string {
  // A mapped table indexed by a generic key loses the correlation TypeScript cannot track; each
  // entry's own type is checked where the table is written.
  const word = errorLocales[locale][reason] as (p: ErrorParamsOf<R>) => string;
  return word(params);
}

const THEN: Record<ErrorLocaleName, string> = { 'zh-CN': '：', en: ': ' };

/** A refusal's sentence: its reason's wording, then — for a refusal explained by its issue — that issue's. */
export function wordRefusal<R extends ErrorReason>(
  reason: R,
  params: ErrorParamsOf<R>,
  firstIssue: string | undefined,
  locale: ErrorLocaleName = 'zh-CN',
): string {
  const said = wordError(reason, params, locale);
  return firstIssue !== undefined && explainedByIssue.has(reason) ? `${said}${THEN[locale]}${firstIssue}` : said;
}
