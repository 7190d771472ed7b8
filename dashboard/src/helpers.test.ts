/**
 * The dashboard's pure helpers, in Node (the browser test drives them too, through the pages).
 */
import { describe, expect, it } from 'vitest';
import type { MonthStatus, StatusMatrix } from '#shared/api/schemas.ts';
import { parseReturnCells } from './history/return-cells.ts';
import { warningPlace } from './history/warning-place.ts';
import { cellOf } from './supervisor/status-cell.ts';
import { monthToChase, reminderText, remindersOf } from './supervisor/reminders.ts';
import { visibleRows } from './supervisor/unit-tree.ts';

const month = (status: MonthStatus['status'], due: boolean, deadline: string): MonthStatus => ({
  status,
  due,
  deadline,
  version: status === '未报送' ? null : 1,
  receivedAt: null,
});
const unit = (
  code: string,
  parentCode: string | null,
  kind: StatusMatrix['units'][number]['kind'],
  oct: MonthStatus,
  nov: MonthStatus,
) => ({ code, name: `${code}名`, kind, parentCode, months: { '10': oct, '11': nov } });

const ON_TIME = month('已报送', true, '2026-11-05');
const matrix: StatusMatrix = {
  year: 2026,
  months: [10, 11],
  summary: {},
  units: [
    // The district itself does not report.
    unit('XX', null, 'district', month('无需报送', false, '2026-11-05'), month('无需报送', false, '2026-12-05')),
    unit('QYQ', 'XX', 'township', month('未报送', true, '2026-11-05'), month('未报送', false, '2026-12-05')),
    unit('BZC', 'QYQ', 'village', month('已退回', true, '2026-11-05'), month('未报送', false, '2026-12-05')),
    unit('JYJ', 'XX', 'department', ON_TIME, month('未报送', false, '2026-12-05')),
  ],
};

describe('the completeness matrix', () => {
  it('shows the top and its units, villages only under an opened township', () => {
    expect(visibleRows(matrix.units, new Set()).map((r) => [r.unit.code, r.depth, r.children])).toEqual([
      ['XX', 0, 2],
      ['QYQ', 1, 1],
      ['JYJ', 1, 0],
    ]);
    expect(visibleRows(matrix.units, new Set(['QYQ'])).map((r) => r.unit.code)).toEqual(['XX', 'QYQ', 'BZC', 'JYJ']);
  });

  it('treats a township supervisor’s township as the top', () => {
    expect(visibleRows(matrix.units.slice(1, 3), new Set()).map((r) => [r.unit.code, r.depth])).toEqual([
      ['QYQ', 0],
      ['BZC', 1],
    ]);
  });

  it('says a missing month is 未报 only once it is overdue', () => {
    expect(cellOf(month('未报送', true, '2026-11-05')).short).toBe('未报');
    expect(cellOf(month('未报送', false, '2026-12-05'))).toMatchObject({
      short: '—',
      full: '未到截止日（2026-12-05）',
    });
    expect(cellOf(month('逾期报送', true, '2026-11-05')).full).toContain('逾期报送（截止 2026-11-05）');
    expect(cellOf(month('无需报送', false, '2026-11-05'))).toMatchObject({
      short: '无需',
      full: '本单位无需报送（由管理员设置）',
    });
  });
});

describe('催报', () => {
  it('chases the latest overdue month, listing units not reported and returned ones, never one that does not report', () => {
    expect(monthToChase(matrix)).toBe(10);
    expect(remindersOf(matrix, 10)).toEqual([
      { code: 'QYQ', name: 'QYQ名', status: '未报送' },
      { code: 'BZC', name: 'BZC名', status: '已退回' },
    ]);
    expect(reminderText(matrix, 10, remindersOf(matrix, 10))).toBe(
      '【催报】2026年10月廉政教育台账截止日期为 2026-11-05，以下 2 个单位尚未报送，请尽快报送：\nQYQ名\nBZC名（已退回，请修改后重报）',
    );
  });
});

describe('cells named in a 退回', () => {
  it('reads 工作表!单元格 words within Excel’s grid and names every other word', () => {
    expect(parseReturnCells('廉政教育活动台账!g4，监督检查台账！F5  G6 、 台账!XFE1 台账!A0 台账!2026 x')).toEqual({
      cells: [
        { sheet: '廉政教育活动台账', cell: 'G4' },
        { sheet: '监督检查台账', cell: 'F5' },
      ],
      problems: [
        '“G6”缺少工作表名，请写成 工作表!单元格',
        '单元格 XFE1 超出 Excel 工作表范围（A1 至 XFD1048576）',
        '单元格 A0 超出 Excel 工作表范围（A1 至 XFD1048576）',
        '“2026”不是单元格地址，请写成列字母加行号，如 G4',
        '“x”缺少工作表名，请写成 工作表!单元格',
      ],
    });
    expect(parseReturnCells('台账!A1 台账!xfd1048576').cells).toEqual([
      { sheet: '台账', cell: 'A1' },
      { sheet: '台账', cell: 'XFD1048576' },
    ]);
    expect(parseReturnCells('  ')).toEqual({ cells: [], problems: [] });
  });
});

describe('warningPlace', () => {
  it('names the cell only when the warning has both row and column', () => {
    expect(warningPlace({ sheet: '廉政教育活动台账', row: 5, column: 'G' })).toBe('廉政教育活动台账!G5');
    expect(warningPlace({ sheet: '廉政教育活动台账', row: 5, column: null })).toBe('廉政教育活动台账 第 5 行');
    expect(warningPlace({ sheet: '廉政教育活动台账', row: null, column: null })).toBe('廉政教育活动台账');
    expect(warningPlace({ sheet: null, row: null, column: null })).toBe('—');
  });
});
