import { Hono } from 'hono';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { unreadableIssue } from '#shared/xlsx/read-upload.ts';
import { XlsxReadError } from '#shared/xlsx/read-xlsx.ts';
import { annotateWorkbook } from '../annotate/annotate-workbook.ts';
import { AnnotateRefusal } from '../annotate/refusal.ts';
import { attachment } from '../attachment.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { dryRunCheck } from '../submissions/check.ts';
import { readIntake } from '../submissions/intake.ts';

/**
 * 批注版: the uploaded workbook back, its problem cells marked, for clerks without the add-in.
 * Checked exactly as /api/validate checks it, bounded as every upload is, and stored nowhere.
 */
export const annotate = new Hono<AppEnv>().post('/annotate', async (c) => {
  const intake = await readIntake(c);
  if (intake.source !== 'xlsx') {
    throw new ApiError('annotate-type', {});
  }
  const summary = await dryRunCheck(c, intake);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await annotateWorkbook(intake.bytes, summary, { year: intake.year, mtime: c.get('now') });
  } catch (error) {
    if (error instanceof AnnotateRefusal) {
      const { kind } = error;
      throw kind.reason === 'annotate-damaged'
        ? new ApiError(kind.reason, kind.params)
        : new ApiError(kind.reason, kind.params);
    }
    if (error instanceof XlsxReadError) {
      const issue = unreadableIssue(error);
      throw new ApiError('annotate-unreadable', {}, { issues: [issue] });
    }
    throw error;
  }
  return c.body(bytes, 200, {
    'Content-Type': XLSX_TYPE,
    'Content-Disposition': attachment(`${intake.year}年台账-批注版.xlsx`, `qingfeng-annotated-${intake.year}.xlsx`),
  });
});
