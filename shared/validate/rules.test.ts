import { describe, expect, it } from 'vitest';
import { context, type RowCells, sheetOf, validRow, workbookOf } from '../../tests/support/ledger-builder.ts';
import { ledgerByKey, ledgers } from '../ledgers/registry.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import { placedMessage } from '../messages/index.ts';
import { validateWorkbook } from './validate-workbook.ts';

interface Case {
  readonly ledger: LedgerKey;
  readonly changes: RowCells;
  readonly code: string;
  readonly rule: string | null;
  readonly at: string;
  readonly severity?: 'error' | 'warning';
  readonly why: string;
}

/** Every rule of ledger-spec.md, each planted alone into an otherwise valid row. */
const cases: Case[] = [
  // Cell values
  {
    ledger: 'activity',
    changes: { 参加人次: 12.5 },
    code: 'type-error',
    rule: 'integer',
    at: '参加人次',
    why: 'integer: 12.5 is an error',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: '很多' },
    code: 'type-error',
    rule: 'integer',
    at: '参加人次',
    why: 'integer: words',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: '12条' },
    code: 'type-error',
    rule: 'integer',
    at: '参加人次',
    why: "integer: only the column's units",
  },
  {
    ledger: 'activity',
    changes: { 活动日期: '2026/2/30' },
    code: 'type-error',
    rule: 'nonexistentDate',
    at: '活动日期',
    why: 'impossible date',
  },
  {
    ledger: 'activity',
    changes: { 活动日期: '2026-13-01' },
    code: 'type-error',
    rule: 'nonexistentDate',
    at: '活动日期',
    why: 'month 13',
  },
  {
    ledger: 'activity',
    changes: { 活动日期: '三月五日' },
    code: 'type-error',
    rule: 'date',
    at: '活动日期',
    why: 'text that is no date',
  },
  {
    ledger: 'activity',
    changes: { 活动日期: true },
    code: 'type-error',
    rule: 'date',
    at: '活动日期',
    why: 'boolean is no date',
  },
  {
    ledger: 'activity',
    changes: { 活动类别: '读书会' },
    code: 'type-error',
    rule: 'enum',
    at: '活动类别',
    why: 'enum outside the list',
  },
  {
    ledger: 'activity',
    changes: { 覆盖层级: '区级、省级' },
    code: 'type-error',
    rule: 'multiEnum',
    at: '覆盖层级',
    why: 'multi-enum value outside the list',
  },
  {
    ledger: 'activity',
    changes: { 备注: '#N/A' },
    code: 'formula-error',
    rule: null,
    at: '备注',
    why: 'Excel error values in any column',
  },
  {
    ledger: 'inspection',
    changes: { 发现问题数: '#DIV/0!' },
    code: 'formula-error',
    rule: null,
    at: '发现问题数',
    why: 'Excel error in a number column',
  },
  // Ledger 1 — 一案一整改台账
  { ledger: 'rectification', changes: { 序号: null }, code: 'required', rule: null, at: '序号', why: '序号 required' },
  {
    ledger: 'rectification',
    changes: { 序号: 0 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '序号',
    why: '序号 ≥ 1',
  },
  {
    ledger: 'rectification',
    changes: { 案件编号: '' },
    code: 'required',
    rule: null,
    at: '案件编号',
    why: '案件编号 required',
  },
  {
    ledger: 'rectification',
    changes: { 案件编号: 'x'.repeat(41) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '案件编号',
    why: '案件编号 ≤ 40',
  },
  {
    ledger: 'rectification',
    changes: { 发案单位: ' ' },
    code: 'required',
    rule: null,
    at: '发案单位',
    why: '发案单位 required',
  },
  {
    ledger: 'rectification',
    changes: { 发案单位: '单'.repeat(101) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '发案单位',
    why: '发案单位 ≤ 100',
  },
  {
    ledger: 'rectification',
    changes: { 行业领域: '体育' },
    code: 'type-error',
    rule: 'enum',
    at: '行业领域',
    why: '行业领域 list',
  },
  {
    ledger: 'rectification',
    changes: { 行业领域: null },
    code: 'required',
    rule: null,
    at: '行业领域',
    why: '行业领域 required',
  },
  {
    ledger: 'rectification',
    changes: { 简要案情: null },
    code: 'required',
    rule: null,
    at: '简要案情',
    why: '简要案情 required',
  },
  {
    ledger: 'rectification',
    changes: { 简要案情: '案'.repeat(501) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '简要案情',
    why: '简要案情 ≤ 500',
  },
  {
    ledger: 'rectification',
    changes: { 原因类别: null },
    code: 'required',
    rule: null,
    at: '原因类别',
    why: '原因类别 ≥ 1',
  },
  {
    ledger: 'rectification',
    changes: { 原因类别: '、；' },
    code: 'required',
    rule: null,
    at: '原因类别',
    why: '原因类别 separators only',
  },
  {
    ledger: 'rectification',
    changes: { 原因类别: '作风问题' },
    code: 'type-error',
    rule: 'multiEnum',
    at: '原因类别',
    why: '原因类别 list',
  },
  {
    ledger: 'rectification',
    changes: { 整改方式: '口头提醒' },
    code: 'type-error',
    rule: 'enum',
    at: '整改方式',
    why: '整改方式 list',
  },
  {
    ledger: 'rectification',
    changes: { 下发日期: null },
    code: 'required',
    rule: null,
    at: '下发日期',
    why: '下发日期 required',
  },
  {
    ledger: 'rectification',
    changes: { 下发日期: '2026-11-25', 整改时限: '2026-12-30', 整改状态: '整改中', 完成日期: null },
    code: 'constraint-error',
    rule: 'notAfterToday',
    at: '下发日期',
    why: '下发日期 not after today',
  },
  {
    ledger: 'rectification',
    changes: { 整改措施: null },
    code: 'required',
    rule: null,
    at: '整改措施',
    why: '整改措施 required',
  },
  {
    ledger: 'rectification',
    changes: { 整改措施: '措'.repeat(1001) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '整改措施',
    why: '整改措施 ≤ 1000',
  },
  {
    ledger: 'rectification',
    changes: { 责任单位: null },
    code: 'required',
    rule: null,
    at: '责任单位',
    why: '责任单位 required',
  },
  {
    ledger: 'rectification',
    changes: { 责任人: null },
    code: 'required',
    rule: null,
    at: '责任人',
    why: '责任人 required',
  },
  {
    ledger: 'rectification',
    changes: { 责任人: '人'.repeat(51) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '责任人',
    why: '责任人 ≤ 50',
  },
  {
    ledger: 'rectification',
    changes: { 整改时限: null },
    code: 'required',
    rule: null,
    at: '整改时限',
    why: '整改时限 required',
  },
  {
    ledger: 'rectification',
    changes: { 整改时限: '2026-02-28' },
    code: 'constraint-error',
    rule: 'notBefore',
    at: '整改时限',
    why: '整改时限 ≥ 下发日期',
  },
  {
    ledger: 'rectification',
    changes: { 整改状态: '进行中' },
    code: 'type-error',
    rule: 'enum',
    at: '整改状态',
    why: '整改状态 list',
  },
  {
    ledger: 'rectification',
    changes: { 整改状态: null },
    code: 'required',
    rule: null,
    at: '整改状态',
    why: '整改状态 required',
  },
  {
    ledger: 'rectification',
    changes: { 完成日期: null },
    code: 'required',
    rule: 'requiredIff',
    at: '完成日期',
    why: '完成日期 required when 已完成',
  },
  {
    ledger: 'rectification',
    changes: { 整改状态: '整改中' },
    code: 'constraint-error',
    rule: 'blankUnless',
    at: '完成日期',
    why: '完成日期 blank unless 已完成',
  },
  {
    ledger: 'rectification',
    changes: { 完成日期: '2026-02-01' },
    code: 'constraint-error',
    rule: 'notBefore',
    at: '完成日期',
    why: '完成日期 ≥ 下发日期',
  },
  {
    ledger: 'rectification',
    changes: { 完成日期: '2026-11-25', 整改时限: '2026-12-30' },
    code: 'constraint-error',
    rule: 'notAfterToday',
    at: '完成日期',
    why: '完成日期 not after today',
  },
  {
    ledger: 'rectification',
    changes: { 建立完善制度数: -1 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '建立完善制度数',
    why: '建立完善制度数 ≥ 0',
  },
  {
    ledger: 'rectification',
    changes: { 警示教育场次: '两场' },
    code: 'type-error',
    rule: 'integer',
    at: '警示教育场次',
    why: '警示教育场次 integer',
  },
  {
    ledger: 'rectification',
    changes: { 警示教育场次: 2, 覆盖人次: 0 },
    code: 'constraint-error',
    rule: 'positiveIff',
    at: '覆盖人次',
    why: '覆盖人次 > 0 when 场次 > 0',
  },
  {
    ledger: 'rectification',
    changes: { 警示教育场次: 2, 覆盖人次: null },
    code: 'constraint-error',
    rule: 'positiveIff',
    at: '覆盖人次',
    why: '覆盖人次 blank = 0',
  },
  {
    ledger: 'rectification',
    changes: { 警示教育场次: null, 覆盖人次: 30 },
    code: 'constraint-error',
    rule: 'positiveIff',
    at: '覆盖人次',
    why: '覆盖人次 0 when 场次 is 0',
  },
  {
    ledger: 'rectification',
    changes: { 备注: '备'.repeat(501) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '备注',
    why: '备注 ≤ 500',
  },
  // Ledger 2 — 廉政教育活动台账
  { ledger: 'activity', changes: { 序号: '一' }, code: 'type-error', rule: 'integer', at: '序号', why: '序号 integer' },
  {
    ledger: 'activity',
    changes: { 活动日期: null },
    code: 'required',
    rule: null,
    at: '活动日期',
    why: '活动日期 required',
  },
  {
    ledger: 'activity',
    changes: { 活动日期: '2025-12-31' },
    code: 'constraint-error',
    rule: 'withinYear',
    at: '活动日期',
    why: '活动日期 inside the year',
  },
  {
    ledger: 'activity',
    changes: { 活动日期: '2026-11-25' },
    code: 'constraint-error',
    rule: 'notAfterToday',
    at: '活动日期',
    why: '活动日期 not after today',
  },
  {
    ledger: 'activity',
    changes: { 活动类别: null },
    code: 'required',
    rule: null,
    at: '活动类别',
    why: '活动类别 required',
  },
  {
    ledger: 'activity',
    changes: { 活动主题: null },
    code: 'required',
    rule: null,
    at: '活动主题',
    why: '活动主题 required',
  },
  {
    ledger: 'activity',
    changes: { 活动主题: '题'.repeat(201) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '活动主题',
    why: '活动主题 ≤ 200',
  },
  {
    ledger: 'activity',
    changes: { 组织单位: null },
    code: 'required',
    rule: null,
    at: '组织单位',
    why: '组织单位 required',
  },
  {
    ledger: 'activity',
    changes: { 地点或载体: '地'.repeat(101) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '地点或载体',
    why: '地点或载体 ≤ 100',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: null },
    code: 'required',
    rule: null,
    at: '参加人次',
    why: '参加人次 required',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: -5 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '参加人次',
    why: '参加人次 ≥ 0',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: 0 },
    code: 'suspicious-value',
    rule: 'zero',
    severity: 'warning',
    at: '参加人次',
    why: '参加人次 0 warns',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: 5001 },
    code: 'suspicious-value',
    rule: 'tooLarge',
    severity: 'warning',
    at: '参加人次',
    why: '参加人次 > 5000 warns',
  },
  {
    ledger: 'activity',
    changes: { 参加人次: '1200余人' },
    code: 'suspicious-value',
    rule: 'approximate',
    severity: 'warning',
    at: '参加人次',
    why: '参加人次 as an estimate warns',
  },
  {
    ledger: 'activity',
    changes: { 发放资料份数: '约300份' },
    code: 'suspicious-value',
    rule: 'approximate',
    severity: 'warning',
    at: '发放资料份数',
    why: 'an estimate in any integer column, with its units',
  },
  {
    ledger: 'activity',
    changes: { 发放资料份数: '约300人' },
    code: 'type-error',
    rule: 'integer',
    at: '发放资料份数',
    why: "an estimate with another column's unit",
  },
  {
    ledger: 'activity',
    changes: { 发放资料份数: -3 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '发放资料份数',
    why: '发放资料份数 ≥ 0',
  },
  {
    ledger: 'activity',
    changes: { 新闻报道条数: 1.5 },
    code: 'type-error',
    rule: 'integer',
    at: '新闻报道条数',
    why: '新闻报道条数 integer',
  },
  {
    ledger: 'activity',
    changes: { 关联案件编号: '码'.repeat(41) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '关联案件编号',
    why: '关联案件编号 ≤ 40',
  },
  {
    ledger: 'activity',
    changes: { 关联案件编号: '七纪案〔2026〕99号' },
    code: 'foreign-key',
    rule: null,
    severity: 'warning',
    at: '关联案件编号',
    why: '关联案件编号 must exist in the case sheet',
  },
  {
    ledger: 'activity',
    changes: { 备注: '备'.repeat(501) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '备注',
    why: 'activity 备注 ≤ 500',
  },
  {
    ledger: 'activity',
    changes: { 活动主题: '廉政党课' },
    code: 'duplicate-row',
    rule: null,
    severity: 'warning',
    at: '活动日期',
    why: 'same date, category and topic',
  },
  // Ledger 3 — 监督检查台账
  {
    ledger: 'inspection',
    changes: { 检查日期: '2027-01-02' },
    code: 'constraint-error',
    rule: 'withinYear',
    at: '检查日期',
    why: '检查日期 inside the year',
  },
  {
    ledger: 'inspection',
    changes: { 检查日期: '2026-12-01' },
    code: 'constraint-error',
    rule: 'notAfterToday',
    at: '检查日期',
    why: '检查日期 not after today',
  },
  {
    ledger: 'inspection',
    changes: { 检查方式: '明察暗访' },
    code: 'type-error',
    rule: 'enum',
    at: '检查方式',
    why: '检查方式 list',
  },
  {
    ledger: 'inspection',
    changes: { 被检查单位: null },
    code: 'required',
    rule: null,
    at: '被检查单位',
    why: '被检查单位 required',
  },
  {
    ledger: 'inspection',
    changes: { 检查内容: '查'.repeat(501) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '检查内容',
    why: '检查内容 ≤ 500',
  },
  {
    ledger: 'inspection',
    changes: { 发现问题数: null },
    code: 'required',
    rule: null,
    at: '发现问题数',
    why: '发现问题数 required',
  },
  {
    ledger: 'inspection',
    changes: { 已整改问题数: 5 },
    code: 'constraint-error',
    rule: 'notGreaterThan',
    at: '已整改问题数',
    why: '已整改问题数 ≤ 发现问题数',
  },
  {
    ledger: 'inspection',
    changes: { 已整改问题数: -1 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '已整改问题数',
    why: '已整改问题数 ≥ 0',
  },
  // Ledger 4 — 典型案例库
  {
    ledger: 'caseLibrary',
    changes: { 序号: 0 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '序号',
    why: '序号 ≥ 1',
  },
  {
    ledger: 'caseLibrary',
    changes: { 案例编号: '' },
    code: 'required',
    rule: null,
    at: '案例编号',
    why: '案例编号 required',
  },
  {
    ledger: 'caseLibrary',
    changes: { 案例编号: '案'.repeat(41) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '案例编号',
    why: '案例编号 ≤ 40',
  },
  {
    ledger: 'caseLibrary',
    changes: { 案例名称: '名'.repeat(101) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '案例名称',
    why: '案例名称 ≤ 100',
  },
  {
    ledger: 'caseLibrary',
    changes: { 行业领域: '金融' },
    code: 'type-error',
    rule: 'enum',
    at: '行业领域',
    why: '行业领域 is the 一案一整改台账 list',
  },
  {
    ledger: 'caseLibrary',
    changes: { 违纪违法类型: '受贿' },
    code: 'type-error',
    rule: 'enum',
    at: '违纪违法类型',
    why: '违纪违法类型 outside its list',
  },
  {
    ledger: 'caseLibrary',
    changes: { 涉案人员层级: '厅局级' },
    code: 'type-error',
    rule: 'enum',
    at: '涉案人员层级',
    why: '涉案人员层级 outside its list',
  },
  {
    ledger: 'caseLibrary',
    changes: { 涉案人数: 0 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '涉案人数',
    why: '涉案人数 ≥ 1',
  },
  {
    ledger: 'caseLibrary',
    changes: { 涉案人数: null },
    code: 'required',
    rule: null,
    at: '涉案人数',
    why: '涉案人数 required',
  },
  {
    ledger: 'caseLibrary',
    changes: { 简要案情: '' },
    code: 'required',
    rule: null,
    at: '简要案情',
    why: '简要案情 required',
  },
  {
    ledger: 'caseLibrary',
    changes: { 处理结果: '果'.repeat(201) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '处理结果',
    why: '处理结果 ≤ 200',
  },
  {
    ledger: 'caseLibrary',
    changes: { 收录日期: '2025-12-31' },
    code: 'constraint-error',
    rule: 'withinYear',
    at: '收录日期',
    why: '收录日期 inside the year',
  },
  {
    ledger: 'caseLibrary',
    changes: { 收录日期: '2026-11-25' },
    code: 'constraint-error',
    rule: 'notAfterToday',
    at: '收录日期',
    why: '收录日期 not after today',
  },
  {
    ledger: 'caseLibrary',
    changes: { 使用方式: '网络曝光、电视' },
    code: 'type-error',
    rule: 'multiEnum',
    at: '使用方式',
    why: '使用方式 outside its list',
  },
  {
    ledger: 'caseLibrary',
    changes: { 用于警示教育场次: -1 },
    code: 'constraint-error',
    rule: 'minimum',
    at: '用于警示教育场次',
    why: '用于警示教育场次 ≥ 0',
  },
  {
    ledger: 'caseLibrary',
    changes: { 关联案件编号: '七纪案〔2026〕99号' },
    code: 'foreign-key',
    rule: null,
    severity: 'warning',
    at: '关联案件编号',
    why: '关联案件编号 must exist in the case sheet (典型案例库)',
  },
  {
    ledger: 'caseLibrary',
    changes: { 备注: '备'.repeat(501) },
    code: 'constraint-error',
    rule: 'maxLength',
    at: '备注',
    why: '典型案例库 备注 ≤ 500',
  },
];

/** The planted row is the second data row: title in row 1, header in row 2, data from row 3. */
const PLANTED_ROW = 4;

function planted(c: Case) {
  const sheets = {
    rectification: sheetOf('rectification', [{}]),
    activity: sheetOf('activity', [{ 活动主题: '廉政党课' }]),
    inspection: sheetOf('inspection', [{}]),
    caseLibrary: sheetOf('caseLibrary', [{}]),
  };
  sheets[c.ledger] = sheetOf(c.ledger, [c.ledger === 'activity' ? { 活动主题: '廉政党课' } : {}, c.changes]);
  return validateWorkbook(workbookOf(sheets), context);
}

describe('every rule of the spec, planted alone', () => {
  it('the base rows are valid', () => {
    const result = planted({ ledger: 'activity', changes: {}, code: '', rule: null, at: '', why: '' });
    expect(result.issues).toEqual([]);
    expect(result.ledgers.activity?.rows).toHaveLength(2);
  });

  it.each(cases)('$why → $code/$rule at $at', (c) => {
    const result = planted(c);
    const def = ledgerByKey(c.ledger);
    // Written out independently of columnLetter: every ledger has fewer than 26 columns.
    const index = def.columns.findIndex((col) => col.header === c.at);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(26);
    const column = String.fromCharCode(65 + index);
    expect(result.issues.map((i) => [i.code, i.rule, i.severity, i.sheet, `${i.column}${i.row}`])).toEqual([
      [c.code, c.rule, c.severity ?? 'error', def.sheetName, `${column}${PLANTED_ROW}`],
    ]);
    const issue = result.issues[0]!;
    // The message leaves the place to its own columns; the one-line form puts it in front.
    expect(issue.message).not.toContain(`${column}${PLANTED_ROW}`);
    expect(placedMessage(issue)).toBe(`${def.sheetName}!${column}${PLANTED_ROW}：${issue.message}`);
    expect(issue.header).toBe(c.at);
    const rows = result.ledgers[c.ledger]?.rows.map((r) => r.row);
    expect(rows).toEqual(issue.severity === 'error' ? [PLANTED_ROW - 1] : [PLANTED_ROW - 1, PLANTED_ROW]);
  });
});

describe('rows and sheets', () => {
  it('skips entirely blank rows but keeps Excel row numbers', () => {
    const sheet = sheetOf('inspection', [{}, {}]);
    const values = [...sheet.values.slice(0, 3), [null, '', '  '], ...sheet.values.slice(3)];
    const result = validateWorkbook(workbookOf({ inspection: { address: 'A1', values } }), context);
    expect(result.issues).toEqual([]);
    expect(result.ledgers.inspection?.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('repeats of unique columns are errors at the repeat', () => {
    const result = validateWorkbook(
      workbookOf({ rectification: sheetOf('rectification', [{}, { 序号: 1 }, { 案件编号: '七纪案〔2026〕1号' }]) }),
      context,
    );
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`, i.params.firstRow])).toEqual([
      ['unique-error', 'A4', 3],
      ['unique-error', 'B5', 3],
    ]);
  });

  it('a workbook without any standard sheet is an error', () => {
    const result = validateWorkbook({ sheets: { Sheet1: { address: 'A1', values: [['a']] } } }, context);
    expect(result.issues.map((i) => [i.code, i.severity, i.sheet, i.row])).toEqual([
      ['no-ledger-sheet', 'error', null, null],
    ]);
    expect(String(result.issues[0]?.params.expected).split('、')).toEqual(ledgers.map((l) => l.sheetName));
    expect(result.issues[0]?.message).toContain('一案一整改台账、廉政教育活动台账');
    expect([result.errorCount, result.warningCount]).toEqual([1, 0]);
    expect(result.ledgers).toEqual({});
  });

  it('counts errors and warnings apart', () => {
    const result = validateWorkbook(
      workbookOf({
        activity: sheetOf('activity', [
          { 参加人次: 0, 活动主题: '一' },
          { 参加人次: 'x', 活动主题: '二' },
          { 参加人次: 5001, 活动主题: '三' },
        ]),
      }),
      context,
    );
    expect(result.issues.map((i) => i.severity)).toEqual(['warning', 'error', 'warning']);
    expect([result.errorCount, result.warningCount]).toEqual([1, 2]);
    expect(result.ledgers.activity?.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(result.ledgers.activity).toMatchObject({
      ledger: 'activity',
      sheet: '廉政教育活动台账',
      headerRow: 2,
      rowCount: 3,
    });
  });

  it('names the sheet a missing case should be in', () => {
    const result = validateWorkbook(
      workbookOf({
        rectification: sheetOf('rectification', [{}]),
        activity: sheetOf('activity', [{ 关联案件编号: '七纪案〔2026〕9号' }]),
      }),
      context,
    );
    expect(result.issues.map((i) => [i.code, i.value, i.params])).toEqual([
      ['foreign-key', '七纪案〔2026〕9号', { sheet: '一案一整改台账' }],
    ]);
  });

  it('a missing standard sheet means no rows of that kind', () => {
    const result = validateWorkbook(workbookOf({ inspection: sheetOf('inspection', [{}]) }), context);
    expect(result.issues).toEqual([]);
    expect(Object.keys(result.ledgers)).toEqual(['inspection']);
  });

  it('reports rows and columns where the values sit on the sheet', () => {
    const sheet = sheetOf('inspection', [{ 发现问题数: 'x' }], { address: "'监督检查台账'!C5:J7" });
    const result = validateWorkbook(workbookOf({ inspection: sheet }), context);
    expect(result.issues.map((i) => `${i.column}${i.row}`)).toEqual(['H7']);
  });

  it('treats 活动日期 outside the chosen year as errors and inside as fine', () => {
    const input = workbookOf({ activity: sheetOf('activity', [{ 活动日期: '2025-06-01' }]) });
    expect(validateWorkbook(input, { year: 2025, today: '2026-11-24' }).issues).toEqual([]);
    expect(validateWorkbook(input, context).issues.map((i) => i.rule)).toEqual(['withinYear']);
  });

  it('warns about an activity citing a case when the workbook has no case sheet', () => {
    const result = validateWorkbook(workbookOf({ activity: sheetOf('activity', [{ 关联案件编号: 'A-1' }]) }), context);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['foreign-key', 'warning']]);
  });
});

describe('typed rows', () => {
  it('normalises what clerks type', () => {
    const sheet = sheetOf('activity', [
      {
        活动日期: '2026年3月5号',
        参加人次: '１,２００人',
        覆盖层级: '村级；区级\n乡级、区级',
        活动类别: ' 红 廉 教 育 ',
        发放资料份数: null,
      },
    ]);
    const rows = validateWorkbook(workbookOf({ activity: sheet }), context).ledgers.activity?.rows;
    expect(rows?.[0]?.data).toMatchObject({
      date: '2026-03-05',
      participants: 1200,
      levels: ['区级', '乡级', '村级'],
      category: '红廉教育',
      materials: 0,
      venue: '王若飞故居',
    });
  });

  it('keeps the base row of every ledger valid as a whole', () => {
    for (const key of ['rectification', 'activity', 'inspection'] as const) {
      expect(Object.keys(validRow[key])).toEqual(ledgerByKey(key).columns.map((c) => c.header));
    }
  });
});
