import { describe, expect, it } from 'vitest';
import { readCellReference } from './cell-reference.ts';

describe('readCellReference', () => {
  it('accepts the corners of Excel’s grid, any case, in canonical form', () => {
    expect(readCellReference('A1')).toEqual({ ok: true, cell: 'A1', column: 'A', row: 1 });
    expect(readCellReference('XFD1048576')).toEqual({ ok: true, cell: 'XFD1048576', column: 'XFD', row: 1048576 });
    expect(readCellReference('g4')).toEqual({ ok: true, cell: 'G4', column: 'G', row: 4 });
  });

  it('names a cell just off the grid', () => {
    expect(readCellReference('A0')).toEqual({
      ok: false,
      error: '单元格 A0 超出 Excel 工作表范围（A1 至 XFD1048576）',
    });
    expect(readCellReference('XFE1')).toEqual({
      ok: false,
      error: '单元格 XFE1 超出 Excel 工作表范围（A1 至 XFD1048576）',
    });
    expect(readCellReference('A1048577')).toEqual({
      ok: false,
      error: '单元格 A1048577 超出 Excel 工作表范围（A1 至 XFD1048576）',
    });
    expect(readCellReference('A9999999')).toEqual({
      ok: false,
      error: '单元格 A9999999 超出 Excel 工作表范围（A1 至 XFD1048576）',
    });
  });

  it('shows at most 20 characters of what was written', () => {
    const twenty = '甲'.repeat(20);
    expect(readCellReference(twenty)).toEqual({
      ok: false,
      error: `“${twenty}”不是单元格地址，请写成列字母加行号，如 G4`,
    });
    expect(readCellReference(`${twenty}乙`)).toEqual({
      ok: false,
      error: `“${twenty}…”不是单元格地址，请写成列字母加行号，如 G4`,
    });
  });

  it('names text that is no cell address at all', () => {
    for (const text of ['2026', 'x', '', 'A01', '$A$1', 'A1:B2', ' A1']) {
      expect(readCellReference(text)).toEqual({
        ok: false,
        error: `“${text}”不是单元格地址，请写成列字母加行号，如 G4`,
      });
    }
  });
});
