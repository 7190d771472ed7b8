import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { TEMPLATE_VERSION } from '../ledgers/template-releases.ts';
import { type TemplateRelease, templateReleases } from '../ledgers/template-releases.ts';
import { locales } from '../messages/index.ts';
import { checkTemplateVersion } from './template-version.ts';
import { validateWorkbook } from './validate-workbook.ts';

describe('template version', () => {
  const broken = { inspection: sheetOf('inspection', [{ 发现问题数: 'x' }, { 检查日期: 'y' }]) };

  it('accepts the current stamp and unstamped workbooks', () => {
    expect(validateWorkbook(workbookOf(broken, TEMPLATE_VERSION), context).issues).toHaveLength(2);
    expect(validateWorkbook(workbookOf(broken), context).issues).toHaveLength(2);
  });

  it('reads a 2026.1 workbook whole, with one warning naming what 2026.2 and 2026.3 added', () => {
    const result = validateWorkbook(workbookOf(broken, '2026.1'), context);
    expect(result.errorCount).toBe(2);
    expect(result.issues.filter((i) => i.code === 'template-version')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'upgradable',
        sheet: null,
        value: '2026.1',
        params: {
          found: '2026.1',
          current: '2026.3',
          columns: '上级媒体采用条数',
          values: '活动类别：通报曝光',
          sheets: '典型案例库',
        },
        message:
          '工作簿模板版本为 2026.1（当前为 2026.3），仍可报送，缺少的“上级媒体采用条数”列按空白计。请在加载项中点击“插入标准台账”升级（已填数据会保留），以便填写新增内容（含“典型案例库”表、活动类别：通报曝光）',
      }),
    ]);
  });

  it('reads a 2026.2 workbook, which has no 典型案例库, with the warning that names it', () => {
    const result = validateWorkbook(workbookOf(broken, '2026.2'), context);
    expect(result.errorCount).toBe(2);
    const [warning] = result.issues.filter((i) => i.code === 'template-version');
    expect(warning?.params).toEqual({
      found: '2026.2',
      current: '2026.3',
      columns: '',
      values: '',
      sheets: '典型案例库',
    });
    expect(warning?.message).toBe(
      '工作簿模板版本为 2026.2（当前为 2026.3），仍可报送，已按原样读取。请在加载项中点击“插入标准台账”升级（已填数据会保留），以便填写新增内容（含“典型案例库”表）',
    );
    expect(
      validateWorkbook(workbookOf(broken, '2026.2'), { ...context, wording: locales.en }).issues[0]?.message,
    ).toContain('including the sheet(s) "典型案例库"');
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
  const only = (version: string): TemplateRelease[] => [{ version, added: [] }];
  const issue = (found: string, rule: string, params: { found: string; current: string }) => ({
    severity: 'error',
    code: 'template-version',
    rule,
    ledger: null,
    sheet: null,
    row: null,
    column: null,
    header: null,
    value: found,
    params,
  });

  it('accepts no stamp, a blank one and the current one with blanks around it', () => {
    for (const found of [null, '', '   ', '2026.1', ' 2026.1 '])
      expect(checkTemplateVersion(found, only('2026.1')), String(found)).toBeNull();
  });

  it('ranks versions by year, then by number: 2025.9 is older than 2026.1, 2026.10 newer than 2026.2', () => {
    expect(checkTemplateVersion('2025.9', only('2026.1'))).toEqual(
      issue('2025.9', 'outdated', { found: '2025.9', current: '2026.1' }),
    );
    expect(checkTemplateVersion('2026.0', only('2026.1'))?.rule).toBe('outdated');
    expect(checkTemplateVersion('2026.2', only('2026.1'))?.rule).toBe('newer');
    expect(checkTemplateVersion('2026.10', only('2026.2'))?.rule).toBe('newer');
    expect(checkTemplateVersion('2027.0', only('2026.1'))?.rule).toBe('newer');
  });

  it('reads a stamp with blanks around it, and shows it trimmed', () => {
    expect(checkTemplateVersion(' 2025.1 ', only('2026.1'))).toEqual(
      issue(' 2025.1 ', 'outdated', { found: '2025.1', current: '2026.1' }),
    );
  });

  it('accepts every listed release: the earlier ones with a warning of what the later ones added', () => {
    const releases: TemplateRelease[] = [
      { version: '2026.1', added: [] },
      { version: '2026.2', added: [{ ledger: 'activity', column: 'adoptedReports' }] },
      {
        version: '2026.3',
        added: [
          { ledger: 'activity', column: 'category', value: '通报曝光' },
          { ledger: 'inspection', column: 'remarks' },
        ],
      },
    ];
    expect(checkTemplateVersion('2026.3', releases)).toBeNull();
    expect(checkTemplateVersion(' 2026.1 ', releases)).toEqual({
      ...issue(' 2026.1 ', 'upgradable', { found: '2026.1', current: '2026.3' }),
      severity: 'warning',
      params: {
        found: '2026.1',
        current: '2026.3',
        sheets: '',
        columns: '上级媒体采用条数、备注',
        values: '活动类别：通报曝光',
      },
    });
    expect(checkTemplateVersion('2026.2', releases)?.params).toEqual({
      found: '2026.2',
      current: '2026.3',
      sheets: '',
      columns: '备注',
      values: '活动类别：通报曝光',
    });
    expect(checkTemplateVersion('2025.9', releases)?.rule).toBe('outdated');
  });

  it('has the template stamp the newest release', () => {
    expect(TEMPLATE_VERSION).toBe(templateReleases[templateReleases.length - 1]?.version);
  });

  it('calls anything else unknown', () => {
    for (const found of ['v1', 'v2026.0', '2026', '2026.1.1', '26.1', '2026.x']) {
      expect(checkTemplateVersion(found, only('2026.1')), found).toEqual(
        issue(found, 'unknown', { found, current: '2026.1' }),
      );
    }
  });
});
