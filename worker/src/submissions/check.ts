import type { Context } from 'hono';
import type { Receipt } from '#shared/api/schemas.ts';
import { type IssueSummary, summariseIssues, type ValidationResult, validateWorkbook } from '#shared/index.ts';
import { requestToday } from '../clock.ts';
import { replacedVersion } from '../db/submissions.ts';
import type { AppEnv } from '../env.ts';
import type { ReplacedVersion } from '#shared/validate/fewer-rows.ts';
import { ApiError } from '../errors.ts';
import type { Intake } from './intake.ts';
import { warningKey } from '#shared/api/warning-key.ts';

/**
 * Validates on the server exactly as the add-in does, as of the request's day and against the
 * version it would replace (see shared/validate/fewer-rows.ts; undefined: no unit of its own).
 */
export function validateIntake(intake: Intake, today: string, replaces?: ReplacedVersion | null): ValidationResult {
  return validateWorkbook(intake.input, { year: intake.year, today, ...(replaces === undefined ? {} : { replaces }) });
}

/**
 * The check a submission would get, storing nothing: what /api/validate answers and the 批注版
 * marks. A clerk's workbook is also weighed against the version it would replace, as 报送 weighs it.
 */
export async function dryRunCheck(c: Context<AppEnv>, intake: Intake): Promise<IssueSummary> {
  const caller = c.get('caller');
  const replaces = caller.role === 'clerk' ? await replacedVersion(c.env.DB, caller.unitCode, intake.year) : undefined;
  return summariseIssues(validateIntake(intake, requestToday(c), replaces).issues);
}

/** Any error refuses a submission, listed or not: a 422 carrying the first issues and the count of every kind. */
export function checkIntake(intake: Intake, today: string, replaces: ReplacedVersion | null): ValidationResult {
  const result = validateIntake(intake, today, replaces);
  if (result.errorCount > 0) {
    const { issues, counts } = summariseIssues(result.issues);
    throw new ApiError('workbook-errors', { errors: result.errorCount }, { issues, details: { counts } });
  }
  return result;
}

/**
 * Rows that would vanish from every export are sent only on purpose: the request names the
 * version it knowingly shrinks (`fewerRowsThan`, 0 for none), so a confirmation given against
 * an older version (another submission arrived meanwhile) does not count for the newer one.
 */
export function requireFewerRowsConfirmed(
  result: ValidationResult,
  replaces: ReplacedVersion | null,
  fewerRowsThan: number | undefined,
): void {
  const fewer = result.issues.filter((i) => i.code === 'fewer-rows');
  const version = replaces?.version ?? 0;
  if (fewer.length === 0 || fewerRowsThan === version) return;
  throw new ApiError('fewer-rows-unconfirmed', { version }, { issues: fewer, details: { replacesVersion: version } });
}

/** Warnings with the clerk's 核实说明 attached where one was given for the same cell and code. */
export function warningsWithNotes(result: ValidationResult, intake: Intake): Receipt['warnings'] {
  const notes = new Map((intake.explanations ?? []).map((e) => [warningKey(e), e.note]));
  return result.issues
    .filter((i) => i.severity === 'warning')
    .map((i) => ({ ...i, note: notes.get(warningKey(i)) ?? null }));
}
