import { activityCategories } from '#shared/index.ts';

/** Row i of a unit's activity ledger, as a clerk's cells keyed by header. */
export function activityCells(i: number): Record<string, string | number | null> {
  return {
    序号: i + 1,
    活动日期: `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    活动类别: activityCategories[i % activityCategories.length] ?? '其他',
    活动主题: `第${i + 1}期廉政教育活动`,
    组织单位: '镇纪委',
    地点或载体: i % 3 === 0 ? '王若飞故居' : null,
    参加人次: 20 + (i % 400),
    覆盖层级: i % 2 ? '乡级、村级' : '区级',
    发放资料份数: i % 120,
    新闻报道条数: i % 7,
    上级媒体采用条数: i % 17 === 0 ? 1 : null,
    关联案件编号: null,
    备注: i % 11 === 0 ? '补录' : null,
  };
}
