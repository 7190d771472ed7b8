import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { TEMPLATE_VERSION } from '../ledgers/registry.ts';
import { checkTemplateVersion } from './template-version.ts';
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

describe('checkTemplateVersion', () => {
  const issue = (found: string, rule: string, params: { found: string; current: string }) => ({
    severity: 'error', code: 'template-version', rule, ledger: null, sheet: null, row: null, column: null, header: null, value: found, params,
  });

  it('accepts no stamp, a blank one and the current one with blanks around it', () => {
    for (const found of [null, '', '   ', '2026.1', ' 2026.1 ']) expect(checkTemplateVersion(found, '2026.1'), String(found)).toBeNull();
  });

  it('ranks versions by year, then by number: 2025.9 is older than 2026.1, 2026.10 newer than 2026.2', () => {
    expect(checkTemplateVersion('2025.9', '2026.1')).toEqual(issue('2025.9', 'outdated', { found: '2025.9', current: '2026.1' }));
    expect(checkTemplateVersion('2026.0', '2026.1')?.rule).toBe('outdated');
    expect(checkTemplateVersion('2026.2', '2026.1')?.rule).toBe('newer');
    expect(checkTemplateVersion('2026.10', '2026.2')?.rule).toBe('newer');
    expect(checkTemplateVersion('2027.0', '2026.1')?.rule).toBe('newer');
  });

  it('reads a stamp with blanks around it, and shows it trimmed', () => {
    expect(checkTemplateVersion(' 2025.1 ', '2026.1')).toEqual(issue(' 2025.1 ', 'outdated', { found: '2025.1', current: '2026.1' }));
  });

  it('calls anything else unknown', () => {
    for (const found of ['v1', 'v2026.0', '2026', '2026.1.1', '26.1', '2026.x']) {
      expect(checkTemplateVersion(found, '2026.1'), found).toEqual(issue(found, 'unknown', { found, current: '2026.1' }));
    }
  });
});
