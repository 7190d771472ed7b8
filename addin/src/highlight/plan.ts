/**
 * Which ranges to paint for a list of issues: pure, so it is tested without Excel.
 * Cells are coalesced into column runs ("C3:C9") and runs packed into multi-area
 * addresses, because each range is an operation in the request Excel must accept.
 */
import { columnLetter, type Issue, type Severity } from '#shared/index.ts';
import { appendAll } from '#shared/append-all.ts';
import { columnIndex } from '#shared/validate/address.ts';

export interface PaintRange {
  readonly sheet: string;
  /** One area ("C3:C9") or several ("C3:C9,E4"), never longer than MAX_AREAS_ADDRESS. */
  readonly address: string;
  readonly severity: Severity;
}

/** Excel rejects a multi-area address over 255 characters; keep a margin. */
export const MAX_AREAS_ADDRESS = 250;

/** Severity per cell of one sheet, keyed by column index then row. */
type SheetCells = Map<number, Map<number, Severity>>;

/** What painting needs of an issue; a returned submission's named cells have just this. */
export type Mark = Pick<Issue, 'sheet' | 'row' | 'column' | 'severity'>;

function cellsBySheet(issues: readonly Mark[]): Map<string, SheetCells> {
  const sheets = new Map<string, SheetCells>();
  for (const issue of issues) {
    // Issues without a cell (missing column, whole workbook) are listed, not painted.
    if (issue.sheet === null || issue.row === null || issue.column === null) continue;
    const columns = sheets.get(issue.sheet) ?? new Map<number, Map<number, Severity>>();
    sheets.set(issue.sheet, columns);
    const col = columnIndex(issue.column);
    const rows = columns.get(col) ?? new Map<number, Severity>();
    columns.set(col, rows);
    // An error outranks a warning on the same cell.
    if (rows.get(issue.row) !== 'error') rows.set(issue.row, issue.severity);
  }
  return sheets;
}

function runsOf(col: number, rows: readonly number[]): string[] {
  const letter = columnLetter(col);
  const runs: string[] = [];
  let i = 0;
  while (i < rows.length) {
    const start = rows[i] ?? 0;
    let end = start;
    while (rows[i + 1] === end + 1) end = rows[++i] ?? end;
    runs.push(start === end ? `${letter}${start}` : `${letter}${start}:${letter}${end}`);
    i++;
  }
  return runs;
}

function pack(areas: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current !== '' && current.length + 1 + area.length > MAX_AREAS_ADDRESS) {
      out.push(current);
      current = '';
    }
    current = current === '' ? area : `${current},${area}`;
  }
  if (current !== '') out.push(current);
  return out;
}

export function planHighlights(issues: readonly Mark[]): PaintRange[] {
  const plan: PaintRange[] = [];
  for (const [sheet, columns] of cellsBySheet(issues)) {
    for (const severity of ['error', 'warning'] as const) {
      const areas: string[] = [];
      for (const [col, rows] of [...columns].sort(([a], [b]) => a - b)) {
        const picked = [...rows]
          .filter(([, s]) => s === severity)
          .map(([row]) => row)
          .sort((a, b) => a - b);
        appendAll(areas, runsOf(col, picked));
      }
      for (const address of pack(areas)) plan.push({ sheet, address, severity });
    }
  }
  return plan;
}
