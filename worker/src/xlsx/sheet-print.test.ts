import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rowHeight } from '#shared/template/text-layout.ts';
import { type Row, type SheetSpec, xlsxStream } from './index.ts';
import { inTable, styleIndex } from './styles.ts';

async function parts(spec: SheetSpec, rows: Row[]): Promise<{ sheet: string; workbook: string; styles: string }> {
  const files = unzipSync(
    new Uint8Array(
      await new Response(
        xlsxStream([
          { spec, rows },
          { spec: { name: '其他' }, rows: [] },
        ]),
      ).arrayBuffer(),
    ),
  );
  return {
    sheet: strFromU8(files['xl/worksheets/sheet1.xml']!),
    workbook: strFromU8(files['xl/workbook.xml']!),
    styles: strFromU8(files['xl/styles.xml']!),
  };
}

describe('printing a sheet', () => {
  it('prints A4 landscape, one page wide and as many tall as asked, with the header rows on every page', async () => {
    const { sheet, workbook } = await parts(
      {
        name: "O'汇总",
        columns: [{ width: 10 }],
        print: { landscape: true, fitToWidth: true, fitToHeight: 1, titleRows: { first: 3, last: 3 } },
      },
      [['x']],
    );
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>');
    // Only the sheet that asked has print titles, named for its own index.
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'O''汇总'!$3:$3</definedName>`);
    expect(workbook.match(/Print_Titles/g)).toHaveLength(1);
  });

  it('writes header and footer in Excel’s codes: page number and count, a literal & doubled, markup escaped', async () => {
    const { sheet } = await parts(
      { name: 'S', print: { header: '甲&乙 <报告>\n范围：全区', footer: '第 {page} 页 共 {pages} 页' } },
      [['x']],
    );
    expect(sheet).toContain(
      '<headerFooter><oddHeader>&amp;C甲&amp;&amp;乙 &lt;报告&gt;\n范围：全区</oddHeader><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>',
    );
    expect(sheet.indexOf('<pageMargins')).toBeLessThan(sheet.indexOf('<headerFooter>'));
    expect(sheet.indexOf('<headerFooter>')).toBeLessThan(sheet.indexOf('</worksheet>'));
  });

  it('writes no page setup or header for a sheet that asks for none', async () => {
    const { sheet, workbook } = await parts({ name: 'S' }, [['x']]);
    expect(sheet).not.toContain('<pageSetup');
    expect(sheet).not.toContain('<headerFooter');
    expect(workbook).not.toContain('Print_Titles');
  });
});

describe('a table in a sheet', () => {
  const long = '经查，该单位工作人员在项目审批过程中违反中央八项规定精神，收受礼品礼金。'.repeat(3);
  const spec: SheetSpec = {
    name: 'S',
    columns: [{ width: 6 }, { width: 20 }, { width: 8, style: 'integer' }],
    table: { fromRow: 2 },
    rowHeights: { 4: 40 },
  };

  it('borders every cell of its rows up to the last column, blank ones too, and leaves rows above and empty rows alone', async () => {
    const { sheet } = await parts(spec, [[{ value: '标题', style: 'title' }], [1, '短'], [], [2, long, 5], [3]]);
    expect(sheet).toContain(`<row r="1"><c r="A1" s="${styleIndex.title}" t="inlineStr">`);
    expect(sheet).toContain(`<c r="A2" s="${inTable(0)}"><v>1</v></c>`);
    expect(sheet).toContain(`<c r="C2" s="${inTable(styleIndex.integer)}"/>`);
    expect(sheet).not.toContain('<row r="3"');
    expect(sheet).toContain(`<c r="B5" s="${inTable(0)}"/><c r="C5" s="${inTable(styleIndex.integer)}"/></row>`);
  });

  it('sets each row’s height from its wrapped text, unless the sheet names one', async () => {
    const { sheet } = await parts(spec, [['t'], [1, long], [2, '短'], [3, long]]);
    expect(rowHeight([[long, 20]])).toBeGreaterThan(rowHeight([['短', 20]]));
    expect(sheet).toContain(`<row r="2" ht="${rowHeight([[long, 20]])}" customHeight="1">`);
    expect(sheet).toContain(`<row r="3" ht="${rowHeight([['短', 20]])}" customHeight="1">`);
    expect(sheet).toContain('<row r="4" ht="40" customHeight="1">');
  });

  it('defines the bordered styles with wrapped text and keeps a style’s number format', async () => {
    const { styles } = await parts(spec, [['x']]);
    const xfs = [
      ...(styles.match(/<cellXfs count="(\d+)">(.*)<\/cellXfs>/)?.[2] ?? '').matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g),
    ].map((m) => m[0]);
    expect(xfs[inTable(styleIndex.integer)]).toMatch(/numFmtId="1" .*borderId="1".*wrapText="1"/);
    expect(xfs[inTable(0)]).toMatch(/borderId="1"/);
    expect(xfs[styleIndex.integer]).toMatch(/borderId="0"/);
  });
});
