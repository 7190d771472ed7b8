import { readFile } from 'node:fs/promises';
import {
  type Issue,
  type IssueSummary,
  summariseIssues,
  systemClock,
  todayInChina,
  validateWorkbook,
} from '#shared/index.ts';
import { XlsxReadError } from '#shared/xlsx/read-xlsx.ts';
import { readUpload, unreadableIssue } from '#shared/xlsx/read-upload.ts';

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

/** Reads one workbook from disk and validates it as the add-in and the Worker would. */
export async function checkFile(
  file: string,
  options: { year: number | null; today: string | null },
): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return unreadable(
      file,
      unreadableIssue(new XlsxReadError(reason === 'ENOENT' ? 'not-xlsx' : 'corrupt', { reason })),
    );
  }
  const read = readUpload(bytes);
  if (read.kind === 'unreadable') return unreadable(file, read.issue);
  const today = options.today ?? todayInChina(systemClock.now());
  const year = options.year ?? read.stamp.year ?? Number(today.slice(0, 4));
  const result = validateWorkbook(read.input, { year, today });
  const rowCounts = Object.fromEntries(Object.values(result.ledgers).map((l) => [l.sheet, l.rowCount]));
  return { file, year, readable: true, rowCounts, ...summariseIssues(result.issues) };
}
