import { type Context, Hono } from 'hono';
import { z } from 'zod/mini';
import {
  historyQuery,
  returnBody,
  rowsQuery,
  type SubmissionReporting,
  submissionQuery,
  warningsQuery,
} from '#shared/api/schemas.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { attachment } from '../attachment.ts';
import { sha256Hex } from '../auth/token.ts';
import {
  fewerRowsWarningsOf,
  latestVersion,
  ledgerRowsPage,
  markReturned,
  replacedVersion,
  rowsOf,
  submissionById,
  submissionsUnder,
  storedCounts,
  submissionVersion,
  type SubmissionRecord,
  warningsOf,
} from '../db/submissions.ts';
import { unitByCode } from '../db/units.ts';
import { nowIso, requestToday } from '../clock.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { requireRole } from '../middleware/auth.ts';
import { jsonBody, queryWith } from '../request.ts';
import { canReturn, canSee, scopePath } from '../scope.ts';
import { checkIntake, dryRunCheck, requireFewerRowsConfirmed } from '../submissions/check.ts';
import { diffVersions } from '../submissions/diff.ts';
import { readIntake } from '../submissions/intake.ts';
import { deadlineDayOf } from '../status/deadline.ts';
import { loadUnitYear, reportingOf } from '../status/reporting.ts';
import { receiptOf, type StoredReceiptOf, storedReceiptOf } from '../submissions/receipt.ts';
import { versionJson } from '../submissions/version-json.ts';
import { badCursor, pageOf, positionCursor } from './page.ts';
import { rawObjectKey, storedEarlier, storeSubmission } from '../submissions/store.ts';

const idempotencyKey = z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));

/** A submission the caller may see; anything else is 404, so ids outside the scope leak nothing. */
async function visibleSubmission(c: Context<AppEnv>): Promise<SubmissionRecord> {
  const record = await submissionById(c.env.DB, c.req.param('id') ?? '');
  if (!record || !canSee(c.get('caller'), record.unit_path)) throw new ApiError('submission-not-found', {});
  return record;
}

/** The receipt a clerk gets on submitting: which months the version counts for, by the matrix's rule. */
async function submissionReceiptOf(
  c: Context<AppEnv>,
  record: SubmissionRecord,
): Promise<StoredReceiptOf & { reporting: SubmissionReporting | null }> {
  const unit = await unitByCode(c.env.DB, record.unit_code);
  const [receipt, unitYear] = await Promise.all([
    storedReceiptOf(c.env.DB, record),
    unit?.reports ? loadUnitYear(c.env.DB, record.unit_code, record.year, deadlineDayOf(c.env)) : null,
  ]);
  const reporting = unitYear
    ? reportingOf(unitYear, { version: record.version, receivedAt: record.received_at }, requestToday(c))
    : null;
  return { ...receipt, reporting };
}

export const submissions = new Hono<AppEnv>()
  /** Validates exactly as a submission would be, and stores nothing. */
  .post('/validate', async (c) => {
    const { issues, errorCount, warningCount, counts } = await dryRunCheck(c, await readIntake(c));
    return c.json({ ok: errorCount === 0, errorCount, warningCount, issues, counts });
  })
  .post('/submissions', requireRole('clerk'), async (c) => {
    const caller = c.get('caller');
    if (caller.role !== 'clerk') throw new ApiError('role-required', { roles: 'clerk' });
    const key = idempotencyKey.safeParse(c.req.header('Idempotency-Key') ?? null);
    if (!key.success) throw new ApiError('idempotency-key-invalid', {});
    const { fewerRowsThan } = queryWith(c, submissionQuery);
    const intake = await readIntake(c);
    const arrival = { idempotencyKey: key.data, sha256: await sha256Hex(intake.bytes), receivedAt: nowIso(c) };
    const earlier = await storedEarlier(c.env.DB, caller, arrival);
    if (earlier) {
      c.header('Idempotent-Replayed', 'true');
      return c.json(await submissionReceiptOf(c, earlier), 200);
    }
    const replaces = await replacedVersion(c.env.DB, caller.unitCode, intake.year);
    const result = checkIntake(intake, requestToday(c), replaces);
    requireFewerRowsConfirmed(result, replaces, fewerRowsThan);
    const { record, created } = await storeSubmission(c.env, caller, intake, result, arrival);
    if (!created) c.header('Idempotent-Replayed', 'true');
    return c.json(await submissionReceiptOf(c, record), created ? 201 : 200);
  })
  .get('/submissions', async (c) => {
    const caller = c.get('caller');
    const query = queryWith(c, historyQuery);
    if (query.unit !== undefined) {
      const unit = await unitByCode(c.env.DB, query.unit);
      if (!unit || !canSee(caller, unit.path)) throw new ApiError('unit-not-in-scope', { unit: query.unit });
    }
    const unitCode = caller.role === 'clerk' ? caller.unitCode : (query.unit ?? null);
    const after = query.cursor === undefined ? null : await submissionById(c.env.DB, query.cursor);
    if (query.cursor !== undefined && (!after || !canSee(caller, after.unit_path))) throw badCursor(query.cursor);
    const records = await submissionsUnder(
      c.env.DB,
      { path: scopePath(caller), unitCode, year: query.year ?? null },
      { limit: query.limit + 1, after },
    );
    const { page, next } = pageOf(records, query.limit, (last) => last.id);
    // Versions that left the exports with fewer rows are marked in the history, with their words.
    const fewerRows = await fewerRowsWarningsOf(
      c.env.DB,
      page.map((r) => r.id),
    );
    return c.json({
      submissions: page.map((r) => {
        return { ...receiptOf(r), fewerRows: fewerRows.get(r.id) ?? [] };
      }),
      next,
    });
  })
  .get('/submissions/:id', async (c) => {
    const record = await visibleSubmission(c);
    const receipt = await storedReceiptOf(c.env.DB, record);
    return c.body(versionJson(c.env.DB, receipt, record.id), 200, { 'Content-Type': 'application/json' });
  })
  .get('/submissions/:id/warnings', async (c) => {
    const record = await visibleSubmission(c);
    const query = queryWith(c, warningsQuery);
    const after = positionCursor(query.cursor);
    const records = await warningsOf(c.env.DB, record.id, { limit: query.limit + 1, after });
    const { page, next } = pageOf(records, query.limit, (last) => String(last.position));
    return c.json({
      submissionId: record.id,
      version: record.version,
      warningCount: record.warning_count,
      warnings: page.map((w) => w.warning),
      next,
    });
  })
  .get('/submissions/:id/rows', async (c) => {
    const record = await visibleSubmission(c);
    const query = queryWith(c, rowsQuery);
    const after = positionCursor(query.cursor);
    const records = await ledgerRowsPage(c.env.DB, record.id, query.ledger, { limit: query.limit + 1, after });
    const { page, next } = pageOf(records, query.limit, ([rowNumber]) => String(rowNumber));
    return c.json({
      submissionId: record.id,
      version: record.version,
      ledger: query.ledger,
      total: storedCounts(record.counts)[query.ledger],
      rows: page.map(([row, data]) => ({ row, data: JSON.parse(data) })),
      next,
    });
  })
  .get('/submissions/:id/file', async (c) => {
    const record = await visibleSubmission(c);
    if (record.source !== 'xlsx') throw new ApiError('submission-without-file', { version: record.version });
    const stored = await c.env.RAW.get(rawObjectKey(record.sha256));
    if (!stored) throw new ApiError('submission-file-missing', { version: record.version });
    const unit = await unitByCode(c.env.DB, record.unit_code);
    const name = `${unit?.name ?? record.unit_code}-${record.year}年台账-第${record.version}版.xlsx`;
    return c.body(stored.body, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachment(name, `qingfeng-${record.unit_code}-${record.year}-v${record.version}.xlsx`),
    });
  })
  .get('/submissions/:id/diff', async (c) => {
    const record = await visibleSubmission(c);
    const previous =
      record.version > 1 ? await submissionVersion(c.env.DB, record.unit_code, record.year, record.version - 1) : null;
    const [before, after] = await Promise.all([
      previous ? rowsOf(c.env.DB, previous.id) : [],
      rowsOf(c.env.DB, record.id),
    ]);
    return c.json({
      submissionId: record.id,
      version: record.version,
      previous: previous ? { submissionId: previous.id, version: previous.version } : null,
      ledgers: diffVersions(before, after),
    });
  })
  .post('/submissions/:id/return', requireRole('supervisor', 'admin'), async (c) => {
    const caller = c.get('caller');
    const record = await visibleSubmission(c);
    if (!canReturn(caller, record.unit_path)) throw new ApiError('return-outside-scope', {});
    const body = await jsonBody(c, returnBody);
    if (record.version !== (await latestVersion(c.env.DB, record.unit_code, record.year))) {
      throw new ApiError('version-superseded', {});
    }
    const returned = await markReturned(c.env.DB, record.id, {
      at: nowIso(c),
      reason: body.reason,
      cells: body.cells ? JSON.stringify(body.cells) : null,
      by: caller.credentialId,
    });
    if (!returned) throw new ApiError('already-returned', {});
    const updated = await submissionById(c.env.DB, record.id);
    return c.json(updated ? await storedReceiptOf(c.env.DB, updated) : null);
  });
