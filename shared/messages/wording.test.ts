import { describe, expect, it } from 'vitest';
import { context, type RowCells, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { isoToExcelSerial } from '../cells/date.ts';
import type { IssueDraft } from '../validate/issue.ts';
import { validateWorkbook } from '../validate/validate-workbook.ts';
import { buildXlsx, worksheet } from '../xlsx/fixtures/synthetic-package.ts';
import { readXlsx } from '../xlsx/read-xlsx.ts';
import { XlsxReadError } from '../xlsx/xlsx-error.ts';
import { type LocaleName, locales, placedMessage, wordIssue } from './index.ts';

/** The one issue a single activity row with `changes` gets, with its place in front. */
function activityLine(changes: RowCells, locale: LocaleName = 'zh-CN'): string {
  const { issues } = validateWorkbook(workbookOf({ activity: sheetOf('activity', [changes]) }), {
    ...context,
    wording: locales[locale],
  });
  expect(issues).toHaveLength(1);
  return placedMessage(issues[0]!, locale);
}

async function unreadable(bytes: Uint8Array, locale: LocaleName = 'zh-CN'): Promise<string> {
  try {
    await readXlsx(bytes);
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    const issue = wordIssue(
      {
        severity: 'error',
        code: 'unreadable-file',
        rule: error.code,
        ledger: null,
        sheet: null,
        row: null,
        column: null,
        header: null,
        value: null,
        params: error.params,
      },
      locale,
    );
    return issue.message;
  }
  throw new Error('read');
}

describe('the messages a clerk can act on, word for word', () => {
  it('tells a date that does not exist from text that is no date, as the contract words them', () => {
    expect(activityLine({ 活动日期: '2026-2-30' })).toBe(
      '廉政教育活动台账!B3：活动日期“2026-2-30”不是有效日期：2026年2月只有28天',
    );
    expect(activityLine({ 活动日期: '2026年4月31号' })).toBe(
      '廉政教育活动台账!B3：活动日期“2026年4月31号”不是有效日期：2026年4月只有30天',
    );
    expect(activityLine({ 活动日期: '2026-13-01' })).toBe(
      '廉政教育活动台账!B3：活动日期“2026-13-01”不是有效日期：没有13月',
    );
    expect(activityLine({ 活动日期: '2026.3.0' })).toBe(
      '廉政教育活动台账!B3：活动日期“2026.3.0”不是有效日期：2026年3月没有0日',
    );
    expect(activityLine({ 活动日期: '三月五日' })).toBe(
      '廉政教育活动台账!B3：活动日期“三月五日”无法识别，请按 2026-03-05 格式填写',
    );
    expect(activityLine({ 活动日期: '2026-2-30' }, 'en')).toBe(
      '廉政教育活动台账!B3: 活动日期 "2026-2-30" is not a valid date: month 2 of 2026 has only 28 days.',
    );
    expect(activityLine({ 活动日期: '2026-13-01' }, 'en')).toBe(
      '廉政教育活动台账!B3: 活动日期 "2026-13-01" is not a valid date: there is no month 13.',
    );
    expect(activityLine({ 活动日期: '三月五日' }, 'en')).toBe(
      '廉政教育活动台账!B3: 活动日期 "三月五日" cannot be read as a date. Use the form 2026-03-05.',
    );
  });

  it('shows a broken rule with what the clerk typed; a date cell as the date Excel shows', () => {
    expect(activityLine({ 活动日期: '2025年12月28日' })).toBe(
      '廉政教育活动台账!B3：活动日期“2025年12月28日”不在 2026 年度内，请填写本年度的日期或更换年度',
    );
    expect(activityLine({ 活动日期: isoToExcelSerial('2025-12-28') })).toBe(
      '廉政教育活动台账!B3：活动日期“2025-12-28”不在 2026 年度内，请填写本年度的日期或更换年度',
    );
    expect(activityLine({ 活动日期: '2026年11月25号' })).toBe(
      '廉政教育活动台账!B3：活动日期“2026年11月25号”晚于今天（2026-11-24），请核实',
    );
    expect(activityLine({ 发放资料份数: '-3份' })).toBe('廉政教育活动台账!I3：发放资料份数“-3份”不能为负数');
  });

  it('reads an estimate and asks for the exact figure', () => {
    expect(activityLine({ 参加人次: '1200余人' })).toBe(
      '廉政教育活动台账!G3：参加人次“1200余人”是约数，已按 1200 计；如知道确切数字，请填写准确数字',
    );
    expect(activityLine({ 参加人次: '约80人' }, 'en')).toBe(
      '廉政教育活动台账!G3: 参加人次 "约80人" is an estimate, read as 80. Enter the exact figure if you know it.',
    );
    const { ledgers } = validateWorkbook(
      workbookOf({ activity: sheetOf('activity', [{ 参加人次: '1200多人' }]) }),
      context,
    );
    expect(ledgers.activity?.rows[0]?.data.participants).toBe(1200);
  });

  it('keeps the place out of the message and puts it in front only on one line', () => {
    const draft: IssueDraft = {
      severity: 'warning',
      code: 'suspicious-value',
      rule: 'zero',
      ledger: 'activity',
      sheet: '廉政教育活动台账',
      row: 4,
      column: 'G',
      header: '参加人次',
      value: 0,
      params: {},
    };
    const cell = wordIssue(draft);
    expect(cell.message).toBe('参加人次为 0，请核实');
    expect(placedMessage(cell)).toBe('廉政教育活动台账!G4：参加人次为 0，请核实');
    expect(placedMessage({ ...cell, column: null, header: null })).toBe(
      '廉政教育活动台账第 4 行：参加人次为 0，请核实',
    );
    expect(placedMessage({ ...cell, row: null, column: null })).toBe('廉政教育活动台账：参加人次为 0，请核实');
    expect(placedMessage({ ...cell, sheet: null, row: null, column: null })).toBe('参加人次为 0，请核实');
    expect(placedMessage(wordIssue(draft, 'en'), 'en')).toBe('廉政教育活动台账!G4: 参加人次 is 0. Please check it.');
  });

  it('names the sheet and the reference of a corrupt file when the reader knows them', async () => {
    const bad = buildXlsx({
      sheets: [{ name: '廉政教育活动台账', xml: worksheet('<row r="1"><c r="A0"><v>1</v></c></row>') }],
    });
    expect(await unreadable(bad)).toBe(
      '工作表“廉政教育活动台账”中的单元格引用“A0”无效，文件可能已损坏，无法读取，请用 Excel 或 WPS 打开后重新保存为 .xlsx 再试',
    );
    expect(await unreadable(bad, 'en')).toBe(
      'Sheet "廉政教育活动台账" has an invalid cell reference "A0"; the file may be damaged and cannot be read. Open it in Excel or WPS, save it again as .xlsx and retry.',
    );
    const truncated = buildXlsx({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c>') }] });
    expect(await unreadable(truncated)).toBe('文件已损坏，无法读取，请用 Excel 或 WPS 打开后重新保存为 .xlsx 再试');
  });
});
