import { describe, expect, it } from 'vitest';
import type { RowRule } from '../ledgers/types.ts';
import type { FieldValue } from './columns.ts';
import { checkRowRules, type RowViolation } from './row-rules.ts';

const headers: Record<string, string> = { a: '甲', b: '乙' };
const headerOf = (field: string): string => headers[field] ?? field;
const run = (rule: RowRule, row: Record<string, FieldValue>, failed: readonly string[] = []): RowViolation[] =>
  checkRowRules([rule], row, failed.length === 0 ? null : new Set(failed), headerOf);

const notBefore: RowRule = { kind: 'notBefore', field: 'a', other: 'b' };
const notGreaterThan: RowRule = { kind: 'notGreaterThan', field: 'a', other: 'b' };
const requiredIff: RowRule = { kind: 'requiredIff', field: 'a', when: 'b', equals: '已完成' };
const positiveIff: RowRule = { kind: 'positiveIff', field: 'a', when: 'b' };

describe('rules between the fields of a row', () => {
  it('notBefore: the same day is fine, the day before is not', () => {
    expect(run(notBefore, { a: '2026-03-01', b: '2026-03-01' })).toEqual([]);
    expect(run(notBefore, { a: '2026-03-02', b: '2026-03-01' })).toEqual([]);
    expect(run(notBefore, { a: '2026-02-28', b: '2026-03-01' })).toEqual([
      {
        field: 'a',
        severity: 'error',
        code: 'constraint-error',
        rule: 'notBefore',
        params: { other: '乙', otherValue: '2026-03-01' },
        other: 'b',
      },
    ]);
    expect(run(notBefore, { a: null, b: '2026-03-01' })).toEqual([]);
    expect(run(notBefore, { a: '2026-02-28', b: null })).toEqual([]);
  });

  it('notGreaterThan: equal is fine, one more is not, blanks are not compared', () => {
    expect(run(notGreaterThan, { a: 3, b: 3 })).toEqual([]);
    expect(run(notGreaterThan, { a: 4, b: 3 })).toEqual([
      {
        field: 'a',
        severity: 'error',
        code: 'constraint-error',
        rule: 'notGreaterThan',
        params: { other: '乙', otherValue: 3 },
        other: 'b',
      },
    ]);
    expect(run(notGreaterThan, { a: 4, b: null })).toEqual([]);
    expect(run(notGreaterThan, { a: null, b: 3 })).toEqual([]);
  });

  it('requiredIff: required for the value, blank for any other, and nothing while the condition is blank', () => {
    const params = { when: '乙', equals: '已完成', whenValue: '已完成' };
    expect(run(requiredIff, { a: null, b: '已完成' })).toEqual([
      { field: 'a', severity: 'error', code: 'required', rule: 'requiredIff', params },
    ]);
    expect(run(requiredIff, { a: '2026-06-01', b: '已完成' })).toEqual([]);
    expect(run(requiredIff, { a: '2026-06-01', b: '整改中' })).toEqual([
      {
        field: 'a',
        severity: 'error',
        code: 'constraint-error',
        rule: 'blankUnless',
        params: { ...params, whenValue: '整改中' },
      },
    ]);
    expect(run(requiredIff, { a: null, b: '整改中' })).toEqual([]);
    expect(run(requiredIff, { a: '2026-06-01', b: null })).toEqual([]);
  });

  it('positiveIff: both above 0 or both 0', () => {
    expect(run(positiveIff, { a: 1, b: 1 })).toEqual([]);
    expect(run(positiveIff, { a: 0, b: 0 })).toEqual([]);
    expect(run(positiveIff, { a: 0, b: 2 })).toEqual([
      {
        field: 'a',
        severity: 'error',
        code: 'constraint-error',
        rule: 'positiveIff',
        params: { when: '乙', whenValue: 2 },
      },
    ]);
    expect(run(positiveIff, { a: 30, b: 0 })).toEqual([
      {
        field: 'a',
        severity: 'error',
        code: 'constraint-error',
        rule: 'positiveIff',
        params: { when: '乙', whenValue: 0 },
      },
    ]);
    expect(run(positiveIff, { a: null, b: 2 })).toEqual([]);
    expect(run(positiveIff, { a: 0, b: null })).toEqual([]);
    expect(run(positiveIff, { a: 5, b: null })).toEqual([]);
  });

  it('skip a rule when either of its fields already failed: one wrong cell, one message', () => {
    expect(run(notBefore, { a: '2026-02-28', b: '2026-03-01' }, ['b'])).toEqual([]);
    expect(run(notBefore, { a: '2026-02-28', b: '2026-03-01' }, ['a'])).toEqual([]);
    expect(run(notGreaterThan, { a: 4, b: 3 }, ['b'])).toEqual([]);
    expect(run(requiredIff, { a: null, b: '已完成' }, ['b'])).toEqual([]);
    expect(run(requiredIff, { a: null, b: '已完成' }, ['a'])).toEqual([]);
    expect(run(positiveIff, { a: 0, b: 2 }, ['b'])).toEqual([]);
    // A failure elsewhere in the row does not silence the rule.
    expect(run(notBefore, { a: '2026-02-28', b: '2026-03-01' }, ['c'])).toHaveLength(1);
  });

  it('reports every broken rule of the row, in rule order', () => {
    const found = checkRowRules([positiveIff, notGreaterThan], { a: 5, b: 0 }, null, headerOf);
    expect(found.map((v) => v.rule)).toEqual(['positiveIff', 'notGreaterThan']);
  });
});
