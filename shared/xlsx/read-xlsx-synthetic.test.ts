import { describe, expect, it } from 'vitest';
import type { CellValue } from '../cells/cell-value.ts';
import { buildXlsx, worksheet } from './fixtures/synthetic-package.ts';
import { readXlsx } from './read-xlsx.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function values(xml: string, sharedStrings?: string[]): Promise<{ address: string; values: CellValue[][] }> {
  const [sheet] = (await readXlsx(buildXlsx({ sheets: [{ name: 'S', xml }], sharedStrings }))).sheets;
  if (sheet === undefined) throw new Error('no sheet');
  return { address: sheet.address, values: sheet.values };
}

describe('readXlsx: SpreadsheetML variations', () => {
  it('accepts prefixed elements (x:c, x:v) as some .NET writers produce', async () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await values(xml, ['<t>前缀</t>'])).toEqual({ address: 'B2', values: [['前缀', 7]] });
  });

  it('numbers rows and cells without `r` from the previous ones', async () => {
    const xml = worksheet(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c><v>3</v></c><c r="C4"><v>4</v></c><c><v>5</v></c></row><row><c t="b"><v>1</v></c></row>',
    );
    expect((await values(xml)).values).toEqual([
      [1, 2, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [3, null, 4, 5],
      [true, null, null, null],
    ]);
  });

  it('counts rows without `r` from the last row element, not from a cell referring elsewhere', async () => {
    const xml = worksheet(
      '<row r="2"><c r="A1"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row><c r="C4"><v>4</v></c></row>',
    );
    expect(await values(xml)).toEqual({
      address: 'A1',
      values: [
        [1, 2, null],
        [null, null, null],
        [3, null, null],
        [null, null, 4],
      ],
    });
  });

  it('copes with pretty-printing, single quotes, spaces around "=" and ">" inside attribute values', async () => {
    const xml = worksheet(
      `\n  <row r='1' spans = "1:2">\n    <c r = 'A1' t = "inlineStr">\n      <is><t>a &gt; b</t></is>\n    </c>\n    <c r="B1">\n      <v>2.5</v>\n    </c>\n  </row>\n`,
      '<sheetPr codeName="x>y"/>',
    );
    expect((await values(xml)).values).toEqual([['a > b', 2.5]]);
  });

  it('reads CDATA and text interrupted by comments', async () => {
    const xml = worksheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c><c r="B1"><v>1<!-- two -->2</v></c><c r="C1" t="str"><v>x<![CDATA[&]]>y</v></c></row>',
    );
    expect((await values(xml)).values).toEqual([['<b>&amp;</b>', 12, 'x&y']]);
  });

  it('reads line breaks as Excel for Windows writes them (CR LF) as LF, keeping _x000D_ and &#13; as CR', async () => {
    const xml = worksheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>甲\r\n乙\r丙</t></is></c>' +
        '<c r="C1" t="str"><f>A1</f><v>一\r\n二</v></c><c r="D1" t="inlineStr"><is><t><![CDATA[x\r\ny]]></t></is></c></row>',
    );
    const bytes = buildXlsx({
      sheets: [{ name: 'S', xml }],
      sharedStrings: ['<t>第一行\r\n第二行_x000D_&#13;\r\n</t>'],
      custom: {},
      parts: {
        'docProps/custom.xml': `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="名\r\n称\t&#13;"><vt:lpwstr>值\r\n</vt:lpwstr></property></Properties>`,
      },
    });
    const book = await readXlsx(bytes);
    expect(book.sheets[0]?.values).toEqual([['第一行\n第二行\r\r\n', '甲\n乙\n丙', '一\n二', 'x\ny']]);
    // Attribute values (XML 1.0 §3.3.3): a literal line end or tab is a space, a reference stays.
    expect(book.customProperties).toEqual({ '名 称 \r': '值\n' });
  });

  it('decodes entities and character references', async () => {
    const got = await values(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), [
      '<t>&#x4E2D;&#25991; &lt;&gt;&amp;&quot;&apos; &#128512;</t>',
    ]);
    expect(got.values).toEqual([['中文 <>&"\' 😀']]);
  });

  it('parses numbers exactly as Number() does, exponents and long mantissas included', async () => {
    const texts = ['0', '-0.5', '1E-3', '1.5E+300', '12345678901234567', '0.1', '3.000000000000001', '007'];
    const row = texts.map((t, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${t}</v></c>`).join('');
    expect((await values(worksheet(`<row r="1">${row}</row>`))).values).toEqual([texts.map(Number)]);
  });

  it('reads empty values of every type, as export tools write blank cells, as blank', async () => {
    const blanks = [
      '<c r="A1" t="s"><v/></c>',
      '<c r="B1" t="s"><v></v></c>',
      '<c r="C1" t="n"><v/></c>',
      '<c r="D1" t="str"><v></v></c>',
      '<c r="E1" t="b"><v/></c>',
      '<c r="F1" t="inlineStr"><is><t/></is></c>',
      '<c r="G1" t="e"><v></v></c>',
      '<c r="H1" t="d"><v/></c>',
      '<c r="I1"><v></v></c>',
    ];
    // Only a formula's cached "" is a value, as in Office.js.
    const formula = '<c r="B2" t="str"><f>""</f><v></v></c><c r="C2" t="str"><v> </v></c>';
    const xml = worksheet(`<row r="1">${blanks.join('')}<c r="J1"><v>1</v></c></row><row r="2">${formula}</row>`);
    expect(await values(xml, ['<t>x</t>'])).toEqual({
      address: 'B1',
      values: [
        [null, null, null, null, null, null, null, null, 1],
        ['', ' ', null, null, null, null, null, null, null],
      ],
    });
  });

  it('converts strict-OOXML ISO dates (t="d") to the serials Excel shows', async () => {
    const texts = [
      '2026-01-15T12:00:00',
      '2026-01-15',
      'T10:30:00',
      '10:30:00',
      '2026-01-15T10:30:00.1234567',
      '2026-01-15T02:00:00+08:00',
      'PT36H',
      'P1DT12H',
      'P1Y2M',
      '2026-02-30',
      '1900-02-28',
      '1900-03-01',
      '1899-12-31T06:00:00',
    ];
    const row = texts.map((t, i) => `<c r="${String.fromCharCode(65 + i)}1" t="d"><v>${t}</v></c>`).join('');
    const day = Date.UTC(2026, 0, 15) / 86_400_000 + 25_569;
    expect((await values(worksheet(`<row r="1">${row}</row>`))).values).toEqual([
      [
        day + 0.5,
        day,
        0.4375,
        0.4375,
        day + (37_800 + 0.1234567) / 86_400,
        // A serial has no zone: the date and time written are the ones shown.
        day + 7200 / 86_400,
        1.5,
        1.5,
        // No fixed length in days, and no such day: the engine gets the text and reports it.
        'P1Y2M',
        '2026-02-30',
        59,
        61,
        0.25,
      ],
    ]);
  });

  it('places out-of-order and repeated cells by their reference', async () => {
    const xml = worksheet('<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>30</v></c></row>');
    expect((await values(xml)).values).toEqual([[1, null, 30]]);
  });

  it('keeps workbook order, not part names, and skips chart sheets', async () => {
    const bytes = buildXlsx({
      sheets: [
        { name: '第二', xml: worksheet('<row r="1"><c r="A1"><v>2</v></c></row>'), path: 'xl/worksheets/sheet2.xml' },
        { name: 'Chart', xml: '<chartsheet/>', path: 'xl/chartsheets/sheet1.xml', type: 'chartsheet' },
        { name: '第一', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'), path: 'xl/worksheets/sheet1.xml' },
      ],
    });
    expect((await readXlsx(bytes)).sheets.map((s) => [s.name, s.values])).toEqual([
      ['第二', [[2]]],
      ['第一', [[1]]],
    ]);
  });

  it('skips sheets without a worksheet part, as Excel keeps Excel 5 module sheets in an .xlsm', async () => {
    const sheet = (name: string, id: string): string => `<sheet name="${name}" sheetId="${name.length}" r:id="${id}"/>`;
    const rel = (id: string, type: string, target: string): string =>
      `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
    const bytes = buildXlsx({
      sheets: [],
      parts: {
        'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${[
          sheet('Module1', ''),
          sheet('数据', 'rId1'),
          sheet('Dialog1', 'rId2'),
          sheet('Gone', 'rId9'),
          sheet('NoTarget', 'rId3'),
          sheet('Far', 'rId4'),
        ].join('')}</sheets></workbook>`,
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[
          rel('rId1', 'worksheet', 'worksheets/sheet1.xml'),
          rel('rId2', 'dialogsheet', 'dialogsheets/sheet1.xml'),
          rel('rId3', 'worksheet', ''),
          `<Relationship Id="rId4" Type="${REL}/worksheet" Target="file:///C:/far.xml" TargetMode="External"/>`,
        ].join('')}</Relationships>`,
        'xl/worksheets/sheet1.xml': worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
        'xl/dialogsheets/sheet1.xml': '<dialogsheet/>',
      },
    });
    expect((await readXlsx(bytes)).sheets).toEqual([{ name: '数据', address: 'A1', values: [[1]] }]);
  });

  it('follows relationships to a workbook and sheets in other folders, case-insensitively', async () => {
    const bytes = buildXlsx({
      sheets: [],
      omit: ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
      parts: {
        '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/book/Main.xml"/></Relationships>`,
        'book/Main.xml': `<workbook xmlns="${MAIN}" xmlns:rel="${REL}"><sheets><sheet name="Only" sheetId="1" rel:id="a"/></sheets></workbook>`,
        'book/_rels/Main.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="../Data/./Sheet.XML"/></Relationships>`,
        'data/sheet.xml': worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>'),
      },
    });
    expect((await readXlsx(bytes)).sheets).toEqual([{ name: 'Only', address: 'A1', values: [['ok']] }]);
  });

  it('reads zip entries and relationship targets named with backslashes, as Windows export tools write', async () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'S',
          xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
          path: 'xl/worksheets/sheet1.xml',
        },
      ],
      sharedStrings: ['<t>反斜杠</t>'],
      entryName: (path) => path.replaceAll('/', '\\'),
      parts: {
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets\\sheet1.xml"/><Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="\\xl\\sharedStrings.xml"/></Relationships>`,
      },
    });
    expect((await readXlsx(bytes)).sheets).toEqual([{ name: 'S', address: 'A1', values: [['反斜杠']] }]);
  });

  it('streams large sheets: tokens and UTF-8 characters split across chunks, stored or deflated', async () => {
    const rows: string[] = [];
    const expected: CellValue[][] = [];
    for (let r = 1; r <= 20_000; r++) {
      // Some cells longer than the scanner's 4 KiB join window, so split tokens that big occur.
      const text = `第${r}行 “清风” ${'廉'.repeat(r % 97 === 0 ? 5000 : r % 7)}`;
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${r * 1.25}</v></c><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c><c r="C${r}" t="b"><v>${r % 2}</v></c></row>`,
      );
      expected.push([r * 1.25, text, r % 2 === 1]);
    }
    const xml = worksheet(rows.join(''));
    for (const level of [0, 6] as const) {
      const [sheet] = (await readXlsx(buildXlsx({ sheets: [{ name: 'Big', xml }], level }))).sheets;
      expect(sheet?.values).toEqual(expected);
    }
  });

  it('keeps the 1904 system of an Excel 2013+ workbook whose extLst holds an x15:workbookPr', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const x15 = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main';
    const bytes = buildXlsx({
      sheets: [],
      styles,
      parts: {
        'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="${x15}"><workbookPr date1904="1" defaultThemeVersion="166925"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
        'xl/worksheets/sheet1.xml': worksheet(
          '<row r="1"><c r="A1" s="1"><v>44940</v></c><c r="B1"><v>44940</v></c></row>',
        ),
      },
    });
    // 44940 in the 1904 system is 2027-01-16 (46402 in the 1900 system).
    expect((await readXlsx(bytes)).sheets[0]?.values).toEqual([[46402, 44940]]);
  });

  it('reads UTF-16 parts, told by a byte order mark or by the prolog, in any chunking', async () => {
    const utf16 = (xml: string, bigEndian: boolean, bom: boolean): Uint8Array => {
      const text = (bom ? '\uFEFF' : '') + xml;
      const bytes = new Uint8Array(text.length * 2);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), !bigEndian);
      return bytes;
    };
    const prolog = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>';
    const rows: string[] = [];
    const expected: CellValue[][] = [];
    for (let r = 1; r <= 3000; r++) {
      // Surrogate pairs and CJK across the 256 KiB slices of a stored entry.
      const text = `第${r}行😀${'清'.repeat(r % 50)}`;
      rows.push(
        `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`,
      );
      expected.push(['共享', text]);
    }
    const sheet = worksheet(rows.join('')).replace(/^<\?xml[^>]*\?>/, prolog);
    const sst = `${prolog}<sst xmlns="${MAIN}"><si><t>共享</t></si></sst>`;
    for (const [bigEndian, bom] of [
      [false, true],
      [true, true],
      [false, false],
      [true, false],
    ] as const) {
      for (const level of [0, 6] as const) {
        const bytes = buildXlsx({
          sheets: [{ name: 'S', xml: '' }],
          sharedStrings: [],
          level,
          parts: {
            'xl/worksheets/sheet1.xml': utf16(sheet, bigEndian, bom),
            'xl/sharedStrings.xml': utf16(sst, bigEndian, bom),
          },
        });
        expect((await readXlsx(bytes)).sheets[0]?.values, `${bigEndian} ${bom} ${level}`).toEqual(expected);
      }
    }
  });

  it('reads a UTF-8 part whose prolog says UTF-16, as .NET writers through a StringWriter produce', async () => {
    const xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>标签不符</t></is></c></row>').replace(
      'encoding="UTF-8"',
      'encoding="utf-16"',
    );
    expect((await values(xml)).values).toEqual([['标签不符']]);
  });

  it('shifts only date-styled cells of a 1904 workbook', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;元&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
    const row = [0, 1, 2, 3, 4]
      .map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>100</v></c>`)
      .join('');
    const bytes = buildXlsx({
      sheets: [{ name: 'S', xml: worksheet(`<row r="1">${row}<c r="F1"><v>100</v></c></row>`) }],
      workbookPr: '<workbookPr date1904="true"/>',
      styles,
    });
    expect((await readXlsx(bytes)).sheets[0]?.values).toEqual([[100, 1562, 1562, 100, 1562, 100]]);
  });
});
