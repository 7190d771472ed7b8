import { describe, expect, it } from 'vitest';
import type { Issue, Severity } from '#shared/index.ts';
import { MAX_AREAS_ADDRESS, planHighlights } from './plan.ts';

const issue = (severity: Severity, row: number | null, column: string | null): Issue => ({
  severity,
  code: 'required',
  rule: null,
  ledger: null,
  sheet: 'S',
  row,
  column,
  header: null,
  value: null,
  params: {},
  message: '',
});

describe('planHighlights', () => {
  it('coalesces column runs, lets errors outrank warnings and skips cell-less issues', () => {
    const plan = planHighlights([
      issue('error', 3, 'B'),
      issue('error', 4, 'B'),
      issue('error', 5, 'B'),
      issue('warning', 5, 'B'),
      issue('warning', 7, 'B'),
      issue('error', 9, 'AA'),
      issue('error', 2, null),
    ]);
    expect(plan).toEqual([
      { sheet: 'S', address: 'B3:B5,AA9', severity: 'error' },
      { sheet: 'S', address: 'B7', severity: 'warning' },
    ]);
  });

  it('never builds a multi-area address Excel would reject', () => {
    const plan = planHighlights(Array.from({ length: 1000 }, (_, i) => issue('error', 2 * i + 1, 'C')));
    expect(plan.every((p) => p.address.length <= MAX_AREAS_ADDRESS)).toBe(true);
    expect(plan.flatMap((p) => p.address.split(','))).toHaveLength(1000);
  });
});
