import type { UnitKind } from './unit.ts';

/** What each kind of unit is called in Chinese, in the 汇总 and in the units API's messages. */
export const UNIT_KIND_NAMES: Readonly<Record<UnitKind, string>> = {
  district: '区',
  township: '乡镇（街道）',
  department: '区直部门',
  village: '村（社区）',
};
