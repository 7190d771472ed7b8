import { count, mb } from './format.ts';
import { dateParts } from './reporting-runs.ts';
import type { Locale, ReportedMonth, ReportingWords } from './types.ts';

/** Its own export, so the pages take this one sentence without the issue wordings. */
export const moreOfKind: Locale['moreOfKind'] = (count) => `还有 ${count} 条同类问题`;

const zhDay = (iso: string, sinceYear?: number): string => {
  const { year, month, day } = dateParts(iso);
  return `${year === sinceYear ? '' : `${year}年`}${month}月${day}日`;
};
const zhTimeliness = (m: ReportedMonth): string => (m.daysLate > 0 ? `逾期 ${m.daysLate} 天` : '按时');

/** Its own export, as moreOfKind: the receipt and the landing line without the issue wordings. */
export const reportingWords: ReportingWords = {
  counted: (m) => `本次报送计入 ${m.year}年${m.month}月（截止 ${zhDay(m.deadline, m.year)}，${zhTimeliness(m)}）`,
  updated: (m) =>
    `本次报送计入 ${m.year}年${m.month}月（截止 ${zhDay(m.deadline, m.year)}）：该月已由第 ${m.version} 版${zhTimeliness(m)}报送，本次为更新`,
  madeUpOne: (m, also) =>
    `${also ? '同时' : '本次'}补报 ${m.year}年${m.month}月（截止 ${zhDay(m.deadline, m.year)}，逾期 ${m.daysLate} 天）`,
  madeUpMany: (year, runs, also) =>
    `${also ? '同时' : '本次'}补报 ${year}年${runs.map(([from, to]) => (from === to ? `${from}月` : `${from}月至${to}月`)).join('、')}（均已逾期）`,
  unchanged: (year) => `本次报送不改变 ${year}年各月的报送情况：各月已有报送，或报送期尚未开始`,
  notMonthly: '本单位无需按月报送，本次报送已保存并计入汇总。',
  nextDeadline(next) {
    const when = next.daysLeft === 0 ? '今天截止' : `还有 ${next.daysLeft} 天`;
    const month = `${next.year}年${next.month}月`;
    const state =
      next.status === '已报送' || next.status === '逾期报送'
        ? next.returnedLater === null
          ? `${month}已报送（第 ${next.version} 版）`
          : `${month}已由第 ${next.version} 版报送；第 ${next.returnedLater} 版已被退回，请改正后重新报送`
        : next.status === '已退回'
          ? `${month}的第 ${next.version} 版已被退回，请改正后重新报送`
          : `${month}尚未报送`;
    return `下次截止：${zhDay(next.deadline)}（${when}）。${state}。`;
  },
};

export const zhCN: Locale = {
  issues: {
    'no-ledger-sheet': ({ p }) =>
      `工作簿中没有任何标准台账工作表（应为：${p.expected}），请用“插入标准台账”添加，或下载标准模板后填写`,
    'template-version.outdated': ({ p }) =>
      `工作簿模板版本为 ${p.found}，已过期（当前为 ${p.current}）。请在加载项中点击“插入标准台账”升级（已填数据会保留），或下载最新模板后把数据粘贴过去`,
    'template-version.upgradable': ({ p }) =>
      `工作簿模板版本为 ${p.found}（当前为 ${p.current}），仍可报送，${p.columns ? `缺少的“${p.columns}”列按空白计` : '已按原样读取'}。请在加载项中点击“插入标准台账”升级（已填数据会保留），以便填写新增内容${p.sheets || p.values ? `（含${[p.sheets ? `“${p.sheets}”表` : '', p.values ?? ''].filter(Boolean).join('、')}）` : ''}`,
    'template-version.newer': ({ p }) =>
      `工作簿模板版本为 ${p.found}，比本工具支持的 ${p.current} 新，请更新加载项或刷新页面后再校验`,
    'template-version.unknown': ({ p }) =>
      `无法识别工作簿模板版本“${p.found}”（当前为 ${p.current}），请下载最新模板后把数据粘贴过去`,
    'missing-header': ({ p }) => `前 ${p.searched} 行中找不到表头，请保留模板的表头行（如“${p.example}”）`,
    'missing-label': ({ header }) => `缺少必填列“${header}”，请按标准模板补上该列`,
    'extra-label': ({ header }) => `列“${header}”不是标准台账的列，该列内容不会报送`,
    'duplicate-label': ({ header }) => `列“${header}”重复出现，只采用左侧第一列`,
    'formula-error': ({ header, value }) => `${header}单元格含公式错误（${value}），请改正公式或直接填写数值`,
    'type-error.integer': ({ header, value }) => `${header}“${value}”不是整数，请填写如 12 这样的整数`,
    'type-error.date': ({ header, value }) => `${header}“${value}”无法识别，请按 2026-03-05 格式填写`,
    'type-error.nonexistentDate': ({ header, value, p }) =>
      `${header}“${value}”不是有效日期：${Number(p.days) === 0 ? `没有${p.month}月` : Number(p.day) < 1 ? `${p.year}年${p.month}月没有${p.day}日` : `${p.year}年${p.month}月只有${p.days}天`}`,
    'type-error.enum': ({ header, p }) => `${header}“${p.item}”不在可选范围内，请从下拉列表中选择：${p.allowed}`,
    'type-error.multiEnum': ({ header, p }) =>
      `${header}中的“${p.item}”不在可选范围内，可选：${p.allowed}（多个用“、”分隔）`,
    'constraint-error.minimum': ({ header, value, p }) =>
      Number(p.min) > 0 ? `${header}“${value}”应不小于 ${p.min}` : `${header}“${value}”不能为负数`,
    'constraint-error.maxLength': ({ header, p }) => `${header}超过 ${p.max} 个字，请精简`,
    'constraint-error.withinYear': ({ header, value, p }) =>
      `${header}“${value}”不在 ${p.year} 年度内，请填写本年度的日期或更换年度`,
    'constraint-error.notAfterToday': ({ header, value, p }) => `${header}“${value}”晚于今天（${p.today}），请核实`,
    'constraint-error.notBefore': ({ header, value, p }) =>
      `${header}“${value}”早于${p.other}（${p.otherValue}），应不早于${p.other}`,
    'constraint-error.notGreaterThan': ({ header, value, p }) =>
      `${header}（${value}）不能大于${p.other}（${p.otherValue}）`,
    'constraint-error.blankUnless': ({ header, p }) =>
      `${p.when}为“${p.whenValue}”时${header}应为空，只有“${p.equals}”才填写${header}`,
    'constraint-error.positiveIff': ({ header, value, p }) =>
      Number(p.whenValue) > 0
        ? `${p.when}为 ${p.whenValue} 时${header}应大于 0`
        : `${p.when}为 0 时${header}应为 0（当前为 ${value}）`,
    required: ({ header }) => `${header}为必填项，不能为空`,
    'required.requiredIff': ({ header, p }) => `${p.when}为“${p.equals}”时必须填写${header}`,
    'unique-error': ({ header, value, p }) => `${header}“${value}”与第 ${p.firstRow} 行重复，${header}不能重复`,
    'duplicate-row': ({ p }) => `与第 ${p.firstRow} 行的活动日期、活动类别、活动主题都相同，疑似重复录入，请核实`,
    'foreign-key': ({ header, value, p }) => `${header}“${value}”在本工作簿的${p.sheet}中找不到，请核实案件编号`,
    'suspicious-value.zero': ({ header }) => `${header}为 0，请核实`,
    'suspicious-value.approximate': ({ header, value, p }) =>
      `${header}“${value}”是约数，已按 ${p.count} 计；如知道确切数字，请填写准确数字`,
    'suspicious-value.tooLarge': ({ header, value, p }) => `${header}“${value}”超过 ${p.max}，数值异常偏大，请核实`,
    'fewer-rows.no-rows': ({ p }) =>
      Number(p.before) > 0
        ? `本次报送没有任何数据行，而第 ${p.version} 版共有 ${p.before} 条记录；报送后汇总中本单位的数字将全部变为 0，请核实是否选错了文件`
        : `本次报送没有任何数据行，请核实是否选错了文件`,
    'fewer-rows.emptied': ({ p }) =>
      `本次没有数据，而第 ${p.version} 版有 ${p.before} 条记录；报送后汇总中将没有本单位的这些记录，请核实`,
    'fewer-rows.fewer': ({ p }) =>
      `比第 ${p.version} 版少了 ${p.lost} 条记录（第 ${p.version} 版 ${p.before} 条，本次 ${p.after} 条），请核实是否漏填或选错了文件`,
    'unreadable-file.too-large': ({ p }) =>
      `文件过大（${mb(p.bytes)} MB，上限 ${mb(p.limit)} MB），请删除无关工作表或图片后再试`,
    'unreadable-file.not-xlsx': () =>
      `不是 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中“另存为” Excel 工作簿（*.xlsx）后再试`,
    'unreadable-file.corrupt': ({ p }) =>
      `${p.sheet !== undefined && p.ref !== undefined ? `工作表“${p.sheet}”中的单元格引用“${p.ref}”无效，文件可能已损坏` : '文件已损坏'}，无法读取，请用 Excel 或 WPS 打开后重新保存为 .xlsx 再试`,
    'unreadable-file.encrypted': () => `文件设置了打开密码或是旧版 .xls 格式，请取消密码并另存为 .xlsx 后再试`,
    'unreadable-file.zip-bomb': () =>
      `文件解压后过大，疑似异常文件，已拒绝读取；请在 Excel 或 WPS 中打开，删除无关的工作表和内容后另存为 .xlsx 再上传`,
    'unreadable-file.too-many-cells': ({ p }) =>
      `台账工作表的单元格过多：读到「${p.sheet}」时已超过一次报送的上限 ${count(p.limit)} 个，请删除表中多余的行、列和内容后再试`,
    'unreadable-file.cell-too-long': ({ p }) =>
      `单元格文字超过 Excel 单元格上限 ${p.limit} 个字符，Excel 无法保存这样的文件，请精简该单元格后重新保存为 .xlsx 再试`,
  },
  moreOfKind,
  reporting: reportingWords,
};
