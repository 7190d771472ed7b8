import { type Context, Hono } from 'hono';
import { z } from 'zod/mini';
import { historyQuery, returnBody, submissionQuery, warningsQuery } from '#shared/api/schemas.ts';
import { ledgerKeys } from '#shared/index.ts';
import { sha256Hex } from '../auth/token.ts';
import {
  fewerRowsWarningsOf,
  latestVersion,
  markReturned,
  replacedVersion,
  rowsOf,
  submissionById,
  submissionsUnder,
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
import { receiptOf, storedReceiptOf } from '../submissions/receipt.ts';
import { badCursor, pageOf } from './page.ts';
import { storedEarlier, storeSubmission } from '../submissions/store.ts';

const idempotencyKey = z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));

/** A submission the caller may see; anything else is 404, so ids outside the scope leak nothing. */
async function visibleSubmission(c: Context<AppEnv>): Promise<SubmissionRecord> {
  const record = await submissionById(c.env.DB, c.req.param('id') ?? '');
  if (!record || !canSee(c.get('caller'), record.unit_path)) throw new ApiError('not-found', '找不到该报送记录');
  return record;
}

export const submissions = new Hono<AppEnv>()
  /** Validates exactly as a submission would be, and stores nothing. */
  .post('/validate', async (c) => {
    const { issues, errorCount, warningCount, counts } = await dryRunCheck(c, await readIntake(c));
    return c.json({ ok: errorCount === 0, errorCount, warningCount, issues, counts });
  })
  .post('/submissions', requireRole('clerk'), async (c) => {
    const caller = c.get('caller');
    if (caller.role !== 'clerk') throw new ApiError('forbidden', '仅填报员可以报送');
    const key = idempotencyKey.safeParse(c.req.header('Idempotency-Key') ?? null);
    if (!key.success) throw new ApiError('bad-request', 'Idempotency-Key 应为 1 到 200 个字符');
    const { fewerRowsThan } = queryWith(c, submissionQuery);
    const intake = await readIntake(c);
    const arrival = { idempotencyKey: key.data, sha256: await sha256Hex(intake.bytes), receivedAt: nowIso(c) };
    const earlier = await storedEarlier(c.env.DB, caller, arrival);
    if (earlier) {
      c.header('Idempotent-Replayed', 'true');
      return c.json(await storedReceiptOf(c.env.DB, earlier), 200);
    }
    const replaces = await replacedVersion(c.env.DB, caller.unitCode, intake.year);
    const result = checkIntake(intake, requestToday(c), replaces);
    requireFewerRowsConfirmed(result, replaces, fewerRowsThan);
    const { record, created } = await storeSubmission(c.env, caller, intake, result, arrival);
    if (!created) c.header('Idempotent-Replayed', 'true');
    return c.json(await storedReceiptOf(c.env.DB, record), created ? 201 : 200);
  })
  .get('/submissions', async (c) => {
    const caller = c.get('caller');
    const query = queryWith(c, historyQuery);
    if (query.unit !== undefined) {
      const unit = await unitByCode(c.env.DB, query.unit);
      if (!unit || !canSee(caller, unit.path)) throw new ApiError('not-found', `找不到单位 ${query.unit}`);
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
    const rows = await rowsOf(c.env.DB, record.id);
    const grouped: Record<string, unknown[]> = Object.fromEntries(ledgerKeys.map((key) => [key, []]));
    for (const r of rows) grouped[r.ledger]?.push({ row: r.row_number, data: JSON.parse(r.data) });
    return c.json({ ...(await storedReceiptOf(c.env.DB, record)), rows: grouped });
  })
  .get('/submissions/:id/warnings', async (c) => {
    const record = await visibleSubmission(c);
    const query = queryWith(c, warningsQuery);
    const after = query.cursor === undefined ? null : Number(query.cursor);
    if (query.cursor !== undefined && !(/^\d+$/.test(query.cursor) && Number.isSafeInteger(after)))
      throw badCursor(query.cursor);
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
    if (!canReturn(caller, record.unit_path)) throw new ApiError('forbidden', '只能退回下级单位的报送');
    const body = await jsonBody(c, returnBody);
    if (record.version !== (await latestVersion(c.env.DB, record.unit_code, record.year))) {
      throw new ApiError('conflict', '该单位已有更新的版本，只能退回最新版本');
    }
    const returned = await markReturned(c.env.DB, record.id, {
      at: nowIso(c),
      reason: body.reason,
      cells: body.cells ? JSON.stringify(body.cells) : null,
      by: caller.credentialId,
    });
    if (!returned) throw new ApiError('conflict', '该报送已被退回');
    const updated = await submissionById(c.env.DB, record.id);
    return c.json(updated ? await storedReceiptOf(c.env.DB, updated) : null);
  });
