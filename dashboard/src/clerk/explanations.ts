import type { SubmissionRequest } from '../../../shared/api/client.ts';
import { warningKey } from '../../../shared/api/warning-key.ts';
import type { Issue } from '../../../shared/index.ts';

/** The clerk's 核实说明 for the warnings they wrote one for, as the Worker stores them with the submission. */
export function explanationsOf(issues: readonly Issue[], notes: ReadonlyMap<string, string>): NonNullable<SubmissionRequest['explanations']> {
  return issues.flatMap((i) => {
    const note = (notes.get(warningKey(i)) ?? '').trim();
    return i.severity === 'warning' && i.sheet !== null && note !== '' ? [{ sheet: i.sheet, row: i.row, column: i.column, code: i.code, note: note.slice(0, 500) }] : [];
  });
}
