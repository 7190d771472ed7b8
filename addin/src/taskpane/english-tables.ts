import type { Locale } from '#shared/messages/types.ts';
import type { ErrorLocale } from '#shared/messages/error-locale.ts';
import type { PaneText } from './text-zh.ts';

/**
 * The pane's English: its own wording, the engine's issue wordings and the API's refusals. A
 * classic script of its own (english.ts), which a Chinese pane — every WPS desk, and Excel in
 * Chinese — never loads; the page and the validation worker load it in an English Excel.
 */
export interface EnglishTables {
  readonly pane: PaneText;
  readonly issues: Locale;
  readonly errors: ErrorLocale;
}

declare global {
  /** Set by english.ts when it runs, on the page or in a worker. */
  var qingfengEnglish: EnglishTables | undefined;
}

/** The tables the English script has set; throws when `script` ran without setting them. */
export function englishSet(script: string): EnglishTables {
  const tables = self.qingfengEnglish;
  if (!tables) throw new Error(`${script} ran but set no English tables`);
  return tables;
}
