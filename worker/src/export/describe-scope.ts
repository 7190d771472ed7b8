import type { ConsolidationScope } from './load.ts';

/** The line under each sheet's title: whose data, which year and range, as of when. */
export function scopeLine(c: ConsolidationScope): string {
  const range = c.range.from || c.range.to ? `，日期 ${c.range.from ?? '年初'} 至 ${c.range.to ?? '年末'}` : '';
  return `范围：${c.root.name}（${c.units.length} 个单位）${c.year} 年度${range}；统计日期 ${c.today}；每个单位取最新一次未退回的报送`;
}
