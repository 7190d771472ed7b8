import type { ErrorLocale } from './error-locale.ts';
import { count, mb } from './format.ts';

const ROLES: Readonly<Record<string, string>> = { admin: '管理员', clerk: '填报员', supervisor: '监督员' };

export const zhCNErrors: ErrorLocale = {
  beforeIssue: '：',
  'credential-missing': () => '请提供访问凭证（Authorization: Bearer <凭证>）',
  'credential-invalid': () => '访问凭证无效或已被吊销，请向管理员索取新凭证',
  'too-many-failures': (p) =>
    `认证失败次数过多（同一网络地址 ${p.minutes} 分钟内 ${p.limit} 次），请 ${p.retryAfter} 秒后再试；有效凭证不受影响`,
  'role-required': (p) =>
    `此操作仅限${String(p.roles)
      .split(',')
      .map((r) => ROLES[r] ?? r)
      .join('或')}`,
  'return-outside-scope': () => '只能退回下级单位的报送',
  'json-malformed': () => '请求体不是有效的 JSON',
  'request-malformed': (p) => `${p.what === 'query' ? '查询参数' : '请求'}格式不正确：${p.detail}`,
  'idempotency-key-invalid': () => 'Idempotency-Key 应为 1 到 200 个字符',
  'year-invalid': (p) => `年度“${p.year}”无效，请填写 2000 至 2100 之间的四位年份，如 2026`,
  'unit-name-too-long': (p) => `单位名称不能超过 ${p.max} 个字`,
  'handoff-name-invalid': (p) => `文件名须以 .xlsx 结尾且不超过 ${p.max} 个字`,
  'handoff-empty': () => '没有收到文件内容',
  'cursor-invalid': (p) => `查询参数格式不正确：cursor：“${p.cursor}”不是上一页给出的 next`,
  'export-sheet-unknown': (p) => `没有工作表 ${p.sheet}`,
  'route-unknown': (p) => `没有这个接口：${p.method} ${p.path}`,
  'unit-not-in-scope': (p) => `找不到单位 ${p.unit}，或不在您的范围内`,
  'unit-unknown': (p) => `单位 ${p.unit} 不存在`,
  'credential-not-found': () => '凭证不存在或已吊销',
  'submission-not-found': () => '找不到该报送记录',
  'submission-without-file': (p) => `第 ${p.version} 版是在 Excel 加载项中以数据报送的，没有上传文件`,
  'submission-file-missing': (p) => `第 ${p.version} 版的报送文件已不在存储中`,
  'handoff-gone': () => '下载链接已失效（只能用一次，10 分钟内有效）：请在加载项中重新点“下载 .xlsx 文件”',
  'idempotency-key-reused': () => '此 Idempotency-Key 已用于内容不同的另一次报送，请为新的报送使用新的键',
  'version-superseded': () => '该单位已有更新的版本，只能退回最新版本',
  'already-returned': () => '该报送已被退回',
  'body-too-large': (p) => `请求体超过上限（${mb(p.limit)} MB），请拆分或精简后再试`,
  'too-many-cells': (p) =>
    `报送的单元格过多：一次报送的台账至多 ${count(p.limit)} 个单元格，请删除表中多余的行、列和内容后再试`,
  'submission-type': (p) => `不支持的内容类型“${p.type}”，请发送 application/json 或 .xlsx 工作簿`,
  'handoff-type': () => '只能转交 .xlsx 文件（Content-Type 须为 xlsx）',
  'annotate-type': () => '批注版需要上传 .xlsx 工作簿本身（Content-Type 为 .xlsx 类型）',
  'file-unreadable': () => '无法读取此文件',
  'workbook-errors': (p) => `台账有 ${p.errors} 个错误，未能报送，请改正后重新报送`,
  'unit-tree-invalid': (p) => `单位清单有 ${p.problems} 处问题，未保存：${p.first}`,
  'annotate-damaged': (p) =>
    `文件中的 ${p.part} 无法识别，文件可能已损坏，无法生成批注版；请用 Excel 或 WPS 打开后另存为 .xlsx 再试`,
  'annotate-part-too-large': (p) => `“${p.part}”过大（超过 ${mb(p.limit)} MB），无法生成批注版`,
  'annotate-unreadable': () => '无法生成批注版',
  'fewer-rows-unconfirmed': (p) => `本次报送会使汇总中减少本单位的数据（与第 ${p.version} 版相比），请核实后确认再报送`,
  internal: () => '服务器内部错误，请稍后重试；如一直出现请联系管理员',
  unreachable: (p) => `无法连接服务器 ${p.server}，请检查网络或服务器地址后重试`,
  'bad-response': () => '服务器的答复无法识别：请确认服务器地址指向清风台账',
  http: (p) => `服务器返回错误（HTTP ${p.status}），请稍后重试`,
  'page-outdated': () => '服务器已更新，本页面版本较旧：请刷新页面（或重新打开加载项）后再试',
};
