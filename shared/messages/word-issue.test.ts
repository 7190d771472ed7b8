import { describe, expect, it } from 'vitest';
import { wordIssue } from './index.ts';

describe('wordIssue', () => {
  it('echoes at most 100 characters of what a cell holds, in the value and in params taken from cells', () => {
    const long = '廉'.repeat(32_767);
    const issue = wordIssue({
      severity: 'error',
      code: 'type-error',
      rule: 'enum',
      ledger: 'activity',
      sheet: '廉政教育活动台账',
      row: 3,
      column: 'C',
      header: '活动类别',
      value: long,
      params: { item: long, allowed: '学习、宣传、其他' },
    });
    expect(issue.value).toBe(`${'廉'.repeat(100)}…`);
    expect(issue.params).toEqual({ item: `${'廉'.repeat(100)}…`, allowed: '学习、宣传、其他' });
    expect(issue.message.length).toBeLessThan(200);
    expect(JSON.stringify(issue).length).toBeLessThan(1000);
  });

  it('leaves values up to 100 characters as they are', () => {
    const value = 'x'.repeat(100);
    const issue = wordIssue({
      severity: 'error',
      code: 'type-error',
      rule: 'integer',
      ledger: 'activity',
      sheet: 'S',
      row: 3,
      column: 'G',
      header: '参加人次',
      value,
      params: {},
    });
    expect(issue.value).toBe(value);
  });
});
