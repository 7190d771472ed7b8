import type { Receipt } from '../../../shared/api/schemas.ts';
import type { SubmissionRecord } from '../db/submissions.ts';

export interface ReturnInfo {
  at: string;
  reason: string;
  cells: unknown;
  by: string | null;
}

/** What the API says of a stored submission: its receipt, and why it was returned if it was. */
export function receiptOf(r: SubmissionRecord): Receipt & { templateVersion: string | null; source: string; returned: ReturnInfo | null } {
  return {
    submissionId: r.id,
    unitCode: r.unit_code,
    year: r.year,
    version: r.version,
    receivedAt: r.received_at,
    sha256: r.sha256,
    counts: JSON.parse(r.counts),
    warnings: JSON.parse(r.warnings),
    templateVersion: r.template_version,
    source: r.source,
    returned:
      r.returned_at === null
        ? null
        : { at: r.returned_at, reason: r.return_reason ?? '', cells: r.return_cells === null ? [] : JSON.parse(r.return_cells), by: r.returned_by },
  };
}
