import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { TEMPLATE_VERSION } from '../ledgers/registry.ts';
import { validateWorkbook } from './validate-workbook.ts';

describe('template version', () => {
  const broken = { inspection: sheetOf('inspection', [{ 发现问题数: 'x' }, { 检查日期: 'y' }]) };

  it('accepts the current stamp and unstamped workbooks', () => {
    expect(validateWorkbook(workbookOf(broken, TEMPLATE_VERSION), context).issues).toHaveLength(2);
    expect(validateWorkbook(workbookOf(broken), context).issues).toHaveLength(2);
  });

  it.each([
    ['2025.1', 'outdated', '已过期'],
    ['2099.1', 'newer', '更新加载项'],
    ['v1', 'unknown', '无法识别'],
  ])('gives one clear message for %s instead of column errors', (version, rule, words) => {
    const result = validateWorkbook(workbookOf(broken, version), context);
    expect(result.issues.map((i) => [i.code, i.rule, i.sheet])).toEqual([['template-version', rule, null]]);
    expect(result.issues[0]?.message).toContain(words);
  });
});
