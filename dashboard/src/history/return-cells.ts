import type { ReturnBody } from '#shared/api/schemas.ts';
import { readCellReference } from '#shared/validate/cell-reference.ts';

/**
 * The cells a supervisor names as `工作表!单元格`, separated by spaces, commas or 、; the add-in
 * marks them in the clerk's workbook. Each word that is not such a cell gets a Chinese sentence
 * naming it — for the cell part, the same one the Worker would answer with.
 */
export function parseReturnCells(text: string): { cells: NonNullable<ReturnBody['cells']>; problems: string[] } {
  const cells: NonNullable<ReturnBody['cells']> = [];
  const problems: string[] = [];
  for (const typed of text.split(/[\s,，、;；]+/).filter((w) => w !== '')) {
    const word = typed.replaceAll('！', '!');
    // A sheet name may itself hold "!", so the cell is what follows the last one.
    const bang = word.lastIndexOf('!');
    if (bang < 1) {
      problems.push(`“${typed}”缺少工作表名，请写成 工作表!单元格`);
      continue;
    }
    const read = readCellReference(word.slice(bang + 1));
    if (read.ok) cells.push({ sheet: word.slice(0, bang), cell: read.cell });
    else problems.push(read.error);
  }
  return { cells, problems };
}
