import { readFile, writeFile } from 'node:fs/promises';
import { systemClock } from '#shared/index.ts';
import { XlsxReadError } from '#shared/xlsx/read-xlsx.ts';
import { unreadableIssue } from '#shared/xlsx/read-upload.ts';
import { annotateWorkbook } from '../worker/src/annotate/annotate-workbook.ts';
import { AnnotateRefusal } from '../worker/src/annotate/refusal.ts';
import type { FileReport } from './check-file.ts';

/** `--annotate OUT.xlsx`: the checked file's 批注版, as POST /api/annotate answers it. Returns what to tell the clerk. */
export async function annotateFile(report: FileReport, out: string): Promise<{ ok: boolean; line: string }> {
  if (!report.readable || report.year === null) return { ok: false, line: `未写出批注版：${report.file} 无法读取` };
  try {
    const bytes = await annotateWorkbook(new Uint8Array(await readFile(report.file)), report, {
      year: report.year,
      mtime: systemClock.now(),
    });
    await writeFile(out, bytes);
    return { ok: true, line: `已写出批注版：${out}` };
  } catch (error) {
    if (error instanceof AnnotateRefusal) return { ok: false, line: `未写出批注版：${error.message}` };
    if (error instanceof XlsxReadError) return { ok: false, line: `未写出批注版：${unreadableIssue(error).message}` };
    throw error;
  }
}
