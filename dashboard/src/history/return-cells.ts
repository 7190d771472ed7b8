import type { ReturnBody } from '../../../shared/api/schemas.ts';

const CELL = /^(.+)!([A-Za-z]{1,3}[1-9]\d{0,6})$/;

/**
 * The cells a supervisor names as `工作表!单元格`, separated by spaces, commas or 、; the add-in
 * marks them in the clerk's workbook. Returns the words that are not such a reference, too.
 */
export function parseReturnCells(text: string): { cells: NonNullable<ReturnBody['cells']>; invalid: string[] } {
  const cells: NonNullable<ReturnBody['cells']> = [];
  const invalid: string[] = [];
  for (const word of text.split(/[\s,，、;；]+/).filter((w) => w !== '')) {
    const match = CELL.exec(word.replace('！', '!'));
    if (match?.[1] && match[2]) cells.push({ sheet: match[1], cell: match[2].toUpperCase() });
    else invalid.push(word);
  }
  return { cells, invalid };
}
