import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { validateWorkbook } from './validate-workbook.ts';
import type { Issue, IssuePlace } from './issue.ts';
import { type IssueKey, kindOf } from './issue-kinds.ts';
import { ISSUE_LIST_LIMIT, omittedAfter, summariseIssues } from './issue-summary.ts';

const issue = (over: Partial<IssuePlace>, key: IssueKey = 'required'): Issue => ({
  severity: 'error',
  ...kindOf(key),
  ledger: 'activity',
  sheet: '活动台账',
  row: 4,
  column: 'B',
  header: '活动日期',
  value: null,
  params: {},
  message: 'm',
  ...over,
});

describe('summariseIssues', () => {
  it('lists at most the limit in the engine order and counts every kind per sheet', () => {
    const issues = [
      ...Array.from({ length: 30 }, (_, i) => issue({ row: 4 + i })),
      ...Array.from({ length: 30 }, (_, i) =>
        issue({ row: 4 + i, severity: 'warning', column: 'G' }, 'suspicious-value.zero'),
      ),
      issue({ sheet: '监督检查台账', ledger: 'inspection', row: 5 }),
    ];
    const summary = summariseIssues(issues, 10);
    expect(summary.issues).toHaveLength(10);
    expect(summary.errorCount).toBe(31);
    expect(summary.warningCount).toBe(30);
    expect(summary.counts).toEqual([
      { sheet: '活动台账', severity: 'error', code: 'required', rule: null, count: 30, listed: 8 },
      { sheet: '活动台账', severity: 'warning', code: 'suspicious-value', rule: 'zero', count: 30, listed: 1 },
      { sheet: '监督检查台账', severity: 'error', code: 'required', rule: null, count: 1, listed: 1 },
    ]);
    // Every kind keeps an example, still in the engine's order.
    expect(summary.issues.map((i) => [i.sheet, i.code, i.row])).toEqual([
      ...Array.from({ length: 8 }, (_, i) => ['活动台账', 'required', 4 + i]),
      ['活动台账', 'suspicious-value', 4],
      ['监督检查台账', 'required', 5],
    ]);
    expect([...omittedAfter(summary)].map(([i, n]) => [summary.issues.indexOf(i), n])).toEqual([
      [7, 22],
      [8, 29],
    ]);
  });

  it('always lists issues without a row, which confirmations need', () => {
    const fewer = issue({ severity: 'warning', row: null, column: null, params: { version: 3 } }, 'fewer-rows.fewer');
    const issues = [...Array.from({ length: 20 }, (_, i) => issue({ row: 4 + i })), fewer];
    const summary = summariseIssues(issues, 5);
    expect(summary.issues).toHaveLength(5);
    expect(summary.issues.at(-1)).toBe(fewer);
  });

  it('lists everything when nothing is over the limit, with nothing to say after', () => {
    const issues = [issue({ row: 4 }), issue({ row: 5 })];
    const summary = summariseIssues(issues);
    expect(summary.issues).toEqual(issues);
    expect(omittedAfter(summary).size).toBe(0);
  });

  it('keeps a 100,000-issue workbook to the limit', () => {
    const rows = Array.from({ length: 50_000 }, () => ({ 活动日期: null, 参加人次: null }));
    const result = validateWorkbook(workbookOf({ activity: sheetOf('activity', rows) }), context);
    const summary = summariseIssues(result.issues);
    expect(summary.errorCount).toBe(100_000);
    expect(summary.issues).toHaveLength(ISSUE_LIST_LIMIT);
    expect(summary.counts).toEqual([
      {
        sheet: '廉政教育活动台账',
        severity: 'error',
        code: 'required',
        rule: null,
        count: 100_000,
        listed: ISSUE_LIST_LIMIT,
      },
    ]);
    expect(JSON.stringify(summary).length).toBeLessThan(1_000_000);
  });
});
