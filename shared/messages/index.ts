import type { Issue, IssueDraft } from '../validate/issue.ts';
import { en } from './en.ts';
import type { Locale } from './types.ts';
import { wordIssueIn } from './word-issue.ts';
import { zhCN } from './zh-CN.ts';

export { placedMessage } from './places.ts';

export const locales = { 'zh-CN': zhCN, en } as const satisfies Record<string, Locale>;
export type LocaleName = keyof typeof locales;

/** An issue worded in the language named `locale` (word-issue.ts). */
export function wordIssue(whole: IssueDraft, locale: LocaleName = 'zh-CN'): Issue {
  return wordIssueIn(locales[locale], whole);
}
