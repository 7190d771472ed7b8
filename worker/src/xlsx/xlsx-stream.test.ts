import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { MAX_CELL_CHARS, type Row, type SheetSource, xlsxStream } from './index.ts';

const bytesOf = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> =>
  new Uint8Array(await new Response(stream).arrayBuffer());
const sheet = (name: string, rows: Row[], spec: Partial<SheetSource['spec']> = {}): SheetSource => ({
  spec: { name, ...spec },
  rows,
});

describe('xlsxStream values', () => {
  it('writes text as text (never a formula), numbers as numbers, and leaves blanks blank', async () => {
    const rows: Row[] = [
      ['=1+1', '@SUM(A1)', '+1', '-2', 42, -0.5, null, ''],
      [
        { value: 'x', style: 'bold' },
        { value: 1.25, style: 'decimal' },
        { value: null, style: 'total' },
        Number.NaN,
        Number.POSITIVE_INFINITY,
        1e21,
      ],
      [],
      ['第三行之后', 3],
    ];
    const book = await readXlsx(await bytesOf(xlsxStream([sheet('S', rows)])));
    expect(book.sheets[0]?.values).toEqual([
      ['=1+1', '@SUM(A1)', '+1', '-2', 42, -0.5],
      ['x', 1.25, null, null, null, 1e21],
      [null, null, null, null, null, null],
      ['第三行之后', 3, null, null, null, null],
    ]);
  });

  it('escapes markup, keeps edge whitespace and line breaks, drops what XML forbids', async () => {
    const tricky = [
      ' a&b<c>"d"\'e ',
      '行1\n行2\r\n行3\t',
      'x_x0041_y',
      ']]>',
      'nul\u0000bell\u0007end\uffff',
      'lone\ud800half',
      '😀汉字',
    ];
    const book = await readXlsx(await bytesOf(xlsxStream([sheet('S', [tricky])])));
    expect(book.sheets[0]?.values[0]).toEqual([
      ' a&b<c>"d"\'e ',
      '行1\n行2\r\n行3\t',
      'x_x0041_y',
      ']]>',
      'nulbellend',
      'lonehalf',
      '😀汉字',
    ]);
  });

  it("caps text at Excel's 32,767 characters without splitting a surrogate pair", async () => {
    const long = `${'a'.repeat(MAX_CELL_CHARS - 1)}😀tail`;
    const book = await readXlsx(await bytesOf(xlsxStream([sheet('S', [[long, 'b'.repeat(MAX_CELL_CHARS + 5)]])])));
    expect(book.sheets[0]?.values[0]).toEqual(['a'.repeat(MAX_CELL_CHARS - 1), 'b'.repeat(MAX_CELL_CHARS)]);
  });

  it('writes the same workbook whether zlib or fflate deflates it', async () => {
    const rows = (): Row[] => Array.from({ length: 5000 }, (_, i) => [i, `第${i}行`, i % 7 === 0 ? null : i * 1.5]);
    const [zlib, fflate] = await Promise.all(
      (['native', 'fflate'] as const).map(async (deflate) =>
        readXlsx(await bytesOf(xlsxStream([sheet('S', rows())], { deflate }))),
      ),
    );
    expect(zlib?.sheets[0]?.values).toHaveLength(5000);
    expect(zlib).toEqual(fflate);
  });

  it('takes async sheets and async rows', async () => {
    async function* rows(): AsyncGenerator<Row> {
      for (let i = 1; i <= 3; i++) yield [i, `行${i}`];
    }
    async function* sheets(): AsyncGenerator<SheetSource> {
      yield { spec: { name: '甲' }, rows: rows() };
      yield { spec: { name: '乙' }, rows: [['only']] };
    }
    const book = await readXlsx(await bytesOf(xlsxStream(sheets())));
    expect(book.sheets.map((s) => [s.name, s.values])).toEqual([
      [
        '甲',
        [
          [1, '行1'],
          [2, '行2'],
          [3, '行3'],
        ],
      ],
      ['乙', [['only']]],
    ]);
  });
});

describe('xlsxStream package', () => {
  it('stamps custom properties and the title, with [Content_Types].xml first', async () => {
    const bytes = await bytesOf(
      xlsxStream([sheet('S', [['a']])], {
        customProperties: { QingfengTemplate: '2026.1', QingfengYear: '2026', 'A&B': '<x>' },
        title: '标题&',
      }),
    );
    expect((await readXlsx(bytes)).customProperties).toEqual({
      QingfengTemplate: '2026.1',
      QingfengYear: '2026',
      'A&B': '<x>',
    });
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
    expect(strFromU8(parts['docProps/core.xml']!)).toContain('<dc:title>标题&amp;</dc:title>');
  });

  it('makes sheet names valid and unique', async () => {
    const names = ['a/b:c', 'x'.repeat(40), 'Dup', 'dup', '', 'History'];
    const book = await readXlsx(await bytesOf(xlsxStream(names.map((n) => sheet(n, [['v']])))));
    expect(book.sheets.map((s) => s.name)).toEqual(['a_b_c', 'x'.repeat(31), 'Dup', 'dup(2)', 'Sheet_', 'History_']);
  });

  it('writes worksheet elements in the order the schema requires', async () => {
    const bytes = await bytesOf(
      xlsxStream([
        sheet('S', [['t'], ['h1', 'h2']], {
          columns: [{ width: 10 }, { width: 12, style: 'date' }],
          freeze: { rows: 2, columns: 1 },
          rowHeights: { 1: 30 },
          merges: ['A1:B1'],
          autoFilter: 'A2:B2',
          validations: [{ type: 'whole', sqref: 'A3:A9', min: 1 }],
          print: { landscape: true, fitToWidth: true },
        }),
      ]),
    );
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    const order = [
      '<sheetPr>',
      '<sheetViews>',
      '<pane ',
      '<sheetFormatPr',
      '<cols>',
      '<sheetData>',
      '<autoFilter',
      '<mergeCells',
      '<dataValidations',
      '<pageMargins',
      '<pageSetup',
    ];
    const positions = order.map((tag) => xml.indexOf(tag));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(xml).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<row r="1" ht="30" customHeight="1">');
    const workbook = strFromU8(unzipSync(bytes)['xl/workbook.xml']!);
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'S'!$A$2:$B$2</definedName>`,
    );
  });

  it('moves lists over 255 characters (or with commas) to a hidden sheet', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `很长的选项${i}`);
    const bytes = await bytesOf(
      xlsxStream([
        sheet('S', [['v']], {
          validations: [
            { type: 'list', sqref: 'A2:A9', values: ['甲', '乙'] },
            { type: 'list', sqref: 'B2:B9', values: long },
            { type: 'list', sqref: 'C2:C9', values: ['a,b', 'c'] },
            { type: 'list', sqref: 'D2:D9', values: long },
          ],
        }),
      ]),
    );
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<formula1>&quot;甲,乙&quot;</formula1>');
    expect(xml.match(/<formula1>'_lists'!\$A\$1:\$A\$60<\/formula1>/g)).toHaveLength(2);
    expect(xml).toContain(`<formula1>'_lists'!$B$1:$B$2</formula1>`);
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain(
      '<sheet name="_lists" sheetId="2" state="hidden" r:id="rId2"/>',
    );
    const lists = (await readXlsx(bytes)).sheets.find((s) => s.name === '_lists');
    expect(lists?.values.map((r) => r[0])).toEqual(long);
    expect(lists?.values.slice(0, 2).map((r) => r[1])).toEqual(['a,b', 'c']);
  });

  it("keeps a caller's own sheet called _lists apart from the hidden one", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `很长的选项${i}`);
    const bytes = await bytesOf(
      xlsxStream([sheet('_lists', [['mine']], { validations: [{ type: 'list', sqref: 'A2:A9', values: long }] })]),
    );
    const book = await readXlsx(bytes);
    expect(book.sheets.map((s) => [s.name, s.values[0]?.[0]])).toEqual([
      ['_lists', 'mine'],
      ['_lists(2)', '很长的选项0'],
    ]);
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toContain(
      `<formula1>'_lists(2)'!$A$1:$A$60</formula1>`,
    );
  });
});

describe('xlsxStream streaming', () => {
  it('pulls rows only as the output is read, and closes the rows when cancelled', async () => {
    let pulled = 0;
    let closed = false;
    function* rows(): Generator<Row> {
      try {
        for (let i = 0; i < 200_000; i++) {
          pulled++;
          yield [i, `第${i}行`, '廉政教育活动'];
        }
      } finally {
        closed = true;
      }
    }
    const reader = xlsxStream([sheet('S', [])].map((s) => ({ ...s, rows: rows() }))).getReader();
    const first = await reader.read();
    expect(first.value?.[0]).toBe(0x50); // "PK": the zip is under way
    // The first chunk is the package parts; the rows come in the chunks after it.
    await reader.read();
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(10_000);
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it('writes late sheets after the others, in their own place among the tabs', async () => {
    let figuresAsked = false;
    async function* figures(): AsyncGenerator<Row> {
      figuresAsked = true;
      yield ['合计', 3];
    }
    function* ledger(): Generator<Row> {
      for (let i = 0; i < 3; i++) yield [`第${i}行`];
    }
    const stream = xlsxStream([
      { spec: { name: '汇总' }, rows: figures(), late: true },
      { spec: { name: '台账' }, rows: ledger() },
    ]);
    // The stream holds one chunk ahead: after the first, the ledger's; the late sheet only after that.
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (chunks.length === 0) expect(figuresAsked).toBe(false);
      chunks.push(next.value);
    }
    expect(figuresAsked).toBe(true);
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    // Entries in the order written: the ledger's part (sheet2) before the late sheet's (sheet1).
    const entries = Object.keys(unzipSync(bytes)).filter((name) => name.startsWith('xl/worksheets/'));
    expect(entries).toEqual(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml']);
    const book = await readXlsx(bytes);
    expect(book.sheets.map((s) => [s.name, s.values[0]?.[0]])).toEqual([
      ['汇总', '合计'],
      ['台账', '第0行'],
    ]);
  });

  it('hands out bounded chunks while writing a large sheet', async () => {
    function* rows(): Generator<Row> {
      for (let i = 0; i < 30_000; i++) yield [i, `七眼桥镇第${i % 40}村`, 46000 + (i % 300), `第${i}期廉政教育活动`];
    }
    const reader = xlsxStream([{ spec: { name: 'S' }, rows: rows() }], { level: 1 }).getReader();
    let chunks = 0;
    let largest = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks++;
      largest = Math.max(largest, next.value.length);
    }
    // ~1 MB of output in chunks of at least 64 KB (MIN_CHUNK) and well under 256 KB.
    expect(chunks).toBeGreaterThan(5);
    expect(largest).toBeLessThan(256 * 1024);
  });

  it('errors the stream when a row source throws', async () => {
    function* rows(): Generator<Row> {
      yield ['ok'];
      throw new Error('数据库读取失败');
    }
    await expect(bytesOf(xlsxStream([{ spec: { name: 'S' }, rows: rows() }]))).rejects.toThrow('数据库读取失败');
  });
});
