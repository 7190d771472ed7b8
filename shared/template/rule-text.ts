/** The rules of a ledger in words, for the 填报说明 sheet and docs/ledgers.md: generated, so they never drift. */
import { headerOf, ledgerByKey } from '../ledgers/registry.ts';
import type { Column, LedgerDefinition, RowRule } from '../ledgers/types.ts';

const list = (values: readonly string[]): string => values.join('、');

/** What a clerk must type in `column`; `year` null words the rule for any 台账年度. */
export function columnRule(column: Column, year: number | null): string {
  const parts: string[] = [];
  switch (column.type) {
    case 'text':
      parts.push(`文字，不超过 ${column.maxLength} 字`);
      break;
    case 'integer':
      parts.push(`不小于 ${column.min} 的整数，只填数字`);
      if (column.blankAs !== undefined) parts.push(`留空按 ${column.blankAs} 计`);
      if (column.warnIfZero) parts.push('填 0 时会提示核实');
      if (column.warnAbove !== undefined) parts.push(`超过 ${column.warnAbove} 时会提示核实`);
      break;
    case 'date':
      parts.push(`日期，如 ${year ?? 2026}-03-05`);
      if (column.withinYear) parts.push(year === null ? '须在台账年度内' : `须在 ${year} 年内`);
      if (column.notAfterToday) parts.push('不得晚于报送当天');
      break;
    case 'enum':
      parts.push(`从下拉列表选择：${list(column.values)}`);
      break;
    case 'multiEnum':
      parts.push(`可填一个或多个，用“、”分隔：${list(column.values)}`);
      break;
  }
  if (column.unique) parts.push('同一表内不得重复');
  return parts.join('；');
}

function rowRuleText(def: LedgerDefinition, rule: RowRule): string {
  const h = (key: string): string => `“${headerOf(def, key)}”`;
  switch (rule.kind) {
    case 'notBefore':
      return `${h(rule.field)}不得早于${h(rule.other)}`;
    case 'notGreaterThan':
      return `${h(rule.field)}不得大于${h(rule.other)}`;
    case 'requiredIff':
      return `${h(rule.when)}为“${rule.equals}”时必须填写${h(rule.field)}，否则${h(rule.field)}须留空`;
    case 'positiveIff':
      return `${h(rule.when)}大于 0 时${h(rule.field)}须大于 0，${h(rule.when)}为 0 或留空时${h(rule.field)}须为 0 或留空`;
  }
}

/** Rules between the cells of a row, across rows and across sheets. */
export function ledgerRules(def: LedgerDefinition): string[] {
  const rules = def.rowRules.map((rule) => rowRuleText(def, rule));
  if (def.duplicateRow) {
    const fields = def.duplicateRow.fields.map((key) => `“${headerOf(def, key)}”`).join('、');
    rules.push(`${fields}都相同的两行会提示“疑似重复录入”，请核实`);
  }
  for (const fk of def.foreignKeys ?? []) {
    const target = ledgerByKey(fk.ledger);
    rules.push(
      `${`“${headerOf(def, fk.field)}”`}应是本工作簿“${target.sheetName}”中已有的“${headerOf(target, fk.references)}”，找不到时会提示核实`,
    );
  }
  return rules;
}
