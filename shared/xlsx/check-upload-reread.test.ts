/**
 * A repeat far below the row it repeats (more than RECENT rows) is confirmed by streaming the
 * sheet part a second time (SheetSinks.again): checkUpload must still say what readUpload +
 * validateWorkbook say, naming the first row exactly.
 */
import { describe, expect, it } from 'vitest';
import { context, type RowCells, sheetOf } from '../../tests/support/ledger-builder.ts';
import type { CellValue } from '../cells/cell-value.ts';
import { RECENT } from '../validate/cross-row.ts';
import { validateWorkbook } from '../validate/validate-workbook.ts';
import { columnLetters } from './cell-ref.ts';
import { buildXlsx, escapeXml, worksheet } from './fixtures/synthetic-package.ts';
import { checkUpload, readUpload } from './read-upload.ts';

/** The values as a worksheet: numbers as numbers, text as inline strings. */
function sheetXml(values: readonly (readonly CellValue[])[]): string {
  const cell = (value: CellValue, ref: string): string =>
    typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : typeof value === 'string'
        ? `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
        : '';
  const rows = values.map(
    (row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${columnLetters(c + 1)}${r + 1}`)).join('')}</row>`,
  );
  return worksheet(rows.join(''));
}

describe('checkUpload, a repeat far from the row it repeats', () => {
  it('reads the sheet again for the first row, and names it exactly', async () => {
    const far = RECENT + 200;
    // Each row its own topic, so only the planted rows repeat.
    const rows: RowCells[] = Array.from({ length: far + 10 }, (_, i) => ({ 活动主题: `第${i + 1}期廉政教育` }));
    rows[far] = { 序号: 3, 活动主题: `第${far + 1}期廉政教育` };
    rows[far + 5] = { 活动主题: '第10期廉政教育' };
    const sheet = sheetOf('activity', rows);
    const bytes = buildXlsx({ sheets: [{ name: '廉政教育活动台账', xml: sheetXml(sheet.values) }] });
    const checked = await checkUpload(bytes, () => context);
    const read = await readUpload(bytes);
    if (checked.kind !== 'checked' || read.kind !== 'read') throw new Error('the workbook should be read');
    const whole = validateWorkbook(read.input, context);
    expect(checked.summary.issues).toEqual(whole.issues);
    // Data rows start at Excel row 3, under the title and the header.
    expect(checked.summary.issues.map((i) => [i.code, `${i.column}${i.row}`, i.params.firstRow])).toEqual([
      ['unique-error', `A${far + 3}`, 5],
      ['duplicate-row', `B${far + 8}`, 12],
    ]);
  });
});
