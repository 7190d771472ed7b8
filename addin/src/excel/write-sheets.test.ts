import { describe, expect, it } from 'vitest';
import { ExcelHost } from '../../../tests/fakes/excel-host.ts';
import { wireBytes } from '#web/json-bytes.ts';
import { EXCEL_API_LEVELS, fakePort, hostAt } from '../../test/fake-port.ts';
import { DEFAULT_SYNC_BUDGET } from '../highlight/budget.ts';
import { sheetNameFor } from '../write/sheet-names.ts';
import { writeSheets } from './write-sheets.ts';

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

  it('resumes after a run cut off while writing: the previous sheets stay until a later run replaces them', async () => {
    const host = new ExcelHost().addSheet('我的表', [['不要动']]).addSheet('汇总-汇总', [['旧数据']]);
    const rows = Array.from({ length: 30_000 }, (_, i) => [`第${i}行`, '一些文字'.repeat(10)]);
    const sheets = [
      { name: '汇总', address: 'A1', values: rows },
      { name: '报告数据', address: 'A1', values: [['一句话']] },
    ];
    host.failSync(2);
    await expect(writeSheets(fakePort(host), sheets, '汇总-')).rejects.toMatchObject({ code: 'GeneralException' });
    // Cut off mid-write: the previous download is untouched; what was staged is left behind.
    expect(host.sheet('汇总-汇总').values).toEqual([['旧数据']]);
    expect(host.sheets.map((s) => s.name)).toEqual(['我的表', '汇总-汇总', '~qingfeng-new-0', '~qingfeng-new-1']);

    host.resetStats();
    await writeSheets(fakePort(host), sheets, '汇总-');
    expect(host.sheets.map((s) => s.name)).toEqual(['我的表', '汇总-汇总', '汇总-报告数据']);
    expect(host.sheet('汇总-汇总').values).toHaveLength(30_000);
    expect(host.sheet('汇总-汇总').values[29_999]?.[0]).toBe('第29999行');
    expect(host.sheet('我的表').values).toEqual([['不要动']]);
    // Every request under the budget as Office.js would send it. Round trips: the names, the long
    // sheet's rows (about one per budget, its first band in the sync that adds the sheets), the
    // short sheet, the swap.
    expect(Math.max(...host.stats.payloadBytes)).toBeLessThanOrEqual(DEFAULT_SYNC_BUDGET);
    expect(host.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil((1.2 * wireBytes(rows)) / DEFAULT_SYNC_BUDGET));
  });

  it('is not wedged by a sheet an older interrupted run stepped aside', async () => {
    const host = new ExcelHost().addSheet('汇总-汇总', [['上次']]).addSheet('~qingfeng-old-0', [['更早']]);
    await writeSheets(fakePort(host), [{ name: '汇总', address: 'A1', values: [['新数据']] }], '汇总-');
    expect(host.sheets.map((s) => [s.name, s.values])).toEqual([['汇总-汇总', [['新数据']]]]);
  });
});
