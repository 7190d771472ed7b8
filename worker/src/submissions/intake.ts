import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { submissionBody, submissionYearQuery } from '#shared/api/schemas.ts';
import type { WorkbookInput } from '#shared/index.ts';
import { MAX_SUBMISSION_CELLS } from '#shared/limits.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { requestYear } from '../clock.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { parseWith, queryWith } from '../request.ts';
import { jsonValueBound } from './json-values.ts';

/** A submission as received: the engine's input, and the exact bytes that were sent. */
export interface Intake {
  readonly input: WorkbookInput;
  readonly year: number;
  readonly explanations: z.infer<typeof submissionBody>['explanations'];
  readonly bytes: Uint8Array;
  readonly source: 'json' | 'xlsx';
}

/**
 * Values a body at the cell limit may hold: each cell, a row around each, and the explanations
 * (5,000 at most, a few values each). Above it the body is refused before it is parsed.
 */
const MAX_JSON_VALUES = 2 * MAX_SUBMISSION_CELLS + 50_000;

const cellsOf = (input: WorkbookInput): number =>
  Object.values(input.sheets).reduce((n, sheet) => n + sheet.values.reduce((m, row) => m + row.length, 0), 0);

const tooManyCells = (): ApiError => new ApiError('too-many-cells', { limit: MAX_SUBMISSION_CELLS });

function fromJson(bytes: Uint8Array): Intake {
  if (jsonValueBound(bytes) > MAX_JSON_VALUES) throw tooManyCells();
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw new ApiError('json-malformed', {});
  }
  const body = parseWith(submissionBody, data);
  const input = { sheets: body.sheets, templateVersion: body.templateVersion };
  if (cellsOf(input) > MAX_SUBMISSION_CELLS) throw tooManyCells();
  return {
    input,
    year: body.year,
    explanations: body.explanations,
    bytes,
    source: 'json',
  };
}

async function fromXlsx(bytes: Uint8Array, queryYear: number | undefined, requestYear: number): Promise<Intake> {
  const read = await readUpload(bytes);
  if (read.kind === 'unreadable') throw new ApiError('file-unreadable', {}, { issues: [read.issue] });
  const year = queryYear ?? read.stamp.year ?? requestYear;
  return { input: read.input, year, explanations: undefined, bytes, source: 'xlsx' };
}

/** Reads a submission body: the engine's JSON input, or the raw workbook. */
export async function readIntake(c: Context<AppEnv>): Promise<Intake> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (type === 'application/json') return fromJson(bytes);
  if (type === XLSX_TYPE) return fromXlsx(bytes, queryWith(c, submissionYearQuery).year, requestYear(c));
  throw new ApiError('submission-type', { type: type ?? '' });
}
