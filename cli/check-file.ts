import { readFile } from 'node:fs/promises';
import { type IssueSummary, summariseIssues, systemClock, todayInChina, validateWorkbook, wordIssue } from '../shared/index.ts';
import { readXlsx, XlsxReadError } from '../shared/xlsx/read-xlsx.ts';
import { onlyLedgerSheets, stampOf, toWorkbookInput } from '../shared/xlsx/workbook-input.ts';

/** What the CLI says of one file: the engine's bounded summary, as every answer carries it. */
export interface FileReport extends IssueSummary {
  readonly file: string;
  /** null when the file could not be read. */
  readonly year: number | null;
  readonly readable: boolean;
  readonly rowCounts: Readonly<Record<string, number>>;
}

function unreadable(file: string, error: XlsxReadError): FileReport {
  const issue = wordIssue({
    severity: 'error', code: 'unreadable-file', rule: error.code, ledger: null, sheet: null, row: null, column: null, header: null,
    value: null, params: error.params,
  });
  return { file, year: null, readable: false, rowCounts: {}, ...summariseIssues([issue]) };
}

/** Reads one workbook from disk and validates it as the add-in and the Worker would. */
export async function checkFile(file: string, options: { year: number | null; today: string | null }): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return unreadable(file, new XlsxReadError(reason === 'ENOENT' ? 'not-xlsx' : 'corrupt', { reason }));
  }
  try {
    const workbook = readXlsx(bytes, { includeSheet: onlyLedgerSheets });
    const today = options.today ?? todayInChina(systemClock.now());
    const year = options.year ?? stampOf(workbook.customProperties).year ?? Number(today.slice(0, 4));
    const result = validateWorkbook(toWorkbookInput(workbook), { year, today });
    const rowCounts = Object.fromEntries(Object.values(result.ledgers).map((l) => [l.sheet, l.rowCount]));
    return { file, year, readable: true, rowCounts, ...summariseIssues(result.issues) };
  } catch (error) {
    if (error instanceof XlsxReadError) return unreadable(file, error);
    throw error;
  }
}
