import type { ErrorParamsOf, ErrorReason } from '../api/error-kinds.ts';

/**
 * A language's wording of every refusal and client failure. Kept apart from the issue wordings
 * (types.ts) so a page that only words refusals does not load the engine's whole table.
 */
export type ErrorLocale = { readonly [R in ErrorReason]: (p: ErrorParamsOf<R>) => string } & {
  /** What joins a refusal's wording to the sentence of the issue that explains it. */
  readonly beforeIssue: string;
};
