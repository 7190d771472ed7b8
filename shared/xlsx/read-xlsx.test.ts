import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsx, type XlsxSheet } from './read-xlsx.ts';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

/** Excel serial (1900 system) of a UTC calendar date/time. */
function serial(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return Date.UTC(year, month - 1, day, hours, minutes) / 86_400_000 + 25_569;
}

function sheet(sheets: XlsxSheet[], name: string): XlsxSheet {
  const found = sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

// Read once for all the tests of each fixture.
const basicBook = await readXlsx(fixture('reader-basic.xlsx'));
const libreOfficeBook = await readXlsx(fixture('reader-libreoffice.xlsx'));

describe('readXlsx on files written by openpyxl (fixtures/make-reader-fixtures.py)', () => {
  it('returns every worksheet in workbook order', () => {
    expect(basicBook.sheets.map((s) => s.name)).toEqual(['活动台账', 'Sparse', 'Skip', 'Edge', 'Empty']);
  });

  it('reads shared strings, numbers, date serials, booleans, blanks and errors', () => {
    const ledger = sheet(basicBook.sheets, '活动台账');
    expect(ledger.address).toBe('A1');
    expect(ledger.values).toEqual([
      ['序号', '活动日期', '活动名称', '参加人数', '经费（元）', '已归档', '备注', null],
      [1, serial(2026, 1, 15), '廉政教育专题讲座', 45, 1200.5, true, null, null],
      [2, 46089.60416666666, '警示教育片观看', 120, 0, false, '第1行\r\n第2行', null],
      [3, 1, '“清风”读书会', -3, 1e-7, null, '#N/A', '#REF!'],
    ]);
    expect(ledger.values[2]?.[1]).toBeCloseTo(serial(2026, 3, 8, 14, 30), 9);
  });

  it('gives the used range from its top-left valued cell, ignoring style-only cells', () => {
    const sparse = sheet(basicBook.sheets, 'Sparse');
    expect(sparse.address).toBe('C3');
    expect(sparse.values).toEqual([
      ['左上', null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, 42],
    ]);
  });

  it('reads cached formula results, inline and rich strings, phonetics excluded, escapes decoded', () => {
    const edge = sheet(basicBook.sheets, 'Edge');
    expect(edge.values).toEqual([
      [2, 'ab', true, '#DIV/0!', '#N/A'],
      ['内联 & <文本>', '富文本 ', '红色警示', '廉政', 'x\ry'],
      // Row and cells without `r` follow on; `_x005F_` escapes a literal `_x000D_`.
      [31, false, null, '文字_x000D_', null],
      // An uncalculated formula (no <v>) is empty; a formula returning "" is a value.
      [null, null, null, null, ''],
    ]);
  });

  it('gives an empty sheet as A1 with no rows', () => {
    expect(sheet(basicBook.sheets, 'Empty')).toEqual({ name: 'Empty', address: 'A1', values: [] });
  });

  it('reads the custom document properties that stamp the template version', () => {
    expect(basicBook.customProperties).toEqual({
      QingfengTemplate: '2026.1',
      QingfengYear: '2026',
      QingfengLedger: '活动 & 教育',
      Revision: '7',
    });
  });

  it('skips sheets the caller does not want', async () => {
    const asked: string[] = [];
    const only = await readXlsx(fixture('reader-basic.xlsx'), {
      includeSheet: (name) => {
        asked.push(name);
        return name === 'Sparse';
      },
    });
    expect(asked).toEqual(['活动台账', 'Sparse', 'Skip', 'Edge', 'Empty']);
    expect(only.sheets.map((s) => s.name)).toEqual(['Sparse']);
    expect(only.customProperties.QingfengYear).toBe('2026');
  });
});

const [mac] = (await readXlsx(fixture('reader-1904.xlsx'))).sheets;

describe('readXlsx on a 1904-date-system workbook', () => {
  it('moves date serials to the 1900 system and leaves other numbers alone', async () => {
    expect(mac?.values).toEqual([
      ['日期', '时间', '中文日期', '天数', '普通数', serial(2026, 1, 15)],
      // yyyy-mm-dd, a time of day (unchanged), a quoted-text date format, "0.00 days", General.
      [serial(2026, 1, 15), 0.5, serial(2026, 12, 31), 5, 45, null],
    ]);
  });
});

describe('readXlsx on a file saved by LibreOffice Calc', () => {
  it('reads the same ledger values', () => {
    const ledger = sheet(libreOfficeBook.sheets, '活动台账');
    expect(ledger.values[1]).toEqual([1, serial(2026, 1, 15), '廉政教育专题讲座', 45, 1200.5, true, null, null]);
    // LibreOffice drops the CR of CRLF and writes 15 significant digits.
    expect(ledger.values[2]?.[6]).toBe('第1行\n第2行');
    expect(ledger.values[3]).toEqual([3, 1, '“清风”读书会', -3, 1e-7, null, '#N/A', '#REF!']);
  });

  it('reads recalculated formulas and the custom properties', () => {
    const edge = sheet(libreOfficeBook.sheets, 'Edge');
    expect(edge.values[0]).toEqual([2, 'ab', true, '#DIV/0!', '#N/A']);
    expect(edge.values[3]?.[0]).toBe(0);
    expect(libreOfficeBook.customProperties.QingfengTemplate).toBe('2026.1');
  });
});
