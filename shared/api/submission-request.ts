import type { Issue } from '../validate/issue.ts';
import type { WorkbookInput } from '../validate/validate-workbook.ts';
import type { SubmissionRequest } from './client.ts';
import { explanationsOf } from './explanations.ts';

/** The JSON a clerk submits: the engine's input as checked, its year, and the 核实说明 written. */
export function submissionRequest(
  input: WorkbookInput,
  year: number,
  issues: readonly Issue[],
  notes: ReadonlyMap<string, string>,
): SubmissionRequest {
  return {
    year,
    templateVersion: input.templateVersion ?? null,
    sheets: input.sheets,
    explanations: explanationsOf(issues, notes),
  };
}
