import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { activity } from '#shared/index.ts';
import { declareSize, streamedXlsx } from '#shared/xlsx/fixtures/hostile-package.ts';
import { worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { call, errorOf, type Reply } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';

/**
 * Uploads built to hurt the server (issue 9): each must get a small 4xx JSON answer in
 * Chinese from the real routes in workerd, and leave nothing behind in D1 or R2.
 */
const SHEET = 'xl/worksheets/sheet1.xml';
const MiB = 1024 * 1024;
const [OPEN_SHEET = '', CLOSE_SHEET = ''] = worksheet('\u0000').split('\u0000');
const book = { sheets: [{ name: activity.sheetName, xml: '' }] };

const uploads: Record<string, Uint8Array> = {};
let who: Awaited<ReturnType<typeof seedDistrict>>;

// Deflating hundreds of MB takes seconds in workerd: built once, outside the tests' time.
beforeAll(async () => {
  who = await seedDistrict();
  // 200 MB of rows from a few hundred KB: under the 300 MiB total, so only the ratio stops it.
  uploads['sheet bomb'] = streamedXlsx(book, {
    path: SHEET,
    head: OPEN_SHEET,
    unit: '<row r="1"/>',
    times: 16_500_000,
    tail: CLOSE_SHEET,
  });
  uploads['lying sizes'] = declareSize(uploads['sheet bomb'], SHEET, 4096);
  const sheet = worksheet('<row r="3"><c r="A3" t="s"><v>0</v></c></row>');
  uploads['shared-strings bomb'] = streamedXlsx(
    { sheets: [{ name: activity.sheetName, xml: sheet }], sharedStrings: ['<t>x</t>'] },
    {
      path: 'xl/sharedStrings.xml',
      head: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      unit: '<si><t>清风</t></si>',
      times: 7_000_000,
      tail: '</sst>',
    },
  );
  const [head = '', tail = ''] = worksheet('<row r="5"><c r="D5" t="inlineStr"><is><t>\u0000</t></is></c></row>').split(
    '\u0000',
  );
  uploads['100 MB cell'] = streamedXlsx(book, {
    path: SHEET,
    head,
    unit: '廉政教育',
    times: Math.ceil((100 * MiB) / 12),
    tail,
  });
}, 180_000);

async function stored(): Promise<{ submissions: number; raw: number }> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions').first<{ n: number }>();
  const listed = await env.RAW.list();
  return { submissions: row?.n ?? -1, raw: listed.objects.length };
}

function expectSmallChineseRefusal(reply: Reply): void {
  expect(reply.status).toBe(422);
  const error = errorOf(reply);
  expect(error.code).toBe('validation-failed');
  expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(JSON.stringify(reply.body).length).toBeLessThan(2000);
}

describe('hostile uploads', () => {
  const cases = [
    ['sheet bomb', 'zip-bomb', /解压后过大/],
    ['lying sizes', 'zip-bomb', /解压后过大/],
    ['shared-strings bomb', 'zip-bomb', /解压后过大/],
    ['100 MB cell', 'cell-too-long', /单元格文字超过 Excel 单元格上限 32767 个字符/],
  ] as const;

  for (const [name, rule, wording] of cases) {
    it(`${name}: /api/validate answers a small 422 in Chinese`, { timeout: 60_000 }, async () => {
      const body = uploads[name];
      if (body === undefined) throw new Error(`no upload ${name}`);
      expect(body.length).toBeLessThan(MiB);
      const reply = await call('POST', '/api/validate?year=2026', {
        token: who.clerkBZC.token,
        body,
        headers: { 'Content-Type': XLSX_TYPE },
      });
      expectSmallChineseRefusal(reply);
      const issues = errorOf(reply).issues ?? [];
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'unreadable-file', rule });
      expect(issues[0]?.message).toMatch(wording);
    });

    // The 批注版 reads an upload as 报送 does, so it is refused as 报送 refuses it.
    for (const path of ['/api/submissions', '/api/annotate']) {
      it(`${name}: ${path} refuses it and stores nothing`, { timeout: 60_000 }, async () => {
        const before = await stored();
        const reply = await call('POST', `${path}?year=2026`, {
          token: who.clerkBZC.token,
          body: uploads[name],
          headers: { 'Content-Type': XLSX_TYPE },
        });
        expectSmallChineseRefusal(reply);
        expect(errorOf(reply).issues?.[0]).toMatchObject({ code: 'unreadable-file', rule });
        expect(await stored()).toEqual(before);
      });
    }
  }

  it('names the cell of the 100 MB string in the issue’s own fields', { timeout: 60_000 }, async () => {
    const reply = await call('POST', '/api/validate?year=2026', {
      token: who.clerkBZC.token,
      body: uploads['100 MB cell'],
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(errorOf(reply).issues?.[0]).toMatchObject({
      sheet: activity.sheetName,
      row: 5,
      column: 'D',
      value: null,
      params: { limit: 32_767 },
    });
  });
});
