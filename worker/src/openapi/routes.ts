import { z } from 'zod/mini';
import {
  credentialBody,
  deadlineBody,
  errorBody,
  exportQuery,
  handoffLink,
  health,
  history,
  historyQuery,
  overview,
  overviewQuery,
  submissionReceipt,
  returnBody,
  statusMatrix,
  statusQuery,
  submissionBody,
  rowsQuery,
  submissionDiff,
  submissionRows,
  submissionQuery,
  submissionWarnings,
  reportQuery,
  reportSettings,
  reportSettingsBody,
  submissionYearQuery,
  templateQuery,
  unit,
  unitsUpsertBody,
  validation,
  warningsQuery,
  whoami,
} from '#shared/api/schemas.ts';
import type { Role } from '../auth/caller.ts';

/**
 * Every endpoint of the API as data; the OpenAPI document is generated from it.
 * worker/src/authorization.test.ts takes the routes the app really serves and fails when one
 * has no RouteDoc here or no case in its matrix, or when a RouteDoc names no route.
 */
export interface RouteDoc {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI form, e.g. /api/submissions/{id}. */
  readonly path: string;
  readonly summary: string;
  /** Who may call it; 'public' needs no credential. */
  readonly roles: readonly Role[] | 'public';
  /** Whether the caller's unit scope limits what it sees (clerk: own unit; supervisor: subtree). */
  readonly scoped?: boolean;
  readonly query?: z.core.$ZodType;
  readonly body?: z.core.$ZodType;
  /** Accepts the raw workbook (besides the JSON `body`, where there is one). */
  readonly acceptsXlsx?: boolean;
  readonly response?: z.core.$ZodType;
  /** The status of success when it is not 200 (a replayed submission answers 200). */
  readonly status?: 201;
  readonly produces?: 'json' | 'xlsx' | 'docx' | 'csv' | 'html';
}

const ALL: readonly Role[] = ['admin', 'supervisor', 'clerk'];

export const routeDocs: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: '服务状态与服务器时间（客户端以此为准）',
    roles: 'public',
    response: health,
  },
  { method: 'get', path: '/api/ledgers', summary: '台账定义与模板版本（供客户端使用）', roles: 'public' },
  { method: 'get', path: '/api/openapi.json', summary: '本接口文档（OpenAPI 3.1）', roles: 'public' },
  { method: 'get', path: '/api/docs', summary: '接口文档网页', roles: 'public', produces: 'html' },
  {
    method: 'get',
    path: '/api/template.xlsx',
    summary: '下载空白标准台账模板',
    roles: 'public',
    query: templateQuery,
    produces: 'xlsx',
  },
  {
    method: 'post',
    path: '/api/handoff',
    summary: '把 .xlsx 文件转交给系统浏览器下载（Excel for Mac 的加载项不能直接下载）：答复一次性链接，10 分钟内有效',
    roles: ALL,
    acceptsXlsx: true,
    response: handoffLink,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/handoff/{secret}',
    summary: '用一次性链接取回转交的文件（链接本身即凭证）',
    roles: 'public',
    produces: 'xlsx',
  },
  { method: 'get', path: '/api/me', summary: '当前凭证所属的角色与单位', roles: ALL, response: whoami },
  {
    method: 'get',
    path: '/api/units',
    summary: '本人范围内的单位',
    roles: ALL,
    scoped: true,
    response: z.object({ units: z.array(unit) }),
  },
  { method: 'post', path: '/api/admin/units', summary: '批量新增或修改单位', roles: ['admin'], body: unitsUpsertBody },
  { method: 'get', path: '/api/admin/credentials', summary: '凭证列表（不含凭证本身）', roles: ['admin'] },
  {
    method: 'post',
    path: '/api/admin/credentials',
    summary: '签发凭证（凭证只在此次返回中出现）',
    roles: ['admin'],
    body: credentialBody,
    status: 201,
  },
  { method: 'delete', path: '/api/admin/credentials/{id}', summary: '吊销凭证', roles: ['admin'] },
  {
    method: 'get',
    path: '/api/admin/settings',
    summary: '工作报告设置：机关名称、成立年月、家风家训馆名称',
    roles: ['admin'],
    response: reportSettings,
  },
  {
    method: 'put',
    path: '/api/admin/settings',
    summary: '修改工作报告设置（只改请求中给出的项）',
    roles: ['admin'],
    body: reportSettingsBody,
    response: reportSettings,
  },
  {
    method: 'put',
    path: '/api/admin/deadlines',
    summary: '设置某月的报送截止日期',
    roles: ['admin'],
    body: deadlineBody,
  },
  {
    method: 'post',
    path: '/api/validate',
    summary: '只校验不保存（请求体同报送）；最多列出 1000 个问题，counts 给出每类问题的总数',
    roles: ALL,
    body: submissionBody,
    acceptsXlsx: true,
    query: submissionYearQuery,
    response: validation,
  },
  {
    method: 'post',
    path: '/api/annotate',
    summary:
      '批注版：上传 .xlsx（不保存），校验同 /api/validate，答回同一工作簿：问题单元格按级别填色并附批注，首个工作表“校验问题”列出问题并链接到单元格',
    roles: ALL,
    acceptsXlsx: true,
    query: submissionYearQuery,
    produces: 'xlsx',
  },
  {
    method: 'post',
    path: '/api/submissions',
    summary:
      '一键报送（填报员；单位取自凭证）。比上一有效版本少了数据时答 422 confirmation-required，确认后带 fewerRowsThan=版本号 重新报送',
    roles: ['clerk'],
    body: submissionBody,
    acceptsXlsx: true,
    query: submissionQuery,
    response: submissionReceipt,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/submissions',
    summary: '报送历史',
    roles: ALL,
    scoped: true,
    query: historyQuery,
    response: history,
  },
  { method: 'get', path: '/api/submissions/{id}', summary: '报送回执与数据行', roles: ALL, scoped: true },
  {
    method: 'get',
    path: '/api/submissions/{id}/warnings',
    summary: '该版本报送时的提醒及填报员的核实说明（分页，按引擎顺序）',
    roles: ALL,
    scoped: true,
    query: warningsQuery,
    response: submissionWarnings,
  },
  {
    method: 'get',
    path: '/api/submissions/{id}/rows',
    summary: '该版本某一台账的数据行（分页，按表中顺序），每行含全部列',
    roles: ALL,
    scoped: true,
    query: rowsQuery,
    response: submissionRows,
  },
  {
    method: 'get',
    path: '/api/submissions/{id}/file',
    summary:
      '下载该版本报送时上传的 .xlsx 原文件（按 SHA-256 保存）；在 Excel 加载项中以数据报送的版本没有文件，答 404',
    roles: ALL,
    scoped: true,
    produces: 'xlsx',
  },
  {
    method: 'get',
    path: '/api/submissions/{id}/diff',
    summary: '与上一版本相比新增、修改、移动、删除的行（有自然键的台账按案件编号对应行，其余按序号）',
    roles: ALL,
    scoped: true,
    response: submissionDiff,
  },
  {
    method: 'post',
    path: '/api/submissions/{id}/return',
    summary: '退回下级单位的报送并说明原因',
    roles: ['supervisor', 'admin'],
    scoped: true,
    body: returnBody,
  },
  {
    method: 'get',
    path: '/api/status',
    summary: '各单位各月报送情况',
    roles: ['supervisor', 'admin'],
    scoped: true,
    query: statusQuery,
    response: statusMatrix,
  },
  {
    method: 'get',
    path: '/api/overview',
    summary: '监督概览：活动图表数据与一案一整改预警',
    roles: ['supervisor', 'admin'],
    scoped: true,
    query: overviewQuery,
    response: overview,
  },
  {
    method: 'get',
    path: '/api/export',
    summary: '下载汇总工作簿（或其中一张表的 CSV）',
    roles: ['supervisor', 'admin'],
    scoped: true,
    query: exportQuery,
    produces: 'xlsx',
  },
  {
    method: 'get',
    path: '/api/report.docx',
    summary: '下载工作报告数据稿（Word，党政机关公文格式）',
    roles: ['supervisor', 'admin'],
    scoped: true,
    query: reportQuery,
    produces: 'docx',
  },
];

export const errorResponse = errorBody;
