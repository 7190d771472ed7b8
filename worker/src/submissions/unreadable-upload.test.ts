import { beforeAll, describe, expect, it } from 'vitest';
import { activity } from '#shared/index.ts';
import { inflateSync } from 'fflate';
import { damagedStreams, trailingGarbage, withDeflateStream } from '#shared/xlsx/fixtures/raw-deflate.ts';
import { buildXlsx, worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { entryBytes, openZip } from '#shared/xlsx/zip-entries.ts';
import { call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

/**
 * Files a clerk may really pick that cannot be read: every refusal, whatever threw inside
 * (workerd's zlib, the zip reader), is a 4xx JSON answer in Chinese that
 * says what to do, with none of the parser's own English in it.
 */
const SHEET = 'xl/worksheets/sheet1.xml';

function ledger(rows: number): Uint8Array {
  const cells = Array.from(
    { length: rows },
    (_, i) =>
      `<row r="${i + 3}"><c r="A${i + 3}"><v>${i + 1}</v></c><c r="D${i + 3}" t="inlineStr"><is><t>第${i}期活动 ${(i * 7919) % 104729}</t></is></c></row>`,
  ).join('');
  return buildXlsx({ sheets: [{ name: activity.sheetName, xml: worksheet(cells) }] });
}

/** The sheet's deflate stream overwritten in its middle: zlib stops with "invalid …" of some kind. */
function corruptDeflate(): Uint8Array {
  const bytes = ledger(3000);
  const archive = openZip(bytes);
  const entry = archive.entries.get(SHEET);
  if (entry === undefined) throw new Error('no sheet');
  const data = entryBytes(archive, entry);
  data.fill(0xff, data.length >> 1, (data.length >> 1) + 64);
  return bytes;
}

/** The sheet's deflate stream replaced by a damaged one: workerd's DecompressionStream must refuse it, not wait. */
function damagedSheet(how: string): Uint8Array {
  const xml = entryText(ledger(3000));
  const damaged = how === 'trailing' ? { stream: trailingGarbage(xml), size: xml.length } : damagedStreams(xml)[how];
  if (damaged === undefined) throw new Error(`no stream ${how}`);
  return withDeflateStream({ sheets: [{ name: activity.sheetName, xml: '' }] }, SHEET, damaged.stream, damaged.size);
}

/** The sheet part's XML, as the fixture wrote it. */
function entryText(bytes: Uint8Array): Uint8Array {
  const archive = openZip(bytes);
  const entry = archive.entries.get(SHEET);
  if (entry === undefined) throw new Error('no sheet');
  return inflateSync(entryBytes(archive, entry));
}

/** An OLE compound file, as Excel 97–2003 saves a .xls. */
function legacyXls(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

const uploads: [string, () => Uint8Array, string, RegExp][] = [
  ['a corrupted deflate stream', corruptDeflate, 'corrupt', /文件已损坏.*另存|重新保存为 \.xlsx/],
  ['a zip cut short', () => ledger(3000).subarray(0, 6000), 'corrupt', /文件已损坏.*重新保存为 \.xlsx/],
  ...['cut short inside a block', 'cut short at a block edge', 'empty (no block at all)', 'trailing'].map(
    (how): [string, () => Uint8Array, string, RegExp] => [
      `a sheet's deflate stream ${how === 'trailing' ? 'followed by stray bytes' : how}`,
      () => damagedSheet(how),
      'corrupt',
      /文件已损坏.*重新保存为 \.xlsx/,
    ],
  ),
  ['a legacy .xls', legacyXls, 'not-xlsx', /不是 Excel 工作簿.*另存为/],
  [
    'a .csv renamed .xlsx',
    () => new TextEncoder().encode('序号,活动日期,活动类别\n1,2026-03-05,专题党课\n'),
    'not-xlsx',
    /不是 Excel 工作簿.*另存为/,
  ],
];

/** Every text in the body a clerk could be shown: the message, and each issue's words and params. */
function shownTexts(body: unknown): string[] {
  const error = errorOf({ status: 0, body, headers: new Headers() });
  return [
    error.message,
    ...(error.issues ?? []).flatMap((issue) => [
      issue.message,
      ...Object.values(issue.params).filter((v): v is string => typeof v === 'string'),
    ]),
  ];
}

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

describe('unreadable uploads are refused in Chinese, saying what to do', () => {
  for (const [name, make, rule, wording] of uploads) {
    for (const path of ['/api/validate', '/api/submissions', '/api/annotate']) {
      it(`${name}: ${path}`, { timeout: 30_000 }, async () => {
        const reply = await call('POST', `${path}?year=2026`, {
          token: who.clerkBZC.token,
          body: make(),
          headers: { 'Content-Type': XLSX_TYPE },
        });
        expect(reply.status).toBe(422);
        expect(reply.headers.get('Content-Type')).toMatch(/^application\/json/);
        const issues = errorOf(reply).issues ?? [];
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ code: 'unreadable-file', rule });
        expect(issues[0]?.message).toMatch(wording);
        // Excel, WPS and .xlsx are the only Latin words a clerk is told.
        for (const text of shownTexts(reply.body)) {
          expect(text.replace(/Excel|WPS|\*?\.xlsx|MB/g, '')).not.toMatch(/[A-Za-z]{2,}/);
        }
      });
    }
  }
});
