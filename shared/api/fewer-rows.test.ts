import { describe, expect, it } from 'vitest';
import { summariseIssues } from '../validate/issue-summary.ts';
import type { Issue } from '../validate/issue.ts';
import { fewerRowsThan, withFewerRowsFrom } from './fewer-rows.ts';

const zero = (row: number): Issue => ({
  severity: 'warning',
  code: 'suspicious-value',
  rule: 'zero',
  ledger: 'activity',
  sheet: '廉政教育活动台账',
  row,
  column: 'G',
  header: '参加人次',
  value: 0,
  params: {},
  message: 'm',
});
const fewer = (rule: 'no-rows' | 'emptied' | 'fewer', version: number): Issue => ({
  severity: 'warning',
  code: 'fewer-rows',
  rule,
  ledger: 'activity',
  sheet: '廉政教育活动台账',
  row: null,
  column: null,
  header: null,
  value: null,
  params: { version },
  message: 'f',
});

describe('withFewerRowsFrom', () => {
  it('swaps the page’s fewer-rows warnings for the Worker’s in a cut summary, counts and all', () => {
    const checked = summariseIssues([fewer('fewer', 2), ...Array.from({ length: 40 }, (_, i) => zero(3 + i))], 10);
    const swapped = withFewerRowsFrom([zero(3), fewer('emptied', 3)], checked);
    expect(fewerRowsThan(swapped.issues)).toBe(3);
    expect(swapped.warningCount).toBe(41);
    expect(swapped.issues.filter((i) => i.code === 'fewer-rows').map((i) => i.rule)).toEqual(['emptied']);
    expect(swapped.counts.map((c) => [c.code, c.rule, c.count, c.listed])).toEqual([
      ['suspicious-value', 'zero', 40, 9],
      ['fewer-rows', 'emptied', 1, 1],
    ]);
  });
});
