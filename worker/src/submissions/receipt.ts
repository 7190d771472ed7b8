import type { Receipt } from '#shared/api/schemas.ts';
import { ISSUE_LIST_LIMIT } from '#shared/index.ts';
import { storedCounts, type SubmissionRecord, warningsOf } from '../db/submissions.ts';

export interface ReturnInfo {
  at: string;
  reason: string;
  cells: unknown;
  by: string | null;
}

export type StoredReceiptOf = Receipt & { templateVersion: string | null; source: string; returned: ReturnInfo | null };

/** What the API says of a stored submission but its warnings: its receipt, and why it was returned if it was. */
export function receiptOf(r: SubmissionRecord): Omit<StoredReceiptOf, 'warnings'> {
  return {
    submissionId: r.id,
    unitCode: r.unit_code,
    year: r.year,
    version: r.version,
    receivedAt: r.received_at,
    sha256: r.sha256,
    counts: storedCounts(r.counts),
    warningCount: r.warning_count,
    templateVersion: r.template_version,
    source: r.source,
    returned:
      r.returned_at === null
        ? null
        : {
            at: r.returned_at,
            reason: r.return_reason ?? '',
            cells: r.return_cells === null ? [] : JSON.parse(r.return_cells),
            by: r.returned_by,
          },
  };
}

/** A receipt as the answers carry it: the first warnings as many as an issue list holds; the rest are paged (GET …/warnings). */
export async function storedReceiptOf(db: D1Database, r: SubmissionRecord): Promise<StoredReceiptOf> {
  const warnings = await warningsOf(db, r.id, { limit: ISSUE_LIST_LIMIT, after: null });
  return { ...receiptOf(r), warnings: warnings.map((w) => w.warning) };
}
