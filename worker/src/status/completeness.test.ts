import { describe, expect, it } from 'vitest';
import { monthStatus } from './completeness.ts';
import { deadlineOf, windowStart } from './deadline.ts';

const october = { opens: windowStart(2026, 10, 5, new Map()), deadline: deadlineOf(2026, 10, 5, new Map()) };
// Times are UTC; China is 8 hours ahead.
const at = (utc: string, returned: string | null = null, version = 1) => ({
  unit_code: 'X',
  version,
  received_at: utc,
  returned_at: returned,
});

describe('completeness of a month', () => {
  it('knows October’s window: after 5 October, due 5 November', () => {
    expect(october).toEqual({ opens: '2026-10-06', deadline: '2026-11-05' });
    expect(deadlineOf(2026, 12, 5, new Map())).toBe('2027-01-05');
    expect(windowStart(2026, 1, 5, new Map())).toBe('2026-01-01');
    expect(deadlineOf(2026, 10, 5, new Map([[10, '2026-11-09']]))).toBe('2026-11-09');
  });

  it('is 未报送 with nothing after the previous deadline, overdue only after its own', () => {
    expect(monthStatus([at('2026-10-03T02:00:00Z')], october, '2026-11-01')).toMatchObject({
      status: '未报送',
      due: false,
    });
    expect(monthStatus([], october, '2026-11-06')).toMatchObject({ status: '未报送', due: true });
  });

  it('is 已报送 up to the deadline day in China, 逾期报送 after', () => {
    expect(monthStatus([at('2026-11-05T15:59:00Z')], october, '2026-11-20')).toMatchObject({ status: '已报送' });
    expect(monthStatus([at('2026-11-05T16:01:00Z')], october, '2026-11-20')).toMatchObject({ status: '逾期报送' });
  });

  it('is 已退回 while the newest submission is returned, and judged by the resubmission after', () => {
    const returned = at('2026-11-02T02:00:00Z', '2026-11-03T02:00:00Z', 1);
    expect(monthStatus([returned], october, '2026-11-04')).toMatchObject({ status: '已退回', version: 1 });
    expect(monthStatus([returned, at('2026-11-04T02:00:00Z', null, 2)], october, '2026-11-04')).toMatchObject({
      status: '已报送',
      version: 2,
    });
    expect(monthStatus([returned, at('2026-11-08T02:00:00Z', null, 2)], october, '2026-11-09')).toMatchObject({
      status: '逾期报送',
      version: 2,
    });
  });

  it('counts a submission from the window’s first day, and is due only after the deadline day', () => {
    // 6 October 00:00 in China opens October; 5 October 23:59 still belonged to September.
    expect(monthStatus([at('2026-10-05T16:00:00Z')], october, '2026-10-06')).toMatchObject({
      status: '已报送',
      version: 1,
    });
    expect(monthStatus([at('2026-10-05T15:59:59Z')], october, '2026-10-06')).toMatchObject({ status: '未报送' });
    expect(monthStatus([], october, '2026-11-05')).toMatchObject({ status: '未报送', due: false });
    expect(monthStatus([], october, '2026-11-06')).toMatchObject({ status: '未报送', due: true });
  });

  it('rests on the first version not returned, even when later ones exist', () => {
    const times = [at('2026-11-02T02:00:00Z', null, 1), at('2026-11-08T02:00:00Z', null, 2)];
    expect(monthStatus(times, october, '2026-11-09')).toMatchObject({
      status: '已报送',
      version: 1,
      receivedAt: '2026-11-02T02:00:00Z',
    });
  });

  it('a return changes only the months the returned version decided', () => {
    // Version 1 (2 Nov) decided October on time; version 2 (20 Nov) is November's first, and was returned.
    const times = [at('2026-11-02T02:00:00Z', null, 1), at('2026-11-20T02:00:00Z', '2026-11-21T02:00:00Z', 2)];
    const november = { opens: windowStart(2026, 11, 5, new Map()), deadline: deadlineOf(2026, 11, 5, new Map()) };
    expect(monthStatus(times, october, '2026-11-22')).toMatchObject({ status: '已报送', version: 1 });
    expect(monthStatus(times, november, '2026-11-22')).toMatchObject({ status: '已退回', version: 2, due: false });
  });
});
