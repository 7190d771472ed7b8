import { beforeAll, describe, expect, it } from 'vitest';
import { declareSize, streamedXlsx } from './fixtures/hostile-package.ts';
import { buildXlsx, worksheet } from './fixtures/synthetic-package.ts';
import { MAX_CELL_TEXT } from './cell-text.ts';
import { readXlsx, XlsxReadError } from './read-xlsx.ts';

const SHEET = 'xl/worksheets/sheet1.xml';
const MiB = 1024 * 1024;

const OPEN_SHEET = worksheet('').replace('</sheetData></worksheet>', '');
const CLOSE_SHEET = '</sheetData></worksheet>';

/** `times` empty rows (one row number: more rows than the grid would stop it sooner). */
function rowsBomb(times: number): Uint8Array {
  return streamedXlsx(
    { sheets: [{ name: 'S', xml: '' }] },
    { path: SHEET, head: OPEN_SHEET, unit: '<row r="1"/>', times, tail: CLOSE_SHEET },
  );
}

/** 200 MB of sheet XML: under the 300 MiB total budget, so only the ratio can stop it. */
let sheetBomb: Uint8Array = new Uint8Array(0);
// Deflating 200 MB takes seconds: built once, outside any test's time.
beforeAll(() => {
  sheetBomb = rowsBomb(16_500_000);
}, 120_000);

async function failure(bytes: Uint8Array): Promise<XlsxReadError> {
  try {
    await readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error('expected readXlsx to fail');
}

/** A sheet whose one cell at `ref` holds `times` copies of `unit`, streamed in. */
function hugeCell(ref: string, unit: string, times: number): Uint8Array {
  const [head = '', tail = ''] = worksheet(
    `<row r="3"><c r="${ref}" t="inlineStr"><is><t>\u0000</t></is></c></row>`,
  ).split('\u0000');
  return streamedXlsx({ sheets: [{ name: '活动台账', xml: '' }] }, { path: SHEET, head, unit, times, tail });
}

// Each inflater's step bound and ratio: tests/xlsx-reader/inflater-bounds.test.ts.
describe('readXlsx on hostile uploads', () => {
  it('refuses a sheet bomb by the bytes it produces per compressed byte', async () => {
    const bytes = sheetBomb;
    expect(bytes.length).toBeLessThan(MiB);
    const error = await failure(bytes);
    expect(error).toMatchObject({ code: 'zip-bomb', params: { ratio: 100, part: SHEET } });
  });

  it('refuses a shared-strings bomb before any sheet is read', { timeout: 60_000 }, async () => {
    const sheet = worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const parts = { sheets: [{ name: 'S', xml: sheet }], sharedStrings: ['<t>x</t>'] };
    const sst = 'xl/sharedStrings.xml';
    const bytes = streamedXlsx(parts, {
      path: sst,
      head: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      unit: '<si><t>清风</t></si>',
      times: 7_000_000,
      tail: '</sst>',
    });
    expect(bytes.length).toBeLessThan(MiB);
    expect(await failure(bytes)).toMatchObject({ code: 'zip-bomb', params: { ratio: 100, part: sst } });
  });

  it('believes the bytes, not a central directory that claims a small size', async () => {
    expect(await failure(declareSize(sheetBomb, SHEET, 2000))).toMatchObject({
      code: 'zip-bomb',
      params: { declared: 2000, part: SHEET },
    });
  });

  it('refuses a 100 MB string cell at that cell, naming it', { timeout: 60_000 }, async () => {
    const error = await failure(hugeCell('C3', '廉政教育', Math.ceil((100 * MiB) / 12)));
    expect(error).toMatchObject({
      code: 'cell-too-long',
      params: { sheet: '活动台账', row: 3, column: 'C', limit: MAX_CELL_TEXT },
    });
  });

  it('refuses a shared string over the limit where a cell uses it, and ignores it where none does', async () => {
    const long = `<t>${'a'.repeat(MAX_CELL_TEXT + 1)}</t>`;
    const used = buildXlsx({
      sheets: [{ name: 'S', xml: worksheet('<row r="7"><c r="B7" t="s"><v>1</v></c></row>') }],
      sharedStrings: ['<t>ok</t>', long],
    });
    expect(await failure(used)).toMatchObject({ code: 'cell-too-long', params: { sheet: 'S', row: 7, column: 'B' } });
    const unused = buildXlsx({
      sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      sharedStrings: ['<t>ok</t>', long],
    });
    expect((await readXlsx(unused)).sheets[0]?.values).toEqual([['ok']]);
  });

  it('reads a cell of exactly 32,767 characters whole, even split across many steps', async () => {
    // CJK, entities and Windows line ends across chunk and piece boundaries must all survive.
    const unit = '清&amp;风\r\n_x000D_';
    const value = `${'清&风\n\r'.repeat(6553)}清&`;
    expect(value.length).toBe(MAX_CELL_TEXT);
    const xml = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${unit.repeat(6553)}清&amp;</t></is></c><c r="B1"><v>1</v></c></row>`,
    );
    const read = await readXlsx(buildXlsx({ sheets: [{ name: 'S', xml }], level: 0 }));
    expect(read.sheets[0]?.values).toEqual([[value, 1]]);
    const over = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${unit.repeat(6553)}清&amp;风</t></is></c></row>`,
    );
    expect(await failure(buildXlsx({ sheets: [{ name: 'S', xml: over }] }))).toMatchObject({
      code: 'cell-too-long',
      params: { row: 1, column: 'A' },
    });
  });
});
