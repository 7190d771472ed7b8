import { describe, expect, it } from 'vitest';
import type { Unit } from '../units/unit.ts';
import { statusMatrix } from './matrix.ts';

const unit = (code: string, name: string, parentCode: string | null): Unit => ({
  code,
  name,
  kind: parentCode === null ? 'township' : 'village',
  parentCode,
  path: `/${code}/`,
  sortOrder: 0,
  reports: true,
});
const sent = (unit_code: string, received_at: string, version = 1, returned_at: string | null = null) => ({
  unit_code,
  version,
  received_at,
  returned_at,
});

describe('the completeness matrix', () => {
  it('judges every unit and month from its own submissions, and counts each status per month', () => {
    const units = [unit('QYQ', '七眼桥镇', null), unit('BZC', '本寨村', 'QYQ'), unit('YMC', '云马村', 'QYQ')];
    // 本寨村 on time for October (2 Nov), 云马村 late (8 Nov), 七眼桥镇 nothing.
    const times = [sent('BZC', '2026-11-02T02:00:00Z'), sent('YMC', '2026-11-08T02:00:00Z')];
    const matrix = statusMatrix(units, times, {
      year: 2026,
      months: [10, 11],
      deadlineDay: 5,
      overrides: new Map(),
      today: '2026-11-20',
    });
    expect(matrix.year).toBe(2026);
    expect(matrix.months).toEqual([10, 11]);
    expect(
      matrix.units.map((u) => [u.code, u.name, u.kind, u.parentCode, u.months[10]?.status, u.months[11]?.status]),
    ).toEqual([
      ['QYQ', '七眼桥镇', 'township', null, '未报送', '未报送'],
      ['BZC', '本寨村', 'village', 'QYQ', '已报送', '未报送'],
      ['YMC', '云马村', 'village', 'QYQ', '逾期报送', '已报送'],
    ]);
    expect(matrix.summary).toEqual({
      10: { 已报送: 1, 逾期报送: 1, 未报送: 1, 已退回: 0, 无需报送: 0 },
      11: { 已报送: 1, 逾期报送: 0, 未报送: 2, 已退回: 0, 无需报送: 0 },
    });
  });

  it('owes nothing of a unit that does not report, whatever it sent', () => {
    const units = [{ ...unit('QYQ', '七眼桥镇', null), reports: false }, unit('BZC', '本寨村', 'QYQ')];
    const matrix = statusMatrix(units, [sent('QYQ', '2026-11-03T02:00:00Z')], {
      year: 2026,
      months: [10],
      deadlineDay: 5,
      overrides: new Map(),
      today: '2026-11-24',
    });
    expect(matrix.units.map((u) => [u.code, u.months[10]?.status])).toEqual([
      ['QYQ', '无需报送'],
      ['BZC', '未报送'],
    ]);
    expect(matrix.summary[10]).toEqual({ 已报送: 0, 逾期报送: 0, 未报送: 1, 已退回: 0, 无需报送: 1 });
  });

  it('takes each month’s deadline from the overrides and the deadline day', () => {
    const units = [unit('BZC', '本寨村', null)];
    const matrix = statusMatrix(units, [sent('BZC', '2026-11-08T02:00:00Z')], {
      year: 2026,
      months: [10, 12],
      deadlineDay: 10,
      overrides: new Map([[12, '2027-01-08']]),
      today: '2026-11-20',
    });
    expect(matrix.units[0]?.months[10]).toMatchObject({ status: '已报送', deadline: '2026-11-10', due: true });
    expect(matrix.units[0]?.months[12]).toMatchObject({ status: '未报送', deadline: '2027-01-08', due: false });
  });
});
