import { describe, expect, it } from 'vitest';
import type { IssueDraft } from './issue.ts';
import { compareIssues } from './order.ts';

const draft = (ledger: IssueDraft['ledger'], row: number | null, column: string | null): IssueDraft => ({
  severity: 'error',
  code: 'required',
  rule: null,
  ledger,
  sheet: null,
  row,
  column,
  header: null,
  value: null,
  params: {},
});
const place = (d: IssueDraft): string => `${d.ledger ?? 'workbook'}:${d.column ?? '-'}${d.row ?? '-'}`;

describe('issue order', () => {
  it('puts workbook issues first, then ledgers in registry order, rows, then columns', () => {
    const shuffled = [
      draft('inspection', 3, 'A'),
      draft('activity', 4, 'B'),
      draft('activity', 3, 'AA'),
      draft(null, null, null),
      draft('rectification', 9, 'C'),
      draft('activity', 3, 'C'),
      draft('activity', 3, null),
      draft('activity', null, null),
    ];
    expect([...shuffled].sort(compareIssues).map(place)).toEqual([
      'workbook:--',
      'rectification:C9',
      'activity:--',
      'activity:-3',
      'activity:C3',
      'activity:AA3',
      'activity:B4',
      'inspection:A3',
    ]);
  });

  it('puts an issue about a whole row before the first column of that row', () => {
    expect([draft('activity', 3, 'A'), draft('activity', 3, null)].sort(compareIssues).map(place)).toEqual([
      'activity:-3',
      'activity:A3',
    ]);
  });

  it('orders by row before column: B3 before A4', () => {
    expect([draft('activity', 4, 'A'), draft('activity', 3, 'B')].sort(compareIssues).map(place)).toEqual([
      'activity:B3',
      'activity:A4',
    ]);
  });

  it('says two issues of one cell are equal, so the sort keeps them as found', () => {
    expect(compareIssues(draft('activity', 3, 'B'), draft('activity', 3, 'B'))).toBe(0);
  });
});
