import { describe, expect, it } from 'vitest';
import { EXCEL_API_LEVELS, fakePort, hostAt } from '../../test/fake-port.ts';
import { sheetNameFor, writeSheets } from './write-sheets.ts';

describe.each(EXCEL_API_LEVELS)('writeSheets at ExcelApi 1.%i', (minor) => {
  it('writes each sheet under the prefix, replaces an earlier download, and leaves other sheets alone', async () => {
    const host = hostAt(minor)
      .addSheet('我的表', [['不要动']])
      .addSheet('汇总-汇总', [['旧数据']]);
    const names = await writeSheets(
      fakePort(host),
      [
        {
          name: '汇总',
          address: 'A1',
          values: [
            ['单位', '活动日期'],
            ['本寨村', 46082],
            ['=1+1', '@x'],
            ['2026-3', '001'],
          ],
          formats: { headerRow: 1, columns: [{ letter: 'B', code: 'yyyy-mm-dd' }] },
        },
        { name: '报告数据', address: 'B2', values: [['一句话']] },
      ],
      '汇总-',
    );
    expect(names).toEqual(['汇总-汇总', '汇总-报告数据']);
    expect(host.sheets.map((s) => s.name)).toEqual(['我的表', '汇总-汇总', '汇总-报告数据']);
    expect(host.sheet('我的表').values).toEqual([['不要动']]);
    const summary = host.sheet('汇总-汇总');
    expect(summary.values).toEqual([
      ['单位', '活动日期'],
      ['本寨村', 46082],
      ['=1+1', '@x'],
      ['2026-3', '001'],
    ]);
    expect(summary.formulas.size).toBe(0);
    expect(summary.numberFormats.get('1,1')).toBe('yyyy-mm-dd');
    expect(summary.numberFormats.get('0,1')).toBeUndefined();
    expect(host.sheet('汇总-报告数据').values[1]?.[1]).toBe('一句话');
    // The header stays in view where Excel can freeze panes (1.7).
    expect(summary.frozenRows).toBe(minor >= 7 ? 1 : 0);
  });

  it('makes names Excel accepts', () => {
    expect(sheetNameFor('汇总-', '一案一整改台账[2026]/全区:汇总*一览表?附件')).toBe(
      '汇总-一案一整改台账_2026__全区_汇总_一览表_附件',
    );
    expect(sheetNameFor('汇总-', 'x'.repeat(40))).toHaveLength(31);
  });

  it('replaces earlier summary sheets even when they are all the workbook has', async () => {
    const host = hostAt(minor).addSheet('汇总-汇总', [['旧数据']]);
    await writeSheets(fakePort(host), [{ name: '汇总', address: 'A1', values: [['新数据']] }], '汇总-');
    expect(host.sheets.map((s) => [s.name, s.values])).toEqual([['汇总-汇总', [['新数据']]]]);
  });
});
