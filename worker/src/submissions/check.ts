import type { Receipt } from '../../../shared/api/schemas.ts';
import { type ValidationResult, validateWorkbook } from '../../../shared/index.ts';
import { ApiError } from '../errors.ts';
import type { Intake } from './intake.ts';
import { warningKey } from '../../../shared/api/warning-key.ts';

/** Validates on the server exactly as the add-in does, as of the request's day. */
export function validateIntake(intake: Intake, today: string): ValidationResult {
  return validateWorkbook(intake.input, { year: intake.year, today });
}

/** Any error refuses a submission: a 422 carrying every issue. */
export function checkIntake(intake: Intake, today: string): ValidationResult {
  const result = validateIntake(intake, today);
  if (result.errorCount > 0) {
    throw new ApiError('validation-failed', `台账有 ${result.errorCount} 个错误，未能报送，请改正后重新报送`, result.issues);
  }
  return result;
}

/** Warnings with the clerk's 核实说明 attached where one was given for the same cell and code. */
export function warningsWithNotes(result: ValidationResult, intake: Intake): Receipt['warnings'] {
  const notes = new Map((intake.explanations ?? []).map((e) => [warningKey(e), e.note]));
  return result.issues
    .filter((i) => i.severity === 'warning')
    .map((i) => ({ ...i, note: notes.get(warningKey(i)) ?? null }));
}
