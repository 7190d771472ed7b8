import { type ErrorParamsOf, type ErrorReason, explainedByIssue } from '../api/error-kinds.ts';
import type { ErrorLocale } from './error-locale.ts';
import { zhCNErrors } from './errors-zh-CN.ts';

/**
 * A refusal or failure in the words of `locale`'s table (error-locales.ts names them). The table is
 * an argument, not a name, so a page that words in Chinese does not carry the English table.
 */
export function wordError<R extends ErrorReason>(
  reason: R,
  params: ErrorParamsOf<R>,
  locale: ErrorLocale = zhCNErrors,
): string {
  // A mapped table indexed by a generic key loses the correlation TypeScript cannot track; each
  // entry's own type is checked where the table is written.
  const word = locale[reason] as (p: ErrorParamsOf<R>) => string;
  return word(params);
}

/** A refusal's sentence: its reason's wording, then — for a refusal explained by its issue — that issue's. */
export function wordRefusal<R extends ErrorReason>(
  reason: R,
  params: ErrorParamsOf<R>,
  firstIssue: string | undefined,
  locale: ErrorLocale = zhCNErrors,
): string {
  const said = wordError(reason, params, locale);
  return firstIssue !== undefined && explainedByIssue.has(reason) ? `${said}${locale.beforeIssue}${firstIssue}` : said;
}
