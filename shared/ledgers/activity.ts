import type { LedgerDefinition } from './types.ts';

export const activityCategories = [
  '理论学习', '红廉教育', '廉政家访', '家属座谈会', '家庭助廉承诺', '家风教育', '廉政知识测试', '法治宣传教育', '廉政提醒', '警示教育大会', '以案示警', '庭审式警示教育', '廉政教育培训', '廉洁文化活动', '通报曝光', '其他',
] as const;
export type ActivityCategory = (typeof activityCategories)[number];

/** What the work report calls each 活动类别, and what 参加人次 counts for it. */
export const activityCategoryMeaning: Readonly<Record<ActivityCategory, { meaning: string; counts: string }>> = {
  理论学习: { meaning: '理论学习中心组围绕宪法、监察法、政务处分法等学习', counts: '参加人次' },
  红廉教育: { meaning: '到爱国主义教育基地开展的“红廉教育”', counts: '覆盖干部人次' },
  廉政家访: { meaning: '廉政家访', counts: '家访户数' },
  家属座谈会: { meaning: '干部家属座谈会', counts: '参加人次' },
  家庭助廉承诺: { meaning: '签订家庭助廉承诺书', counts: '签订份数' },
  家风教育: { meaning: '家风家训馆参观学习、家风读本学习', counts: '参加人次' },
  廉政知识测试: { meaning: '“凡提必考”廉政知识测试', counts: '参考干部人数' },
  法治宣传教育: { meaning: '法治宣传教育活动（进机关、进社区、进村居）', counts: '覆盖人次' },
  廉政提醒: { meaning: '节日廉政提醒信息（元旦、春节、中秋、国庆等）', counts: '覆盖人次' },
  警示教育大会: { meaning: '警示教育大会', counts: '参加人次' },
  以案示警: { meaning: '到廉政教育基地、监狱等以案示警', counts: '参加领导干部人数' },
  庭审式警示教育: { meaning: '庭审现场警示教育', counts: '参加人次' },
  廉政教育培训: { meaning: '行政学校各类班次廉政教育', counts: '参训人次' },
  廉洁文化活动: { meaning: '廉政汇演、知识竞赛、演讲等', counts: '参加人次' },
  通报曝光: { meaning: '通报曝光典型案例（每批通报一行）', counts: '曝光人数' },
  其他: { meaning: '其他廉政教育活动', counts: '参加人次' },
};

export const coverageLevels = ['区级', '乡级', '村级'] as const;

/** 廉政教育活动台账: one row per education activity held by the unit. */
export const activity = {
  key: 'activity',
  sheetName: '廉政教育活动台账',
  title: '{unit}{year}年廉政教育活动台账',
  columns: [
    { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, unique: true, width: 6 },
    { key: 'date', header: '活动日期', type: 'date', withinYear: true, notAfterToday: true, required: true, width: 12 },
    { key: 'category', header: '活动类别', type: 'enum', values: activityCategories, required: true, width: 14 },
    { key: 'topic', header: '活动主题', type: 'text', maxLength: 200, required: true, width: 32 },
    { key: 'organizer', header: '组织单位', type: 'text', maxLength: 100, required: true, width: 18 },
    { key: 'venue', header: '地点或载体', type: 'text', maxLength: 100, required: false, width: 18 },
    { key: 'participants', header: '参加人次', type: 'integer', min: 0, units: ['人次', '人', '名', '户', '份'], warnIfZero: true, warnAbove: 5000, required: true, width: 10 },
    { key: 'levels', header: '覆盖层级', type: 'multiEnum', values: coverageLevels, required: false, width: 14 },
    { key: 'materials', header: '发放资料份数', type: 'integer', min: 0, units: ['份', '册', '本'], blankAs: 0, required: false, width: 12 },
    { key: 'newsReports', header: '新闻报道条数', type: 'integer', min: 0, units: ['条', '篇'], blankAs: 0, required: false, width: 12 },
    { key: 'adoptedReports', header: '上级媒体采用条数', type: 'integer', min: 0, units: ['条', '篇', '次'], blankAs: 0, required: false, width: 14 },
    { key: 'caseNo', header: '关联案件编号', type: 'text', maxLength: 40, required: false, width: 16 },
    { key: 'remarks', header: '备注', type: 'text', maxLength: 500, required: false, width: 20 },
  ],
  dateField: 'date',
  rowRules: [],
  duplicateRow: { fields: ['date', 'category', 'topic'] },
  foreignKeys: [{ field: 'caseNo', ledger: 'rectification', references: 'caseNo' }],
} as const satisfies LedgerDefinition<'activity'>;
