import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { isoToExcelSerial, ledgers, TEMPLATE_VERSION, validateWorkbook } from '#shared/index.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { STAMP_SHEET } from '#shared/template/stamp-sheet.ts';
import { stampOf, toWorkbookInput, workbookStamp } from '#shared/xlsx/workbook-input.ts';
import { validRow } from '../../../tests/support/ledger-builder.ts';
import { fetchAt } from '../../test/api.ts';
import { xlsxStream, type Row } from '../xlsx/index.ts';
import { INSTRUCTIONS_SHEET } from './instructions-sheet.ts';
import { templateSheets } from './template-workbook.ts';

/** Through the Worker's own fetch handler; `at` sets its clock. */
function get(path: string, at?: string): Promise<Response> {
  const request = new Request(`https://ledger.test${path}`);
  return at === undefined ? exports.default.fetch(request) : fetchAt(request, at);
}

const unmark = (header: unknown): string => String(header).replace(/^\*/, '');

describe('GET /api/template.xlsx', () => {
  it('answers the blank standard workbook, one sheet per ledger, stamped', async () => {
    const response = await get(`/api/template.xlsx?year=2026&unit=${encodeURIComponent('七眼桥镇')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="qingfeng-template-2026.xlsx"; filename*=UTF-8''${encodeURIComponent('七眼桥镇-清风台账标准模板-2026.xlsx')}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    const book = await readXlsx(bytes);
    expect(book.sheets.map((s) => s.name)).toEqual([
      ...ledgers.map((l) => l.sheetName),
      INSTRUCTIONS_SHEET,
      STAMP_SHEET,
    ]);
    for (const def of ledgers) {
      const sheet = book.sheets.find((s) => s.name === def.sheetName);
      expect(sheet?.values[0]?.[0]).toBe(def.title.replace('{unit}', '七眼桥镇').replace('{year}', '2026'));
      expect(sheet?.values[1]?.map(unmark)).toEqual(def.columns.map((c) => c.header));
      expect(sheet?.values[1]?.map((h, i) => String(h).startsWith('*') === def.columns[i]?.required)).not.toContain(
        false,
      );
    }
    // Stamped twice: the hidden sheet Office 2016 can read and write, and the custom properties of before.
    expect(stampOf(book.stampSheet)).toEqual({ templateVersion: TEMPLATE_VERSION, year: 2026 });
    expect(stampOf(book.customProperties)).toEqual({ templateVersion: TEMPLATE_VERSION, year: 2026 });
    expect((await readXlsx(bytes, { includeSheet: () => false })).stampSheet).toEqual(book.stampSheet);
    const { unzipSync, strFromU8 } = await import('fflate');
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbookXml).toMatch(new RegExp(`<sheet name="${STAMP_SHEET}" sheetId="\\d+" state="hidden"`));
  });

  it('a workbook stamped only in the stamp sheet (as Office 2016 stamps it) is recognised, the sheet winning', async () => {
    const stream = xlsxStream(templateSheets({ year: 2027 }), {
      customProperties: { QingfengTemplate: '2020.1', QingfengYear: '2020' },
    });
    const book = await readXlsx(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect(workbookStamp(book)).toEqual({ templateVersion: TEMPLATE_VERSION, year: 2027 });
    expect(toWorkbookInput(book).templateVersion).toBe(TEMPLATE_VERSION);
  });

  it('names a unit with quotes safely: percent-encoded in filename*, left out of the ASCII filename', async () => {
    const response = await get(`/api/template.xlsx?year=2026&unit=${encodeURIComponent(`O'Brien "清风"村`)}`);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="qingfeng-template-2026.xlsx"; filename*=UTF-8''O%27Brien%20_%E6%B8%85%E9%A3%8E_%E6%9D%91-%E6%B8%85%E9%A3%8E%E5%8F%B0%E8%B4%A6%E6%A0%87%E5%87%86%E6%A8%A1%E6%9D%BF-2026.xlsx`,
    );
  });

  it('defaults to the year in China by the Worker’s clock, and leaves the unit blank in the title', async () => {
    // 00:30 on 1 January in China is still 31 December in UTC.
    const year = 2027;
    const response = await get('/api/template.xlsx', '2026-12-31T16:30:00Z');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent(`清风台账标准模板-${year}.xlsx`));
    const book = await readXlsx(new Uint8Array(await response.arrayBuffer()));
    expect(book.sheets[0]?.values[0]?.[0]).toBe(`        ${year}年一案一整改工作台账`);
    expect(book.customProperties.QingfengYear).toBe(String(year));
  });

  it('refuses a bad year or an overlong unit name with a Chinese message', async () => {
    for (const path of ['/api/template.xlsx?year=26', '/api/template.xlsx?year=1999', '/api/template.xlsx?year=abcd']) {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/年度.*无效/);
    }
    const long = await get(`/api/template.xlsx?unit=${encodeURIComponent('很'.repeat(51))}`);
    expect(long.status).toBe(400);
  });

  it('is valid for the engine blank, and once filled with valid rows', async () => {
    const blank = await readXlsx(new Uint8Array(await (await get('/api/template.xlsx?year=2026')).arrayBuffer()));
    const options = { year: 2026, today: '2026-11-24' };
    expect(validateWorkbook(toWorkbookInput(blank), options).issues).toEqual([]);

    // The template's own sheets with rows appended, as a clerk fills them.
    const filled = templateSheets({ year: 2026 }).map((source, s) => {
      const def = ledgers[s];
      if (!def) return source;
      const row: Row = def.columns.map((c) => {
        const value = validRow[def.key][c.header] ?? null;
        if (typeof value === 'boolean') return null;
        return c.type === 'date' && typeof value === 'string' ? isoToExcelSerial(value) : value;
      });
      return { ...source, rows: [...(source.rows as Row[]), row] };
    });
    const stream = xlsxStream(filled, {
      customProperties: { QingfengTemplate: TEMPLATE_VERSION, QingfengYear: '2026' },
    });
    const book = await readXlsx(new Uint8Array(await new Response(stream).arrayBuffer()));
    const result = validateWorkbook(toWorkbookInput(book), options);
    expect(result.issues).toEqual([]);
    for (const def of ledgers) expect(result.ledgers[def.key]?.rows).toHaveLength(1);
  });
});
