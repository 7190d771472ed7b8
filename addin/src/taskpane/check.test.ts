import { describe, expect, it } from 'vitest';
import { warningKey } from '#shared/api/warning-key.ts';
import { type Issue, summariseIssues } from '#shared/index.ts';
import { type Checked, groupBySheet, submissionBody } from './check.ts';

const issue = (severity: Issue['severity'], sheet: string | null, row: number | null): Issue => ({
  severity,
  code: 'suspicious-value',
  rule: 'zero',
  ledger: null,
  sheet,
  row,
  column: row === null ? null : 'G',
  header: null,
  value: 0,
  params: {},
  message: 'm',
});

const checked = (issues: Issue[]): Checked => ({
  ...summariseIssues(issues),
  year: 2026,
  highlighted: [],
  unpainted: [],
  sheets: {
    year: 2026,
    allSheets: ['S'],
    input: { sheets: { S: { address: 'A1', values: [['x']] } }, templateVersion: '2026.1' },
  },
});

describe('submissionBody', () => {
  it('carries the sheets as read and a trimmed note for each explained warning only', () => {
    const a = issue('warning', 'S', 4);
    const b = issue('warning', 'S', 5);
    const body = submissionBody(
      checked([a, b]),
      new Map([
        [warningKey(a), '  线上学习  '],
        [warningKey(b), '   '],
      ]),
    );
    expect(body).toEqual({
      year: 2026,
      templateVersion: '2026.1',
      sheets: { S: { address: 'A1', values: [['x']] } },
      explanations: [{ sheet: 'S', row: 4, column: 'G', code: 'suspicious-value', note: '线上学习' }],
    });
  });
});

describe('groupBySheet', () => {
  it('groups in first-seen order with counts, workbook-level issues under null', () => {
    const groups = groupBySheet(
      summariseIssues([
        issue('error', 'B', 3),
        issue('warning', null, null),
        issue('warning', 'B', 4),
        issue('error', 'A', 2),
      ]),
    );
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ['B', 1, 1],
      [null, 0, 1],
      ['A', 1, 0],
    ]);
  });

  it('counts what a bounded list leaves out', () => {
    const many = Array.from({ length: 50 }, (_, i) => issue('error', 'B', 3 + i));
    const groups = groupBySheet(summariseIssues([...many, issue('warning', 'A', 2)], 10));
    expect(groups.map((g) => [g.sheet, g.issues.length, g.errors, g.warnings])).toEqual([
      ['B', 9, 50, 0],
      ['A', 1, 0, 1],
    ]);
  });
});
