/** The writer's output as openpyxl reads it: a second implementation of the format checks ours. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoToExcelSerial } from '#shared/index.ts';
import { styleNumberFormat, xlsxStream, type SheetSource, type StyleName } from '../../worker/src/xlsx/index.ts';
import { hasOpenpyxl, python, saveStream, workDir } from './tools.ts';
import type { Inspected, InspectedCell, InspectedSheet } from './inspected.ts';

const styles = Object.keys(styleNumberFormat) as StyleName[];
const longList = Array.from({ length: 50 }, (_, i) => `乡镇（街道）选项${i + 1}`);

const sheets: SheetSource[] = [
  {
    spec: {
      name: '数据',
      columns: [{ width: 14 }, { width: 12, style: 'date' }, { width: 10, style: 'integer' }, { width: 30 }],
      freeze: { rows: 2, columns: 1 },
      merges: ['A1:D1'],
      autoFilter: 'A2:D2',
      rowHeights: { 1: 28 },
      print: { landscape: true, fitToWidth: true },
      validations: [
        {
          type: 'list',
          sqref: 'A3:A100',
          values: ['常规督查', '随机抽查', '专项检查'],
          error: { title: '检查方式填写有误', message: '请从列表中选择' },
        },
        { type: 'list', sqref: 'E3:E100', values: longList },
        { type: 'whole', sqref: 'C3:C100', min: 0, error: { title: '人次', message: '请填写不小于 0 的整数' } },
        { type: 'date', sqref: 'B3:B100', min: '2026-01-01', max: '2026-12-31' },
        { type: 'textLength', sqref: 'D3:D100', max: 200 },
        { type: 'none', sqref: 'F3:F100', prompt: { title: '覆盖层级', message: '可填：区级、乡级、村级' } },
      ],
    },
    rows: [
      [{ value: '汇总标题', style: 'title' }],
      ['单位', '日期', '人次', '说明'].map((value) => ({ value, style: 'header' })),
      ['=1+1', isoToExcelSerial('2026-03-05'), 45, '@SUM(A1)'],
      ['+cmd|calc', isoToExcelSerial('2026-12-31'), 0, '-2+3'],
      [{ value: '小计', style: 'subtotal' }, null, { value: 45, style: 'subtotal' }, 'a&b<c>"d"'],
    ],
  },
  { spec: { name: '样式' }, rows: [styles.map((style) => ({ value: 0.25, style }))] },
];

let book: Inspected;

beforeAll(async () => {
  if (!hasOpenpyxl()) throw new Error('openpyxl is missing: apt-get install python3-openpyxl');
  const file = join(workDir(), 'writer.xlsx');
  await saveStream(
    xlsxStream(sheets, { customProperties: { QingfengTemplate: '2026.1', QingfengYear: '2026' }, title: '测试工作簿' }),
    file,
  );
  book = python<Inspected>('inspect-xlsx.py', [file]);
});

const cell = (sheet: InspectedSheet | undefined, ref: string): InspectedCell | undefined =>
  sheet?.cells.find((c) => c.ref === ref);

describe('openpyxl reads what the writer wrote', () => {
  it('values: text stays text (formula-looking too), numbers and dates are numbers', () => {
    const s = book.sheets[0];
    for (const ref of ['A3', 'D3', 'A4', 'D4']) expect(cell(s, ref)?.type, ref).toBe('s');
    expect([cell(s, 'A3')?.value, cell(s, 'D3')?.value, cell(s, 'A4')?.value, cell(s, 'D4')?.value]).toEqual([
      '=1+1',
      '@SUM(A1)',
      '+cmd|calc',
      '-2+3',
    ]);
    expect(cell(s, 'B3')).toMatchObject({ value: '2026-03-05T00:00:00', type: 'd', numberFormat: 'yyyy-mm-dd' });
    expect(cell(s, 'C3')).toMatchObject({ value: 45, type: 'n', numberFormat: '0' });
    expect(cell(s, 'C4')?.value).toBe(0);
    expect(cell(s, 'D5')?.value).toBe('a&b<c>"d"');
  });

  it('styles: every style name has its number format, headers and totals are bold and filled', () => {
    const formats = book.sheets[1]?.cells.map((c) => c.numberFormat);
    expect(formats).toEqual(styles.map((s) => styleNumberFormat[s]));
    const s = book.sheets[0];
    expect(cell(s, 'A1')?.bold).toBe(true);
    expect(cell(s, 'A2')).toMatchObject({ bold: true, fill: 'FFDDEBF7', wrap: true });
    expect(cell(s, 'A5')).toMatchObject({ bold: true, fill: 'FFF2F2F2' });
    expect(cell(s, 'C5')?.value).toBe(45);
  });

  it('layout: frozen panes, merges, filter, widths, heights, print setup', () => {
    const s = book.sheets[0];
    expect(s).toMatchObject({ freeze: 'B3', merges: ['A1:D1'], autoFilter: 'A2:D2', landscape: true, fitToPage: true });
    expect(s?.columns.A?.width).toBe(14);
    expect(s?.columns.B?.numberFormat).toBe('yyyy-mm-dd');
    expect(s?.rowHeights['1']).toBe(28);
  });

  it('data validations: inline and hidden-sheet lists, whole numbers, dates, lengths, prompts', () => {
    const v = book.sheets[0]?.validations ?? [];
    expect(v).toHaveLength(6);
    expect(v[0]).toMatchObject({
      type: 'list',
      formula1: '"常规督查,随机抽查,专项检查"',
      sqref: 'A3:A100',
      errorStyle: 'stop',
      showErrorMessage: true,
      errorTitle: '检查方式填写有误',
      allowBlank: true,
    });
    expect(v[1]).toMatchObject({ type: 'list', formula1: "'_lists'!$A$1:$A$50" });
    expect(v[2]).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formula1: '0',
      error: '请填写不小于 0 的整数',
    });
    expect(v[3]).toMatchObject({
      type: 'date',
      operator: 'between',
      formula1: String(isoToExcelSerial('2026-01-01')),
      formula2: String(isoToExcelSerial('2026-12-31')),
    });
    expect(v[4]).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formula1: '200' });
    expect(v[5]).toMatchObject({
      type: null,
      showInputMessage: true,
      promptTitle: '覆盖层级',
      prompt: '可填：区级、乡级、村级',
    });
    const lists = book.sheets.find((s) => s.name === '_lists');
    expect(lists?.state).toBe('hidden');
    expect(lists?.cells.map((c) => c.value)).toEqual(longList);
  });

  it('document properties: the custom stamp and the title', () => {
    expect(book.customProperties).toEqual({ QingfengTemplate: '2026.1', QingfengYear: '2026' });
    expect(book.title).toBe('测试工作簿');
  });
});
