import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { inspection } from '../ledgers/inspection.ts';
import { placedMessage } from '../messages/index.ts';
import { headerKey, locateHeader } from './header.ts';
import { validateWorkbook } from './validate-workbook.ts';

const headers = inspection.columns.map((c) => c.header);

describe('header locator', () => {
  it('ignores spaces, width, line breaks and required markers', () => {
    for (const h of [
      ' 发现问题数 ',
      '发现问题数（必填）',
      '发现问题数(必填)',
      '发现问题数*',
      '*发现问题数',
      '发现\n问题数',
      '发现问题数＊',
      '发现问题数 （必填）',
    ]) {
      expect(headerKey(h), h).toBe('发现问题数');
    }
    expect(headerKey('序号')).toBe('序号');
    expect(headerKey('**发现问题数')).toBe('发现问题数');
    expect(headerKey('发现问题数*（必填）*')).toBe('发现问题数');
  });

  it('keeps a marker inside a header, and keys cells that are not text', () => {
    expect(headerKey('发现*问题数')).toBe('发现*问题数');
    expect(headerKey('(必填)发现问题数')).toBe('(必填)发现问题数');
    expect(headerKey(null)).toBe('');
    expect(headerKey(12)).toBe('12');
    expect(headerKey(true)).toBe('true');
  });

  it('finds a header in the tenth row, and of two rows matching as well the upper one', () => {
    const tenth = [...Array.from({ length: 9 }, () => ['说明']), headers];
    expect(locateHeader(tenth, inspection.columns)?.rowIndex).toBe(9);
    const tie = [
      ['序号', '检查日期'],
      ['检查方式', '备注'],
    ];
    expect(locateHeader(tie, inspection.columns)?.rowIndex).toBe(0);
  });

  it('leaves blank header cells out of the extras', () => {
    const match = locateHeader([[null, '序号', '', ' ', '检查日期', '电话']], inspection.columns);
    expect(match).toMatchObject({
      rowIndex: 0,
      columnIndexes: [1, 4, -1, -1, -1, -1, -1, -1],
      extras: [5],
      repeats: [],
    });
  });

  it('finds the header under title rows, in any column order', () => {
    const shuffled = [...headers].reverse();
    const values = [['七眼桥镇2026年监督检查台账'], [], ['填报单位：七眼桥镇'], shuffled];
    const match = locateHeader(values, inspection.columns);
    expect(match?.rowIndex).toBe(3);
    expect(match?.columnIndexes).toEqual(headers.map((h) => shuffled.indexOf(h)));
  });

  it('looks only at the first ten rows', () => {
    const values = [...Array.from({ length: 10 }, () => ['说明']), headers];
    expect(locateHeader(values, inspection.columns)).toBeNull();
  });

  it('picks the row that matches best, not the first that matches at all', () => {
    const values = [['序号', '说明'], headers];
    expect(locateHeader(values, inspection.columns)?.rowIndex).toBe(1);
  });

  it('validates a reordered sheet with marked headers by header, not position', () => {
    const marked = [
      '检查内容（必填）',
      ' 序号 ',
      '检查日期*',
      '检查方式',
      '被检查\n单位',
      '发现问题数(必填)',
      '已整改问题数',
      '备注',
    ];
    const sheet = sheetOf('inspection', [{ 发现问题数: 4, 已整改问题数: 5 }], { headers: marked });
    // sheetOf fills cells by header text, so give it the marked names' values explicitly.
    const values = sheet.values.map((row, i) => (i < 2 ? row : [...row]));
    const dataRow = values[2] as (string | number | null)[];
    const valid = {
      检查内容: '惠民资金发放',
      序号: 1,
      检查日期: '2026-04-10',
      检查方式: '专项检查',
      被检查单位: '本寨村村委会',
      发现问题数: 4,
      已整改问题数: 5,
      备注: null,
    } as const;
    marked.forEach((m, i) => {
      dataRow[i] = valid[headerKey(m) as keyof typeof valid];
    });
    const result = validateWorkbook(workbookOf({ inspection: { address: 'A1', values } }), context);
    expect(result.issues.map((i) => [i.rule, `${i.column}${i.row}`])).toEqual([['notGreaterThan', 'G3']]);
  });

  it('reports missing required columns as errors, extra and repeated ones as warnings', () => {
    const sheet = sheetOf('inspection', [{}], {
      headers: ['序号', '检查日期', '检查方式', '被检查单位', '检查内容', '联系电话', '序号'],
    });
    const result = validateWorkbook(workbookOf({ inspection: sheet }), context);
    expect(result.issues.map((i) => [i.code, i.severity, i.column, i.header])).toEqual([
      ['missing-label', 'error', null, '发现问题数'],
      ['extra-label', 'warning', 'F', '联系电话'],
      ['duplicate-label', 'warning', 'G', '序号'],
    ]);
    expect(result.issues[0]?.message).toBe('缺少必填列“发现问题数”，请按标准模板补上该列');
    expect(placedMessage(result.issues[0]!)).toBe('监督检查台账：缺少必填列“发现问题数”，请按标准模板补上该列');
  });

  it('reports a sheet without a header', () => {
    const result = validateWorkbook(
      { sheets: { 监督检查台账: { address: 'A1', values: [['随便写写'], [1, 2, 3]] } } },
      context,
    );
    expect(result.issues.map((i) => i.code)).toEqual(['missing-header']);
    expect(result.issues[0]?.message).toContain('前 10 行中找不到表头');
  });

  it('finds standard sheets by name, tolerating spaces and width', () => {
    const sheet = sheetOf('inspection', [{ 发现问题数: 'x' }]);
    const result = validateWorkbook(
      { sheets: { ' 监督检查台账 ': sheet, 说明: { address: 'A1', values: [['x']] } } },
      context,
    );
    expect(result.issues.map((i) => i.sheet)).toEqual([' 监督检查台账 ']);
  });
});
