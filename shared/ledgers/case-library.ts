import { sectors } from './rectification.ts';
import type { LedgerDefinition } from './types.ts';

export const violationTypes = [
  '贪污贿赂',
  '滥用职权',
  '玩忽职守',
  '违反中央八项规定精神',
  '侵害群众利益',
  '失职失责',
  '其他',
] as const;
export const offenderLevels = ['县处级', '乡科级', '一般干部', '村（社区）干部', '其他人员'] as const;
export const caseUses = ['网络曝光', '文件通报', '廉政工作会议', '警示教育读本', '警示教育片', '以案说法'] as const;

/** 典型案例库: one row per typical case a unit collects for warning education (new in template 2026.3). */
export const caseLibrary = {
  key: 'caseLibrary',
  sheetName: '典型案例库',
  title: '{unit}{year}年典型案例库',
  columns: [
    { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, unique: true, width: 6 },
    { key: 'caseId', header: '案例编号', type: 'text', maxLength: 40, required: true, unique: true, width: 16 },
    { key: 'name', header: '案例名称', type: 'text', maxLength: 100, required: true, width: 28 },
    { key: 'sector', header: '行业领域', type: 'enum', values: sectors, required: true, width: 14 },
    { key: 'violation', header: '违纪违法类型', type: 'enum', values: violationTypes, required: true, width: 18 },
    { key: 'level', header: '涉案人员层级', type: 'enum', values: offenderLevels, required: true, width: 14 },
    { key: 'persons', header: '涉案人数', type: 'integer', min: 1, units: ['人', '名'], required: true, width: 10 },
    { key: 'summary', header: '简要案情', type: 'text', maxLength: 500, required: true, width: 36 },
    { key: 'outcome', header: '处理结果', type: 'text', maxLength: 200, required: true, width: 28 },
    {
      key: 'collectedDate',
      header: '收录日期',
      type: 'date',
      withinYear: true,
      notAfterToday: true,
      required: true,
      width: 12,
    },
    { key: 'uses', header: '使用方式', type: 'multiEnum', values: caseUses, required: false, width: 20 },
    {
      key: 'educationSessions',
      header: '用于警示教育场次',
      type: 'integer',
      min: 0,
      units: ['场', '次'],
      blankAs: 0,
      required: false,
      width: 12,
    },
    { key: 'caseNo', header: '关联案件编号', type: 'text', maxLength: 40, required: false, width: 16 },
    { key: 'remarks', header: '备注', type: 'text', maxLength: 500, required: false, width: 20 },
  ],
  dateField: 'collectedDate',
  naturalKey: 'caseId',
  rowRules: [],
  foreignKeys: [{ field: 'caseNo', ledger: 'rectification', references: 'caseNo' }],
  tally: { rows: '典型案例数', sums: ['persons', 'educationSessions'], breakdowns: ['sector', 'violation'] },
} as const satisfies LedgerDefinition<'caseLibrary'>;
