import type { Row, SheetSource } from '../xlsx/types.ts';
import { scopeLine } from './describe-scope.ts';
import type { Consolidation } from './load.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const STATUS_HEADERS = ['单位编码', '单位名称', ...MONTHS.map((m) => `${m}月`)];

function* rows(c: Consolidation): Generator<Row> {
  yield [{ value: `${c.root.name}${c.year}年台账报送情况`, style: 'title' }];
  yield [`${scopeLine(c)}；每月报送截止为次月 ${c.status.units[0]?.months[1]?.deadline.slice(8) ?? '05'} 日（可由管理员调整）`];
  yield STATUS_HEADERS.map((h) => ({ value: h, style: 'header' }));
  for (const u of c.status.units) {
    // A month whose deadline has not come yet shows 未到期 rather than 未报送.
    yield [u.code, u.name, ...MONTHS.map((m) => (u.months[m]?.status === '未报送' && !u.months[m]?.due ? '未到期' : (u.months[m]?.status ?? null)))];
  }
  yield [];
  for (const status of ['已报送', '逾期报送', '未报送', '已退回'] as const) {
    yield [{ value: null, style: 'bold' }, { value: `${status}（单位数）`, style: 'bold' }, ...MONTHS.map((m) => ({ value: c.status.summary[m]?.[status] ?? 0, style: 'integer' as const }))];
  }
}

/** 报送情况: units × months completeness, with counts per status at the bottom. */
export function statusSheet(c: Consolidation): SheetSource {
  return {
    spec: { name: '报送情况', columns: [{ width: 12 }, { width: 18 }, ...MONTHS.map(() => ({ width: 9 }))], freeze: { rows: 3, columns: 2 }, merges: ['A1:N1', 'A2:N2'] },
    rows: rows(c),
  };
}
