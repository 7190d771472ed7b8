import type { LedgerDefinition } from './types.ts';

export const sectors = [
  '教育',
  '卫生健康',
  '自然资源',
  '住房城乡建设',
  '交通运输',
  '农业农村',
  '财政金融',
  '国有企业',
  '政法',
  '乡镇（街道）',
  '村（社区）',
  '其他',
] as const;
export const causeCategories = ['政治思想松懈', '制度建设薄弱', '权力运行失控', '监督管理缺失'] as const;
export const rectificationMethods = ['一案一整改的函', '监察建议', '派驻监督', '其他'] as const;
export const rectificationStatuses = ['未启动', '整改中', '已完成'] as const;

/** 一案一整改台账: one row per case under "one case, one rectification". */
export const rectification = {
  key: 'rectification',
  sheetName: '一案一整改台账',
  title: '{unit}{year}年一案一整改工作台账',
  columns: [
    { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, unique: true, width: 6 },
    { key: 'caseNo', header: '案件编号', type: 'text', maxLength: 40, required: true, unique: true, width: 16 },
    { key: 'caseUnit', header: '发案单位', type: 'text', maxLength: 100, required: true, width: 20 },
    { key: 'sector', header: '行业领域', type: 'enum', values: sectors, required: true, width: 14 },
    { key: 'summary', header: '简要案情', type: 'text', maxLength: 500, required: true, width: 36 },
    { key: 'causes', header: '原因类别', type: 'multiEnum', values: causeCategories, required: true, width: 24 },
    { key: 'method', header: '整改方式', type: 'enum', values: rectificationMethods, required: true, width: 16 },
    { key: 'issuedDate', header: '下发日期', type: 'date', notAfterToday: true, required: true, width: 12 },
    { key: 'measures', header: '整改措施', type: 'text', maxLength: 1000, required: true, width: 36 },
    { key: 'responsibleUnit', header: '责任单位', type: 'text', maxLength: 100, required: true, width: 18 },
    { key: 'responsiblePerson', header: '责任人', type: 'text', maxLength: 50, required: true, width: 10 },
    { key: 'deadline', header: '整改时限', type: 'date', required: true, width: 12 },
    { key: 'status', header: '整改状态', type: 'enum', values: rectificationStatuses, required: true, width: 10 },
    { key: 'completedDate', header: '完成日期', type: 'date', notAfterToday: true, required: false, width: 12 },
    {
      key: 'systemsBuilt',
      header: '建立完善制度数',
      type: 'integer',
      min: 0,
      units: ['个', '项'],
      blankAs: 0,
      required: false,
      width: 10,
    },
    {
      key: 'warningSessions',
      header: '警示教育场次',
      type: 'integer',
      min: 0,
      units: ['场', '次'],
      blankAs: 0,
      required: false,
      width: 10,
    },
    {
      key: 'warningAttendance',
      header: '覆盖人次',
      type: 'integer',
      min: 0,
      units: ['人次', '人'],
      blankAs: 0,
      required: false,
      width: 10,
    },
    { key: 'remarks', header: '备注', type: 'text', maxLength: 500, required: false, width: 20 },
  ],
  dateField: 'issuedDate',
  naturalKey: 'caseNo',
  rowRules: [
    { kind: 'notBefore', field: 'deadline', other: 'issuedDate' },
    { kind: 'requiredIff', field: 'completedDate', when: 'status', equals: '已完成' },
    { kind: 'notBefore', field: 'completedDate', other: 'issuedDate' },
    { kind: 'positiveIff', field: 'warningAttendance', when: 'warningSessions' },
  ],
} as const satisfies LedgerDefinition<'rectification'>;
