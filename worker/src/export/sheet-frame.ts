import { columnLetter } from '#shared/index.ts';
import { rowHeight } from '#shared/template/text-layout.ts';
import type { ColumnSpec, PrintSpec, Row } from '../xlsx/types.ts';
import { scopeLine } from './describe-scope.ts';
import type { ConsolidationScope } from './load.ts';

const FOOTER = '第 {page} 页 共 {pages} 页';

/**
 * How every sheet of the 汇总工作簿 prints: A4 landscape one page wide (`pagesTall` 0: as many
 * pages down as needed), the header row `headerRow` on every page, title and scope in the page
 * header, page numbers in the footer.
 */
export function exportPrint(c: ConsolidationScope, title: string, headerRow: number, pagesTall = 0): PrintSpec {
  return {
    landscape: true,
    fitToWidth: true,
    fitToHeight: pagesTall,
    titleRows: { first: headerRow, last: headerRow },
    header: `${title}\n${scopeLine(c)}`,
    footer: FOOTER,
  };
}

export interface Heading {
  readonly rows: readonly Row[];
  readonly merges: readonly string[];
  readonly rowHeights: Readonly<Record<number, number>>;
}

/**
 * The two rows above a summary sheet's table, title and scope line (with `note` after it),
 * merged across its columns; the scope row tall enough for its wrapped text, which Excel
 * never fits in a merged cell by itself.
 */
export function sheetHeading(
  c: ConsolidationScope,
  title: string,
  columns: readonly ColumnSpec[],
  note?: string,
): Heading {
  const last = columnLetter(columns.length - 1);
  const scope = note === undefined ? scopeLine(c) : `${scopeLine(c)}；${note}`;
  const width = columns.reduce((sum, col) => sum + col.width, 0);
  const rows: Row[] = [[{ value: title, style: 'title' }], [{ value: scope, style: 'wrap' }]];
  return { rows, merges: [`A1:${last}1`, `A2:${last}2`], rowHeights: { 1: 24, 2: rowHeight([[scope, width]]) } };
}
