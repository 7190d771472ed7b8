import type { CellValue } from '../cells/cell-value.ts';
import { foldKey } from '../cells/fold.ts';
import type { Column } from '../ledgers/types.ts';

/** The header row is searched for among the first rows only (title rows sit above it). */
export const HEADER_SEARCH_ROWS = 10;

// After NFKC, （必填） is (必填) and ＊ is *; clerks add them, templates of other districts too.
const MARKERS = /^\*+|(?:\(必填\)|\*)+$/g;

/** A header cell as a comparison key: width, spaces, line breaks and required markers ignored. */
export function headerKey(cell: CellValue): string {
  if (typeof cell !== 'string') return cell === null ? '' : String(cell);
  return foldKey(cell).replace(MARKERS, '');
}

export interface HeaderMatch {
  /** Index of the header row in the sheet's values. */
  readonly rowIndex: number;
  /** For each ledger column (in definition order), its index in the sheet's rows, or -1. */
  readonly columnIndexes: readonly number[];
  /** Sheet columns whose header is not one of the ledger's. */
  readonly extras: readonly number[];
  /** Sheet columns repeating a header already matched further left (ignored). */
  readonly repeats: readonly number[];
}

function matchRow(
  row: readonly CellValue[],
  keys: ReadonlyMap<string, number>,
  width: number,
): HeaderMatch & { score: number } {
  const columnIndexes = new Array<number>(width).fill(-1);
  const extras: number[] = [];
  const repeats: number[] = [];
  let score = 0;
  row.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    const field = keys.get(key);
    if (field === undefined) extras.push(index);
    else if (columnIndexes[field] !== -1) repeats.push(index);
    else {
      columnIndexes[field] = index;
      score++;
    }
  });
  // Stryker disable next-line UnaryOperator: locateHeader sets the row index of the match it keeps.
  return { rowIndex: -1, columnIndexes, extras, repeats, score };
}

/** The row among the first ten that matches the most of the ledger's headers; null if none does. */
export function locateHeader(
  values: readonly (readonly CellValue[])[],
  columns: readonly Column[],
): HeaderMatch | null {
  const keys = new Map(columns.map((c, i) => [headerKey(c.header), i]));
  let best: (HeaderMatch & { score: number }) | null = null;
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < rows; rowIndex++) {
    // Stryker disable next-line ArrayDeclaration: a missing row matches no header, so it scores 0 and is never kept.
    const match = matchRow(values[rowIndex] ?? [], keys, columns.length);
    if (match.score > (best?.score ?? 0)) best = { ...match, rowIndex };
  }
  return best;
}
