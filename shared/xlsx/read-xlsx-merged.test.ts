import { describe, expect, it } from 'vitest';
import type { CellValue } from '../cells/cell-value.ts';
import { validateWorkbook } from '../validate/validate-workbook.ts';
import { context } from '../../tests/support/ledger-builder.ts';
import {
  merges,
  mergedSheetName,
  organizerLetter,
  shownValues,
  storedValues,
} from '../../tests/support/merged-layout.ts';
import { columnLetters } from './cell-ref.ts';
import { buildXlsx, escapeXml } from './fixtures/synthetic-package.ts';
import { readXlsx } from './read-xlsx.ts';
import { XlsxReadError } from './xlsx-error.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function cellXml(value: CellValue, ref: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(value))}</t></is></c>`;
}

/** Raw SpreadsheetML with every stored value, then `<mergeCells>` after `<sheetData>` as the schema orders them. */
function sheetXml(values: readonly (readonly CellValue[])[], mergeCells: string): string {
  const rows = values
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((v, c) => cellXml(v, `${columnLetters(c + 1)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${mergeCells}</worksheet>`;
}

const ref = (m: (typeof merges)[number]): string =>
  `${columnLetters(m.left + 1)}${m.top + 1}:${columnLetters(m.right + 1)}${m.bottom + 1}`;
const mergeCells = `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${ref(m)}"/>`).join('')}</mergeCells>`;

async function read(xml: string, sharedStrings?: string[]) {
  const [sheet] = (await readXlsx(buildXlsx({ sheets: [{ name: mergedSheetName, xml }], sharedStrings }))).sheets;
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

describe('readXlsx: merged cells and empty shared strings, as Excel shows them', () => {
  it('keeps only the top-left value of each merged area', async () => {
    expect((await read(sheetXml(storedValues, mergeCells))).values).toEqual(shownValues);
    // Without the merges every stored value is read: the blanks above come from the merges alone.
    expect((await read(sheetXml(storedValues, ''))).values).toEqual(storedValues);
  });

  it('lets the engine see the hidden 组织单位 cells as blank', async () => {
    const sheet = await read(sheetXml(storedValues, mergeCells));
    const result = validateWorkbook({ sheets: { [sheet.name]: sheet }, templateVersion: null }, context);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([
      ['required', `${organizerLetter}4`],
      ['required', `${organizerLetter}5`],
    ]);
  });

  it('reads merged areas written bottom-right first, and single-cell merges, and ignores merges beyond the values', async () => {
    const values = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ];
    expect(
      (
        await read(
          sheetXml(
            values,
            '<mergeCells><mergeCell ref="C2:B1"/><mergeCell ref="A2"/><mergeCell ref="A5:D9"/></mergeCells>',
          ),
        )
      ).values,
    ).toEqual([
      ['a', 'b', null],
      ['d', null, null],
    ]);
  });

  it('names the sheet and the range of a malformed merge', async () => {
    for (const bad of ['A0:B2', 'A1:', 'A1:B2:C3', ':B2']) {
      let error: unknown;
      try {
        await read(sheetXml([['a']], `<mergeCells><mergeCell ref="${bad}"/></mergeCells>`));
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(XlsxReadError);
      expect((error as XlsxReadError).params, bad).toMatchObject({
        sheet: mergedSheetName,
        reason: 'bad merged range',
        ref: bad,
      });
    }
  });

  it('reads a shared string that is empty as a blank cell, on both paths of the cell reader', async () => {
    // <v>1</v></c> right after <c …> takes the fast path; a formula-less spaced <v> the general one.
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"> <v>1</v> </c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`;
    expect((await read(xml, ['<t>有</t>', '<t></t>'])).values).toEqual([['有']]);
    expect((await read(xml, ['<t>有</t>', '<t/>'])).values).toEqual([['有']]);
  });
});
