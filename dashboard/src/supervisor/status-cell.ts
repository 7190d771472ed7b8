import type { MonthStatus } from '#shared/api/schemas.ts';
import { chinaDate } from '#web/format-time.ts';

/** Cell text and colour class: the words carry the status, the colour only repeats it. */
export function cellOf(s: MonthStatus): { short: string; css: string; full: string } {
  const received = s.receivedAt ? `，${chinaDate(s.receivedAt)} 收到第 ${s.version} 版` : '';
  switch (s.status) {
    case '已报送':
      return { short: '已报', css: 'st-ok', full: `已报送${received}` };
    case '逾期报送':
      return { short: '逾期', css: 'st-late', full: `逾期报送（截止 ${s.deadline}）${received}` };
    case '已退回':
      return { short: '退回', css: 'st-returned', full: `已退回，待重新报送${received}` };
    case '无需报送':
      return { short: '无需', css: 'st-none', full: '本单位无需报送（由管理员设置）' };
    case '未报送':
      return s.due
        ? { short: '未报', css: 'st-missing', full: `未报送（截止 ${s.deadline}，已过期）` }
        : { short: '—', css: 'st-pending', full: `未到截止日（${s.deadline}）` };
  }
}

export const LEGEND = [
  { short: '已报', css: 'st-ok', text: '已报送' },
  { short: '逾期', css: 'st-late', text: '逾期报送' },
  { short: '未报', css: 'st-missing', text: '未报送（已过截止日）' },
  { short: '退回', css: 'st-returned', text: '已退回' },
  { short: '—', css: 'st-pending', text: '未到截止日' },
  { short: '无需', css: 'st-none', text: '无需报送' },
] as const;
