import type { Issue } from '../validate/issue.ts';
import type { SubmissionRequest } from './client.ts';
import { warningKey } from './warning-key.ts';

/** The clerk's 核实说明 (keyed by warningKey; blanks dropped, trimmed, at most 500 characters) for the warnings they wrote one for, as the Worker stores them with the submission. */
export function explanationsOf(
  issues: readonly Issue[],
  notes: ReadonlyMap<string, string>,
): NonNullable<SubmissionRequest['explanations']> {
  return issues.flatMap((i) => {
    const note = (notes.get(warningKey(i)) ?? '').trim();
    return i.severity === 'warning' && note !== ''
      ? [{ sheet: i.sheet, row: i.row, column: i.column, code: i.code, note: note.slice(0, 500) }]
      : [];
  });
}
