import type { LedgerDefinition } from './types.ts';

export const inspectionMethods = ['常规督查', '随机抽查', '专项检查'] as const;

/** 监督检查台账: one row per supervision check. */
export const inspection = {
  key: 'inspection',
  sheetName: '监督检查台账',
  title: '{unit}{year}年监督检查台账',
  columns: [
    { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, unique: true, width: 6 },
    { key: 'date', header: '检查日期', type: 'date', withinYear: true, notAfterToday: true, required: true, width: 12 },
    { key: 'method', header: '检查方式', type: 'enum', values: inspectionMethods, required: true, width: 12 },
    { key: 'inspectedUnit', header: '被检查单位', type: 'text', maxLength: 100, required: true, width: 20 },
    { key: 'content', header: '检查内容', type: 'text', maxLength: 500, required: true, width: 36 },
    {
      key: 'problemsFound',
      header: '发现问题数',
      type: 'integer',
      min: 0,
      units: ['个', '条', '项'],
      required: true,
      width: 10,
    },
    {
      key: 'problemsFixed',
      header: '已整改问题数',
      type: 'integer',
      min: 0,
      units: ['个', '条', '项'],
      blankAs: 0,
      required: false,
      width: 12,
    },
    { key: 'remarks', header: '备注', type: 'text', maxLength: 500, required: false, width: 20 },
  ],
  dateField: 'date',
  rowRules: [{ kind: 'notGreaterThan', field: 'problemsFixed', other: 'problemsFound' }],
} as const satisfies LedgerDefinition<'inspection'>;
