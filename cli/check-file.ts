import { type Issue, type IssueSummary, summariseIssues, systemClock, todayInChina } from '#shared/index.ts';
import { XlsxReadError } from '#shared/xlsx/read-xlsx.ts';
import { checkUpload, type UploadCheck, unreadableIssue } from '#shared/xlsx/read-upload.ts';
import { type FileSource, openFileSource } from './file-source.ts';
import { zlibInflate } from './zlib-inflate.ts';

/** What the CLI says of one file: the engine's bounded summary, as every answer carries it. */
export interface FileReport extends IssueSummary {
  readonly file: string;
  /** null when the file could not be read. */
  readonly year: number | null;
  readonly readable: boolean;
  readonly rowCounts: Readonly<Record<string, number>>;
}

function unreadable(file: string, issue: Issue): FileReport {
  return { file, year: null, readable: false, rowCounts: {}, ...summariseIssues([issue]) };
}

/**
 * Reads one workbook from disk and validates it as the add-in and the Worker would, row by
 * row as it is read (checkUpload), reading the file where the reader needs it: what grows with
 * the rows is the shared strings and the keys the rules across rows need. `limits` only for
 * measuring (bench/cli-memory.ts).
 */
export async function checkFile(
  file: string,
  options: { year: number | null; today: string | null },
  limits: Parameters<typeof checkUpload>[2] = {},
): Promise<FileReport> {
  let source: FileSource;
  try {
    source = openFileSource(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return unreadable(
      file,
      unreadableIssue(new XlsxReadError(reason === 'ENOENT' ? 'not-xlsx' : 'corrupt', { reason })),
    );
  }
  const today = options.today ?? todayInChina(systemClock.now());
  const yearOf = (stamp: { year: number | null }): number => options.year ?? stamp.year ?? Number(today.slice(0, 4));
  let checked: UploadCheck;
  try {
    checked = await checkUpload(source, (stamp) => ({ year: yearOf(stamp), today }), {
      inflate: zlibInflate,
      ...limits,
    });
  } finally {
    source.close();
  }
  if (checked.kind === 'unreadable') return unreadable(file, checked.issue);
  const { summary, stamp } = checked;
  const rowCounts = Object.fromEntries(Object.values(summary.ledgers).map((l) => [l.sheet, l.rowCount]));
  return { file, year: yearOf(stamp), readable: true, rowCounts, ...summariseIssues(summary.issues) };
}
