import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { declareSize } from './fixtures/hostile-package.ts';
import { buildXlsx, worksheet } from './fixtures/synthetic-package.ts';
import { readXlsx, XlsxReadError, type XlsxErrorCode, type XlsxReadOptions } from './read-xlsx.ts';
import { entryBytes, openZip } from './zip-entries.ts';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

async function failure(bytes: Uint8Array, options?: XlsxReadOptions): Promise<XlsxReadError> {
  try {
    await readXlsx(bytes, options);
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error('expected readXlsx to fail');
}

async function code(bytes: Uint8Array, options?: XlsxReadOptions): Promise<XlsxErrorCode> {
  return (await failure(bytes, options)).code;
}

function oneSheet(sheetData: string, sharedStrings?: string[]): Uint8Array {
  return buildXlsx({ sheets: [{ name: 'S', xml: worksheet(sheetData) }], sharedStrings });
}

/** An OLE compound file header with a directory entry name in UTF-16LE. */
function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) bytes[1024 + 2 * i] = streamName.charCodeAt(i);
  return bytes;
}

describe('readXlsx errors', () => {
  it('refuses files over the size limit before looking inside', async () => {
    const error = await failure(new Uint8Array(2000), { maxBytes: 1000 });
    expect(error.code).toBe('too-large');
    expect(error.params).toEqual({ bytes: 2000, limit: 1000 });
  });

  it('says not-xlsx for non-zip input, a zip without a workbook, and a legacy .xls', async () => {
    expect(await code(new Uint8Array(0))).toBe('not-xlsx');
    expect(await code(strToU8('序号,活动日期\n1,2026-01-15\n'))).toBe('not-xlsx');
    expect(await code(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe('not-xlsx');
    expect(await code(oleFile('Workbook'))).toBe('not-xlsx');
  });

  it('says encrypted for a password-protected workbook (OLE with EncryptedPackage)', async () => {
    expect(await code(oleFile('EncryptedPackage'))).toBe('encrypted');
  });

  it('says corrupt for a truncated file and for damaged compressed data', async () => {
    const bytes = fixture('reader-basic.xlsx');
    expect(await code(bytes.subarray(0, bytes.length - 100))).toBe('corrupt');
    const damaged = bytes.slice();
    const zip = openZip(damaged);
    const entry = zip.entries.get('xl/worksheets/sheet1.xml');
    if (entry === undefined) throw new Error('fixture without sheet1');
    const data = entryBytes(zip, entry);
    data.fill(0x5a, 10, data.length - 10);
    expect(await failure(damaged)).toMatchObject({ code: 'corrupt', params: { part: 'xl/worksheets/sheet1.xml' } });
  });

  it('says corrupt for malformed XML and impossible cell data, naming the part', async () => {
    const cases = [
      '<row r="1"><c r="A1"><v>1</v></row>',
      '<row r="1"><c r="A1" t="x"><v>1</v></c></row>',
      '<row r="1"><c r="A1" t="s"><v>5</v></c></row>',
      '<row r="1"><c r="A1"><v>12abc</v></c></row>',
      '<row r="1"><c r="1A"><v>1</v></c></row>',
      '<row r="0"><c><v>1</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v></c>',
    ];
    for (const sheetData of cases) {
      const error = await failure(oneSheet(sheetData, ['<t>only</t>']));
      expect(error.code, sheetData).toBe('corrupt');
      expect(error.params.part, sheetData).toBe('xl/worksheets/sheet1.xml');
    }
  });

  it('names the sheet and the reference for a malformed or out-of-grid row or cell reference', async () => {
    const cases: [string, string, string][] = [
      ['<row r="1"><c r="A0"><v>1</v></c></row>', 'bad cell reference', 'A0'],
      ['<row r="1"><c r="XFE1"><v>1</v></c></row>', 'bad cell reference', 'XFE1'],
      ['<row r="1"><c r="A1048577"><v>1</v></c></row>', 'bad cell reference', 'A1048577'],
      ['<row r="1"><c r="1A"><v>1</v></c></row>', 'bad cell reference', '1A'],
      ['<row r="1"><c r=""><v>1</v></c></row>', 'bad cell reference', ''],
      ['<row r="x1"><c><v>1</v></c></row>', 'bad row number', 'x1'],
      ['<row r="1048577"><c><v>1</v></c></row>', 'bad row number', '1048577'],
      ['<row r="1048576"/><row><c><v>1</v></c></row>', 'bad row number', '1048577'],
      [`<row r="3"><c r="XFD3"><v>1</v></c><c><v>2</v></c></row>`, 'cell beyond the last column', 'R3C16385'],
    ];
    for (const [sheetData, reason, ref] of cases) {
      expect(await failure(oneSheet(sheetData)), sheetData).toMatchObject({
        code: 'corrupt',
        params: { part: 'xl/worksheets/sheet1.xml', sheet: 'S', reason, ref },
      });
    }
  });

  it('refuses DTDs, which could carry entity-expansion bombs', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${worksheet('')}`;
    expect(await code(buildXlsx({ sheets: [{ name: 'S', xml }] }))).toBe('corrupt');
  });

  it('says corrupt when a sheet part is missing', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'S', xml: worksheet('') }], omit: ['xl/worksheets/sheet1.xml'] });
    expect(await code(bytes)).toBe('corrupt');
  });

  it('stops a zip bomb at the inflated-bytes limit', async () => {
    const row = '<row><c><v>0</v></c></row>'.repeat(100_000);
    const bytes = oneSheet(row);
    expect(bytes.length).toBeLessThan(100_000);
    const error = await failure(bytes, { maxUncompressedBytes: 1_000_000 });
    expect(error.code).toBe('zip-bomb');
    expect(error.params.limit).toBe(1_000_000);
  });

  it('stops a zip bomb whose directory lies about the inflated size', async () => {
    const bytes = declareSize(oneSheet('<row><c><v>0</v></c></row>'.repeat(100_000)), 'xl/worksheets/sheet1.xml', 1024);
    // The up-front check believes the 1 KiB; the bytes that come out, counted step by step, do not.
    const error = await failure(bytes, { maxUncompressedBytes: 1_000_000 });
    expect(error.code).toBe('zip-bomb');
    expect(error.params).toEqual({ declared: 1024, part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses more cells than allowed, counted over the used rectangle', async () => {
    const cells =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>';
    expect((await readXlsx(oneSheet(cells), { maxCells: 4 })).sheets[0]?.values).toEqual([
      [1, 2],
      [3, null],
    ]);
    const error = await failure(oneSheet(cells), { maxCells: 3 });
    expect(error).toMatchObject({ code: 'too-many-cells', params: { sheet: 'S', limit: 3 } });
  });

  // No time is asserted: a reader that built the 2^34-cell grid before counting would run out of
  // memory or past the test's timeout, and fail that way.
  it('refuses a sparse sheet spanning the whole grid, without allocating it', async () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
    );
    expect(await code(bytes)).toBe('too-many-cells');
  });

  it('counts cells over all sheets read', async () => {
    const sheet = worksheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>');
    const bytes = buildXlsx({
      sheets: [
        { name: 'A', xml: sheet },
        { name: 'B', xml: sheet },
      ],
    });
    expect(await code(bytes, { maxCells: 3 })).toBe('too-many-cells');
    expect((await readXlsx(bytes, { maxCells: 3, includeSheet: (n) => n === 'B' })).sheets).toHaveLength(1);
  });

  it('lets exceptions from includeSheet through unchanged', async () => {
    const boom = new Error('caller bug');
    await expect(
      readXlsx(fixture('reader-basic.xlsx'), {
        includeSheet: () => {
          throw boom;
        },
      }),
    ).rejects.toThrow(boom);
  });
});
