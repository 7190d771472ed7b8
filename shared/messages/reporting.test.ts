import { describe, expect, it } from 'vitest';
import type { ReportedMonth } from '../api/schemas.ts';
import { reportingWords as enWords } from './en.ts';
import { receiptLines } from './reporting-lines.ts';
import { reportingWords as zhWords } from './zh-CN.ts';

const zh = { ...zhWords, receipt: receiptLines.bind(null, zhWords) };
const en = { ...enWords, receipt: receiptLines.bind(null, enWords) };

const month = (m: number, over: Partial<ReportedMonth> = {}): ReportedMonth => ({
  year: 2026,
  month: m,
  deadline: m === 12 ? '2027-01-05' : `2026-${String(m + 1).padStart(2, '0')}-05`,
  status: '已报送',
  version: 2,
  daysLate: 0,
  ...over,
});

describe('the receipt’s months', () => {
  it('names the month, its deadline and whether it was on time', () => {
    expect(zh.receipt({ current: month(11), makeUp: [] }, 2, 2026)).toEqual([
      '本次报送计入 2026年11月（截止 12月5日，按时）',
    ]);
    expect(en.receipt({ current: month(11), makeUp: [] }, 2, 2026)).toEqual([
      'Counts for November 2026 (due 5 December, on time)',
    ]);
  });

  it('gives December’s deadline its year, and a single late month its days', () => {
    const late = month(11, { status: '逾期报送', daysLate: 1 });
    expect(zh.receipt({ current: month(12), makeUp: [late] }, 2, 2026)).toEqual([
      '本次报送计入 2026年12月（截止 2027年1月5日，按时）',
      '同时补报 2026年11月（截止 12月5日，逾期 1 天）',
    ]);
    expect(en.receipt({ current: month(12), makeUp: [late] }, 2, 2026)[1]).toBe(
      'Also reports November 2026 late (due 5 December, 1 day late)',
    );
  });

  it('reads many late months as ranges', () => {
    const makeUp = [1, 2, 3, 5].map((m) => month(m, { status: '逾期报送', daysLate: 40 }));
    expect(zh.receipt({ current: month(11), makeUp }, 2, 2026)[1]).toBe('同时补报 2026年1月至3月、5月（均已逾期）');
    expect(en.receipt({ current: month(11), makeUp }, 2, 2026)[1]).toBe('Also reports January to March, May 2026 late');
  });

  it('says an update changes nothing when an earlier version decided the month', () => {
    expect(zh.receipt({ current: month(11, { version: 1 }), makeUp: [] }, 2, 2026)).toEqual([
      '本次报送计入 2026年11月（截止 12月5日）：该月已由第 1 版按时报送，本次为更新',
    ]);
    expect(zh.receipt({ current: null, makeUp: [] }, 3, 2025)).toEqual([
      '本次报送不改变 2025年各月的报送情况：各月已有报送，或报送期尚未开始',
    ]);
    expect(zh.receipt(null, 1, 2026)).toEqual(['本单位无需按月报送，本次报送已保存并计入汇总。']);
  });
});

describe('the next deadline', () => {
  it('counts the days left, and says today on the deadline day', () => {
    const next = { ...month(11, { status: '未报送', version: null }), daysLeft: 4, returnedLater: null };
    expect(zh.nextDeadline(next)).toBe('下次截止：2026年12月5日（还有 4 天）。2026年11月尚未报送。');
    expect(en.nextDeadline(next)).toBe(
      'Next deadline: 5 December 2026 (4 days left). November 2026 is not reported yet.',
    );
    expect(zh.nextDeadline({ ...month(11), daysLeft: 0, returnedLater: null })).toBe(
      '下次截止：2026年12月5日（今天截止）。2026年11月已报送（第 2 版）。',
    );
    expect(zh.nextDeadline({ ...month(11, { status: '已退回' }), daysLeft: 1, returnedLater: null })).toBe(
      '下次截止：2026年12月5日（还有 1 天）。2026年11月的第 2 版已被退回，请改正后重新报送。',
    );
  });

  it('says when a newer version was returned while the month stays reported by an older one', () => {
    const next = { ...month(11), version: 1, daysLeft: 3, returnedLater: 2 };
    expect(zh.nextDeadline(next)).toBe(
      '下次截止：2026年12月5日（还有 3 天）。2026年11月已由第 1 版报送；第 2 版已被退回，请改正后重新报送。',
    );
    expect(en.nextDeadline(next)).toBe(
      'Next deadline: 5 December 2026 (3 days left). November 2026 is reported by version 1; version 2 was returned: correct it and submit again.',
    );
  });
});
