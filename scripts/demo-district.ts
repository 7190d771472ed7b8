/** The demo district `npm start` seeds into an empty database, and the e2e test reuses. */

export type UnitKind = 'district' | 'township' | 'department' | 'village';
export type Role = 'clerk' | 'supervisor';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

// 西秀区 (安顺市, 贵州) is where 七眼桥镇, 旧州镇 and 本寨村 really are; the figures are made up.
export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'XX', name: '西秀区', kind: 'district', parentCode: null },
  { code: 'QYQ', name: '七眼桥镇', kind: 'township', parentCode: 'XX' },
  { code: 'JZ', name: '旧州镇', kind: 'township', parentCode: 'XX' },
  { code: 'DXQ', name: '大西桥镇', kind: 'township', parentCode: 'XX' },
  { code: 'BZC', name: '本寨村', kind: 'village', parentCode: 'QYQ' },
  { code: 'YMC', name: '云马村', kind: 'village', parentCode: 'QYQ' },
  { code: 'JZC', name: '旧州村', kind: 'village', parentCode: 'JZ' },
  { code: 'JYJ', name: '区教育局', kind: 'department', parentCode: 'XX' },
  { code: 'WJJ', name: '区卫生健康局', kind: 'department', parentCode: 'XX' },
];

/** Supervisors for the district and each township; clerks for two villages, a township and a department. */
export const DEMO_CREDENTIALS: readonly { unitCode: string; role: Role }[] = [
  { unitCode: 'XX', role: 'supervisor' },
  { unitCode: 'QYQ', role: 'supervisor' },
  { unitCode: 'JZ', role: 'supervisor' },
  { unitCode: 'DXQ', role: 'supervisor' },
  { unitCode: 'BZC', role: 'clerk' },
  { unitCode: 'QYQ', role: 'clerk' },
  { unitCode: 'JYJ', role: 'clerk' },
  { unitCode: 'JZC', role: 'clerk' },
];

/** The fixtures are 2026 ledgers, so the demo data and its export are for 2026. */
export const DEMO_YEAR = 2026;

export interface DemoSubmission {
  unitCode: string;
  /** A workbook of tests/fixtures, uploaded raw as a clerk's browser would. */
  fixture: string;
  /** Returned (退回) by the supervisor of this unit, with this reason. */
  returnedBy?: { unitCode: string; reason: string };
}

/**
 * What the first start submits, so every screen has something real to show: villages, a
 * township and a department reporting (both ledgers, an overdue case in 本寨村's, three typical
 * cases of the 典型案例库 in 七眼桥镇's), a workbook of an earlier template (its upgrade warning),
 * and a version a township returned.
 */
export const DEMO_SUBMISSIONS: readonly DemoSubmission[] = [
  { unitCode: 'BZC', fixture: 'sample-messy-valid.xlsx' },
  { unitCode: 'QYQ', fixture: 'stamped-2026.xlsx' },
  { unitCode: 'JYJ', fixture: 'stamped-2026-1.xlsx' },
  {
    unitCode: 'JZC',
    fixture: 'libreoffice-messy-valid.xlsx',
    returnedBy: { unitCode: 'JZ', reason: '活动台账的参加人次与签到表不一致，请核实后重新报送' },
  },
];

export const unitName = (code: string): string => DEMO_UNITS.find((u) => u.code === code)?.name ?? code;
