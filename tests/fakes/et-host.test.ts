import { describe, expect, it } from 'vitest';
import { XL } from '../../addin/src/wps/et-types.ts';
import { EtHost } from './et-host.ts';

const book = (host: EtHost) => {
  const workbook = host.application.ActiveWorkbook;
  if (!workbook) throw new Error('no workbook');
  return workbook;
};

describe('the fake WPS 表格 host', () => {
  it('indexes sheets from 1, gives one cell as a scalar and a range as rows, empty cells undefined', () => {
    const host = new EtHost().addSheet('甲', [
      [1, '二'],
      [null, true],
    ]);
    const sheet = book(host).Worksheets.Item(1);
    expect(sheet.Name).toBe('甲');
    expect(() => book(host).Worksheets.Item(0)).toThrow();
    expect(sheet.Range('B1').Value2).toBe('二');
    expect(sheet.Range('A2').Value2).toBeUndefined();
    expect(sheet.Range('A1:B2').Value2).toEqual([
      [1, '二'],
      [undefined, true],
    ]);
  });

  it('stores colours as BGR and clears them with ColorIndex -4142', () => {
    const host = new EtHost().addSheet('甲');
    const range = book(host).Worksheets.Item('甲').Range('A1:A2,C3');
    range.Interior.Color = 0xdad7f8; // #F8D7DA as BGR
    expect(host.fills('甲')).toEqual({ A1: '#F8D7DA', A2: '#F8D7DA', C3: '#F8D7DA' });
    range.Interior.ColorIndex = XL.colorIndexNone;
    expect(host.fills('甲')).toEqual({});
  });

  it('refuses Validation.Add over an existing validation until Delete', () => {
    const host = new EtHost().addSheet('甲');
    const cells = book(host).Worksheets.Item(1).Range('A3:A9');
    cells.Validation.Add(XL.validateList, XL.alertStop, undefined, '是,否');
    expect(() => book(host).Worksheets.Item(1).Range('A5').Validation.Add(XL.validateWholeNumber, 1, 7, '0')).toThrow(
      '请先 Delete',
    );
    cells.Validation.Delete();
    cells.Validation.Add(XL.validateWholeNumber, XL.alertStop, XL.greaterEqual, '0');
    expect(host.sheet('甲').validations.get('4,0')?.type).toBe(XL.validateWholeNumber);
  });

  it('enforces the sheet-name rules and keeps the last sheet', () => {
    const host = new EtHost().addSheet('甲');
    const added = book(host).Worksheets.Add(undefined, book(host).Worksheets.Item(1));
    for (const bad of ['', 'x'.repeat(32), 'a/b', "'a", '甲']) expect(() => (added.Name = bad)).toThrow();
    added.Name = '乙';
    expect(host.sheets.map((s) => s.name)).toEqual(['甲', '乙']);
    expect(() => added.Delete()).toThrow('DisplayAlerts');
    host.application.DisplayAlerts = false;
    added.Delete();
    expect(() => book(host).Worksheets.Item(1).Delete()).toThrow('至少');
  });

  it('counts formatted cells in UsedRange, selects only on the active sheet, and may have no workbook', () => {
    const host = new EtHost().addSheet('甲', [['a']]).addSheet('乙');
    const sheet = book(host).Worksheets.Item('甲');
    sheet.Range('C9').NumberFormat = '@';
    expect(sheet.UsedRange.Address(false, false)).toBe('A1:C9');
    expect(() => book(host).Worksheets.Item('乙').Range('A1').Select()).toThrow('不是活动工作表');
    expect(() => book(host).CustomDocumentProperties.Item('QingfengYear')).toThrow();
    host.workbookOpen = false;
    expect(host.application.ActiveWorkbook).toBeNull();
  });
});
