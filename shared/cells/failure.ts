import type { IssueParams } from '../validate/issue.ts';

/**
 * A cell that could not be read as its column's type. A class (not a union member) so a
 * normaliser can return `T | CellFailure` and callers test it with one `instanceof`.
 */
export class CellFailure {
  readonly severity = 'error' as const;

  constructor(
    readonly code: 'type-error' | 'formula-error',
    readonly rule: string | null,
    readonly params: IssueParams = {},
  ) {}
}

export const formulaError = new CellFailure('formula-error', null);
