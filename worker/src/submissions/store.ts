import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import type { Receipt } from '#shared/api/schemas.ts';
import { ledgerByKey, type LedgerKey, ledgerKeys, type ValidationResult } from '#shared/index.ts';
import type { UnitCaller } from '../auth/caller.ts';
import { newId } from '../auth/token.ts';
import {
  insertSubmission,
  type StoredRow,
  submissionById,
  submissionByIdempotencyKey,
  type SubmissionRecord,
} from '../db/submissions.ts';
import { ApiError } from '../errors.ts';
import { warningsWithNotes } from './check.ts';
import type { Intake } from './intake.ts';

type Clerk = UnitCaller;

function rowsToStore(result: ValidationResult): { rows: StoredRow[]; counts: Receipt['counts'] } {
  const rows: StoredRow[] = [];
  const counts = Object.fromEntries(ledgerKeys.map((key) => [key, 0])) as Receipt['counts'];
  for (const ledger of Object.values(result.ledgers)) {
    const key: LedgerKey = ledger.ledger;
    const dateField = ledgerByKey(key).dateField;
    counts[key] = ledger.rows.length;
    for (const { row, data } of ledger.rows) {
      const date = (data as Record<string, unknown>)[dateField];
      rows.push([key, row, typeof date === 'string' ? date : null, data]);
    }
  }
  return { rows, counts };
}

/** The same key must carry the same body; then the first receipt is the answer. */
function replay(existing: SubmissionRecord, sha256: string): SubmissionRecord {
  if (existing.sha256 !== sha256) {
    throw new ApiError('idempotency-key-reused', {});
  }
  return existing;
}

/** Where the body of a submission is kept in R2: content-addressed by its SHA-256. */
export const rawObjectKey = (sha256: string): string => `raw/${sha256}`;

const UNIQUE_VIOLATION = /UNIQUE constraint failed/i;

/** What identifies a request to store: its Idempotency-Key, the SHA-256 of its body, its instant. */
export interface Arrival {
  readonly idempotencyKey: string | null;
  readonly sha256: string;
  readonly receivedAt: string;
}

/**
 * The submission this request's Idempotency-Key already stored, or null. Looked up before the
 * body is judged again: the first answer is the answer, even when today's checks would differ.
 */
export async function storedEarlier(db: D1Database, caller: Clerk, arrival: Arrival): Promise<SubmissionRecord | null> {
  if (arrival.idempotencyKey === null) return null;
  const existing = await submissionByIdempotencyKey(db, caller.unitCode, arrival.idempotencyKey);
  return existing && replay(existing, arrival.sha256);
}

/**
 * Keeps the raw body (content-addressed in R2) and then the submission with its rows in
 * one D1 transaction. Returns the stored record and whether it was created now.
 */
export async function storeSubmission(
  env: Env,
  caller: Clerk,
  intake: Intake,
  result: ValidationResult,
  { idempotencyKey, sha256, receivedAt }: Arrival,
): Promise<{ record: SubmissionRecord; created: boolean }> {
  // An orphaned object after a failed D1 write is harmless: the key is the content's hash.
  await env.RAW.put(rawObjectKey(sha256), intake.bytes, {
    httpMetadata: { contentType: intake.source === 'json' ? 'application/json' : XLSX_TYPE },
  });
  const { rows, counts } = rowsToStore(result);
  const id = newId('sub');
  try {
    await insertSubmission(
      env.DB,
      {
        id,
        unitCode: caller.unitCode,
        year: intake.year,
        templateVersion: intake.input.templateVersion ?? null,
        receivedAt,
        sha256,
        source: intake.source,
        credentialId: caller.credentialId,
        idempotencyKey,
        counts,
        warnings: warningsWithNotes(result, intake),
      },
      rows,
    );
  } catch (error) {
    // Two requests with one key raced: the loser's transaction rolled back whole.
    if (idempotencyKey !== null && error instanceof Error && UNIQUE_VIOLATION.test(error.message)) {
      const existing = await submissionByIdempotencyKey(env.DB, caller.unitCode, idempotencyKey);
      if (existing) return { record: replay(existing, sha256), created: false };
    }
    throw error;
  }
  const record = await submissionById(env.DB, id);
  if (!record) throw new Error(`submission ${id} vanished after insert`);
  return { record, created: true };
}
