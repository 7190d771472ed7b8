import type { Violation } from '../validate/issue.ts';
import { type IssueKey, type IssueParams, kindOf } from '../validate/issue-kinds.ts';

/** The kinds a cell that cannot be read takes. */
type FailureKey = Extract<IssueKey, `type-error.${string}` | 'formula-error'>;

/**
 * A cell that could not be read as its column's type. A class (not a union member) so a
 * normaliser can return `T | CellFailure` and callers test it with one `instanceof`.
 */
export class CellFailure {
  readonly violation: Violation;

  constructor(key: FailureKey, params: IssueParams = {}) {
    // Params are checked where kinds are named once (columns.ts); a failure's come from its normaliser.
    this.violation = { severity: 'error', ...kindOf(key), params };
  }
}

export const formulaError = new CellFailure('formula-error');
