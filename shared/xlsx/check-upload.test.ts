/**
 * checkUpload streams an .xlsx through the engine row by row; readUpload + validateWorkbook
 * read it whole first. Over random workbooks written as .xlsx — rows out of order, values
 * hidden under merged cells, used ranges away from A1, stamps — both must say the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomWorkbooks } from '../../tests/support/random-workbook.ts';
import type { CellValue } from '../cells/cell-value.ts';
import { stampRows, STAMP_SHEET } from '../template/stamp-sheet.ts';
import type { ValidateOptions } from '../validate/validate-workbook.ts';
import { validateWorkbook } from '../validate/validate-workbook.ts';
import { columnLetters } from './cell-ref.ts';
import { buildXlsx, escapeXml, worksheet } from './fixtures/synthetic-package.ts';
import { checkUpload, readUpload } from './read-upload.ts';

function cellXml(value: CellValue, ref: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value.startsWith('#')) return `<c r="${ref}" t="e"><v>${escapeXml(value)}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

interface Layout {
  /** Rows and columns before the values start. */
  readonly down: number;
  readonly right: number;
  /** Swap two rows in the file (out of order, as some generators write them). */
  readonly swap: boolean;
  /** Merge a cell with the one to its right: hides that one's value, if any. */
  readonly merge: readonly [number, number] | null;
}

function sheetXml(values: readonly (readonly CellValue[])[], layout: Layout): string {
  const rows = values.map((row, r) => {
    const n = r + 1 + layout.down;
    const cells = row.map((v, c) => cellXml(v, `${columnLetters(c + 1 + layout.right)}${n}`)).join('');
    return `<row r="${n}">${cells}</row>`;
  });
  if (layout.swap && rows.length > 3) [rows[1], rows[3]] = [rows[3] ?? '', rows[1] ?? ''];
  const merge = layout.merge;
  const merged =
    merge === null
      ? ''
      : `<mergeCells count="1"><mergeCell ref="${columnLetters(merge[1] + 1 + layout.right)}${merge[0] + 1 + layout.down}:${columnLetters(merge[1] + 2 + layout.right)}${merge[0] + 1 + layout.down}"/></mergeCells>`;
  return worksheet(rows.join('')).replace('</worksheet>', `${merged}</worksheet>`);
}

const layouts: fc.Arbitrary<Layout> = fc.record({
  down: fc.constantFrom(0, 0, 2),
  right: fc.constantFrom(0, 0, 3),
  swap: fc.constantFrom(false, false, false, true),
  merge: fc.option(fc.tuple(fc.nat(8), fc.nat(6)), { freq: 3 }),
});

const books = fc.tuple(randomWorkbooks, layouts, fc.boolean());

/** The answer without the rows: what checkUpload gives. */
async function verdict(options: ValidateOptions, bytes: Uint8Array) {
  const read = await readUpload(bytes);
  if (read.kind === 'unreadable') return read;
  const { issues, errorCount, warningCount, ledgers } = validateWorkbook(read.input, options);
  const counted = Object.fromEntries(
    Object.entries(ledgers).map(([key, { ledger, sheet, headerRow, rowCount }]) => [
      key,
      { ledger, sheet, headerRow, rowCount },
    ]),
  );
  return { kind: 'checked', summary: { issues, errorCount, warningCount, ledgers: counted }, stamp: read.stamp };
}

describe('checkUpload', () => {
  it('says what readUpload + validateWorkbook say, over random workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(books, async ([{ input, options }, layout, stamped]) => {
        const sheets = Object.entries(input.sheets).map(([name, sheet]) => ({
          name,
          xml: sheetXml(sheet.values, layout),
        }));
        if (stamped && input.templateVersion) {
          const rows = stampRows(input.templateVersion, 2026);
          sheets.push({ name: STAMP_SHEET, xml: sheetXml(rows, { down: 0, right: 0, swap: false, merge: null }) });
        }
        const bytes = buildXlsx({ sheets: sheets.length > 0 ? sheets : [{ name: 'Sheet1', xml: worksheet('') }] });
        expect(await checkUpload(bytes, () => options)).toEqual(await verdict(options, bytes));
      }),
      { numRuns: 120, seed: 20261124 },
    );
    // Two readings of 120 workbooks: more than the default 5 s on a loaded machine; no time is asserted.
  }, 60_000);

  it('refuses what readUpload refuses, with the same issue', async () => {
    const values = [
      ['序号', '活动日期'],
      [1, 46023],
      [2, 46024],
    ];
    const bytes = buildXlsx({
      sheets: [{ name: '廉政教育活动台账', xml: sheetXml(values, { down: 0, right: 0, swap: false, merge: null }) }],
    });
    const options = { year: 2026, today: '2026-11-24' };
    const refused = await checkUpload(bytes, () => options, { maxCells: 5 });
    expect(refused).toMatchObject({ kind: 'unreadable', issue: { code: 'unreadable-file', rule: 'too-many-cells' } });
    expect(refused).toEqual(await readUpload(bytes, { maxCells: 5 }));
    expect(await checkUpload(bytes, () => options, { maxBytes: 100 })).toEqual(
      await readUpload(bytes, { maxBytes: 100 }),
    );
  });

  it('takes the year from the stamp sheet before any row is checked', async () => {
    const values = [['序号'], [1]];
    const bytes = buildXlsx({
      sheets: [
        { name: '廉政教育活动台账', xml: sheetXml(values, { down: 0, right: 0, swap: false, merge: null }) },
        { name: STAMP_SHEET, xml: sheetXml(stampRows('v0', 2031), { down: 0, right: 0, swap: false, merge: null }) },
      ],
    });
    const years: (number | null)[] = [];
    await checkUpload(bytes, (stamp) => {
      years.push(stamp.year);
      return { year: stamp.year ?? 0, today: '2031-01-01' };
    });
    expect(years).toEqual([2031]);
  });
});
