import type { ActivityCategory } from '../ledgers/activity.ts';

/**
 * The figures of the district's work report (the `*` of its sentences), as data: each
 * sentence with its placeholders, and what every placeholder sums (ledger-spec "Report figures").
 */

/** `hallRows` / `hallParticipants`: only rows whose 地点或载体 names the district's 家风家训馆 (a setting). */
export type ActivityMeasure =
  | 'rows'
  | 'participants'
  | 'materials'
  | 'newsReports'
  | 'adoptedReports'
  | 'hallRows'
  | 'hallParticipants';

export type Measure =
  | {
      readonly ledger: 'activity';
      readonly categories: readonly ActivityCategory[] | 'all';
      readonly measure: ActivityMeasure;
    }
  | { readonly ledger: 'rectification'; readonly measure: 'rows' | 'warningSessions' | 'warningAttendance' }
  | { readonly ledger: 'inspection'; readonly measure: 'rows' };

export interface FigurePart {
  readonly label: string;
  readonly unit: string;
  readonly of: Measure;
}

/** The work report's sections, in its order; each figure belongs to one. */
export const reportSections = [
  { id: 'study', heading: '（一）理论学习与红廉教育' },
  { id: 'family', heading: '（二）家风家教' },
  { id: 'warning', heading: '（三）警示教育' },
  { id: 'supervision', heading: '（四）监督检查与一案一整改' },
] as const;

export type ReportSectionId = (typeof reportSections)[number]['id'];

export interface ReportFigure {
  readonly id: string;
  readonly section: ReportSectionId;
  /**
   * `{0}`, `{1}` … stand for the parts' numbers; `{scope}` / `{scopeWide}` for the area
   * (全区 / 全区性, see scope-wording.ts) and `{hall}` for the 家风家训馆's name.
   */
  readonly sentence: string;
  readonly parts: readonly FigurePart[];
}

const activity = (categories: readonly ActivityCategory[] | 'all', measure: ActivityMeasure): Measure => ({
  ledger: 'activity',
  categories,
  measure,
});

export const reportFigures: readonly ReportFigure[] = [
  {
    id: 'theory',
    section: 'study',
    sentence: '围绕宪法、监察法、政务处分法等开展学习{0}次',
    parts: [{ label: '理论学习次数', unit: '次', of: activity(['理论学习'], 'rows') }],
  },
  {
    id: 'red',
    section: 'study',
    sentence: '开展“红廉教育”相关活动{0}次，累计覆盖区、乡、村三级干部{1}人次',
    parts: [
      { label: '红廉教育次数', unit: '次', of: activity(['红廉教育'], 'rows') },
      { label: '红廉教育覆盖人次', unit: '人次', of: activity(['红廉教育'], 'participants') },
    ],
  },
  {
    id: 'family-materials',
    section: 'family',
    sentence: '发放《清风传家》等读本、宣传折页等资料{0}份',
    parts: [
      {
        label: '家风家教资料份数',
        unit: '份',
        of: activity(['家风教育', '家庭助廉承诺', '廉政家访', '家属座谈会'], 'materials'),
      },
    ],
  },
  {
    id: 'family',
    section: 'family',
    sentence: '开展廉政家访{0}次、召开干部家属座谈会{1}场、签订家庭助廉承诺书{2}份',
    parts: [
      { label: '廉政家访次数', unit: '次', of: activity(['廉政家访'], 'rows') },
      { label: '家属座谈会场次', unit: '场', of: activity(['家属座谈会'], 'rows') },
      { label: '家庭助廉承诺书份数', unit: '份', of: activity(['家庭助廉承诺'], 'participants') },
    ],
  },
  {
    id: 'family-style',
    section: 'family',
    sentence: '{0}批次{1}名干部到“{hall}”参观学习',
    parts: [
      { label: '家风家训馆参观批次', unit: '批次', of: activity(['家风教育'], 'hallRows') },
      { label: '家风家训馆参观人次', unit: '名', of: activity(['家风教育'], 'hallParticipants') },
    ],
  },
  {
    id: 'test',
    section: 'study',
    sentence: '{0}名新提拔干部参加廉政知识测试',
    parts: [{ label: '廉政知识测试人数', unit: '名', of: activity(['廉政知识测试'], 'participants') }],
  },
  {
    id: 'law',
    section: 'study',
    sentence: '开展法治宣传教育活动{0}场、发放宣传资料{1}份',
    parts: [
      { label: '法治宣传教育场次', unit: '场', of: activity(['法治宣传教育'], 'rows') },
      { label: '法治宣传资料份数', unit: '份', of: activity(['法治宣传教育'], 'materials') },
    ],
  },
  {
    id: 'reminders',
    section: 'warning',
    sentence: '编发廉政提醒信息{0}次覆盖{scope}监察对象{1}人，播发相关新闻报道{2}条',
    parts: [
      { label: '廉政提醒次数', unit: '次', of: activity(['廉政提醒'], 'rows') },
      { label: '廉政提醒覆盖人数', unit: '人', of: activity(['廉政提醒'], 'participants') },
      { label: '廉政提醒新闻报道条数', unit: '条', of: activity(['廉政提醒'], 'newsReports') },
    ],
  },
  {
    id: 'district-media',
    section: 'study',
    sentence: '区级主流媒体围绕{scope}廉政教育工作播发、刊载新闻信息{0}条',
    parts: [{ label: '区级媒体新闻报道条数', unit: '条', of: activity('all', 'newsReports') }],
  },
  {
    id: 'higher-media',
    section: 'study',
    sentence: '“学习强国”、新华网、人民网等各级主流媒体采用{0}条（次）',
    parts: [{ label: '上级媒体采用条数', unit: '条（次）', of: activity('all', 'adoptedReports') }],
  },
  {
    id: 'exposure',
    section: 'warning',
    sentence: '通报曝光典型案例{0}批{1}人',
    parts: [
      { label: '通报曝光批次', unit: '批', of: activity(['通报曝光'], 'rows') },
      { label: '通报曝光人数', unit: '人', of: activity(['通报曝光'], 'participants') },
    ],
  },
  {
    id: 'cases-warning',
    section: 'warning',
    sentence: '组织{scope}{0}名乡科级及以上领导干部到廉政教育基地、监狱等开展以案示警',
    parts: [{ label: '以案示警人数', unit: '名', of: activity(['以案示警'], 'participants') }],
  },
  {
    id: 'conference',
    section: 'warning',
    sentence: '召开{scopeWide}警示教育大会{0}批覆盖{1}人',
    parts: [
      { label: '警示教育大会批次', unit: '批', of: activity(['警示教育大会'], 'rows') },
      { label: '警示教育大会覆盖人数', unit: '人', of: activity(['警示教育大会'], 'participants') },
    ],
  },
  {
    id: 'training',
    section: 'study',
    sentence: '区级行政学校各类班次累计{0}名干部接受廉政教育培训',
    parts: [{ label: '廉政教育培训人数', unit: '名', of: activity(['廉政教育培训'], 'participants') }],
  },
  {
    id: 'inspections',
    section: 'supervision',
    sentence: '共开展相关监督检查{0}次',
    parts: [{ label: '监督检查次数', unit: '次', of: { ledger: 'inspection', measure: 'rows' } }],
  },
  {
    id: 'cases',
    section: 'supervision',
    sentence: '共督促相关单位对{0}个案件开展“一案一整改”工作',
    parts: [{ label: '一案一整改案件数', unit: '个', of: { ledger: 'rectification', measure: 'rows' } }],
  },
  {
    id: 'case-education',
    section: 'supervision',
    sentence: '指导开展警示教育{0}场、覆盖干部职工{1}人次',
    parts: [
      { label: '警示教育场次', unit: '场', of: { ledger: 'rectification', measure: 'warningSessions' } },
      { label: '警示教育覆盖人次', unit: '人次', of: { ledger: 'rectification', measure: 'warningAttendance' } },
    ],
  },
];
