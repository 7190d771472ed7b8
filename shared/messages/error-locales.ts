import type { ErrorLocale } from './error-locale.ts';
import { enErrors } from './errors-en.ts';
import { zhCNErrors } from './errors-zh-CN.ts';

/** Every language refusals are worded in, by name. */
export const errorLocales = { 'zh-CN': zhCNErrors, en: enErrors } as const satisfies Record<string, ErrorLocale>;
export type ErrorLocaleName = keyof typeof errorLocales;
