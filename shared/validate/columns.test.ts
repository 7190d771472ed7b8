import { describe, expect, it } from 'vitest';
import { type IssueKey, kindOf } from './issue-kinds.ts';
import { ApproximateCount } from '../cells/approximate.ts';
import { CellFailure } from '../cells/failure.ts';
import type { Column, DateColumn, IntegerColumn, MultiEnumColumn, TextColumn } from '../ledgers/types.ts';
import { compileColumn } from './columns.ts';
import type { Violation } from './issue.ts';

/**
 * Each column's own checks at their limits. Every test compiles its own column: the
 * engine compiles a ledger once and caches it, so a check built for one test would
 * otherwise be the one every later test runs.
 */
const ctx = { year: 2026, today: '2026-11-24' } as const;
const base = { key: 'f', header: '字段', required: true, width: 10 } as const;

const text = (maxLength: number): TextColumn => ({ ...base, type: 'text', maxLength });
const integer = (extra: Partial<IntegerColumn> = {}): IntegerColumn => ({
  ...base,
  type: 'integer',
  min: 0,
  units: [],
  ...extra,
});
const date = (extra: Partial<DateColumn> = {}): DateColumn => ({ ...base, type: 'date', ...extra });
const multi = (required: boolean): MultiEnumColumn => ({
  ...base,
  type: 'multiEnum',
  values: ['区级', '乡级', '村级'],
  required,
});

const violation = (severity: Violation['severity'], key: IssueKey, params: Violation['params'] = {}): Violation => ({
  severity,
  ...kindOf(key),
  params,
});

/** Reads a non-blank cell as the engine does, then checks it: the violation, or null. */
function checkCell(def: Column, cell: string | number): Violation | null {
  const column = compileColumn(def);
  const value = column.read(cell);
  if (value instanceof CellFailure) throw new Error(`${String(cell)} did not read: ${value.violation.rule ?? ''}`);
  return column.check(value instanceof ApproximateCount ? value.count : value, ctx);
}

describe('text columns', () => {
  it('allow exactly maxLength characters and refuse one more', () => {
    expect(checkCell(text(40), 'x'.repeat(40))).toBeNull();
    expect(checkCell(text(40), 'x'.repeat(41))).toEqual(violation('error', 'constraint-error.maxLength', { max: 40 }));
  });

  it('count an astral character once, at the limit and past it', () => {
    // 40 characters are 80 UTF-16 units: still within a limit of 40.
    expect(checkCell(text(40), '𠀀'.repeat(40))).toBeNull();
    expect(checkCell(text(40), '𠀀'.repeat(41))).toEqual(violation('error', 'constraint-error.maxLength', { max: 40 }));
    expect(checkCell(text(3), '𠀀𠀀ab')).toEqual(violation('error', 'constraint-error.maxLength', { max: 3 }));
  });

  it('read cells as trimmed text, blank as null, and check nothing but strings', () => {
    const column = compileColumn(text(2));
    expect(column.read(' ab ')).toBe('ab');
    expect(column.read(12)).toBe('12');
    expect(column.blank).toBeNull();
    expect(column.check(null, ctx)).toBeNull();
  });
});

describe('integer columns', () => {
  it('allow the minimum and refuse one below', () => {
    expect(checkCell(integer({ min: 1 }), 1)).toBeNull();
    expect(checkCell(integer({ min: 1 }), 0)).toEqual(violation('error', 'constraint-error.minimum', { min: 1 }));
    expect(checkCell(integer({ min: 0 }), -1)).toEqual(violation('error', 'constraint-error.minimum', { min: 0 }));
  });

  it('warn about 0 only where the column asks for it', () => {
    expect(checkCell(integer({ warnIfZero: true }), 0)).toEqual(violation('warning', 'suspicious-value.zero'));
    expect(checkCell(integer({ warnIfZero: true }), 1)).toBeNull();
    expect(checkCell(integer(), 0)).toBeNull();
  });

  it('warn above warnAbove, not at it, and never without it', () => {
    const column = integer({ warnAbove: 5000 });
    expect(checkCell(column, 5000)).toBeNull();
    expect(checkCell(column, 5001)).toEqual(violation('warning', 'suspicious-value.tooLarge', { max: 5000 }));
    expect(checkCell(integer(), Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it('check the minimum before the warnings', () => {
    expect(checkCell(integer({ min: 1, warnIfZero: true }), 0)).toEqual(
      violation('error', 'constraint-error.minimum', { min: 1 }),
    );
  });

  it('read units, and give blank cells the column’s blankAs or null', () => {
    expect(compileColumn(integer({ units: ['人'] })).read('12人')).toBe(12);
    expect(compileColumn(integer({ blankAs: 0 })).blank).toBe(0);
    expect(compileColumn(integer({ blankAs: 5 })).blank).toBe(5);
    expect(compileColumn(integer()).blank).toBeNull();
    expect(compileColumn(integer({ min: 1 })).check(null, ctx)).toBeNull();
  });
});

describe('date columns', () => {
  it('allow the first and last day of the year and refuse the days around it', () => {
    const column = date({ withinYear: true });
    expect(checkCell(column, '2026-01-01')).toBeNull();
    expect(checkCell(column, '2026-12-31')).toBeNull();
    expect(checkCell(column, '2025-12-31')).toEqual(violation('error', 'constraint-error.withinYear', { year: 2026 }));
    expect(checkCell(column, '2027-01-01')).toEqual(violation('error', 'constraint-error.withinYear', { year: 2026 }));
  });

  it('allow today itself and refuse tomorrow', () => {
    const column = date({ notAfterToday: true });
    expect(checkCell(column, '2026-11-24')).toBeNull();
    expect(checkCell(column, '2026-11-25')).toEqual(
      violation('error', 'constraint-error.notAfterToday', { today: '2026-11-24' }),
    );
  });

  it('name the year first when a date breaks both rules', () => {
    expect(checkCell(date({ withinYear: true, notAfterToday: true }), '2027-01-05')).toEqual(
      violation('error', 'constraint-error.withinYear', { year: 2026 }),
    );
  });

  it('check neither rule when the column asks for none, nor anything but strings', () => {
    expect(checkCell(date(), '2099-12-31')).toBeNull();
    expect(checkCell(date(), '1999-01-01')).toBeNull();
    const column = compileColumn(date({ withinYear: true, notAfterToday: true }));
    expect(column.check(null, ctx)).toBeNull();
    expect(column.read(46086)).toBe('2026-03-05');
    expect(column.blank).toBeNull();
  });
});

describe('enum columns', () => {
  it('read the canonical value and have no check of their own', () => {
    const column = compileColumn({ ...base, type: 'enum', values: ['专项检查', '随机抽查'] });
    expect(column.read(' 专项 检查 ')).toBe('专项检查');
    expect(column.read('明察暗访')).toEqual(
      new CellFailure('type-error.enum', { item: '明察暗访', allowed: '专项检查、随机抽查' }),
    );
    expect(column.check('专项检查', ctx)).toBeNull();
    expect(column.blank).toBeNull();
  });
});

describe('multi-enum columns', () => {
  it('treat separators alone as blank: an error where required, nothing where optional', () => {
    const required = compileColumn(multi(true));
    const empty = required.read('、；');
    expect(empty).toEqual([]);
    expect(required.check(empty as readonly string[], ctx)).toEqual(violation('error', 'required'));
    expect(required.check(['区级'], ctx)).toBeNull();
    const optional = compileColumn(multi(false));
    expect(optional.check([], ctx)).toBeNull();
    expect(optional.check(null, ctx)).toBeNull();
  });

  it('give frozen lists, one per combination typed, and every row its failure too', () => {
    const column = compileColumn(multi(false));
    const first = column.read('村级、区级');
    expect(first).toEqual(['区级', '村级']);
    expect(Object.isFrozen(first)).toBe(true);
    expect(column.read('村级、区级')).toBe(first);
    expect(Object.isFrozen(column.blank)).toBe(true);
    expect(column.blank).toEqual([]);
    const failure = new CellFailure('type-error.multiEnum', { item: '省级', allowed: '区级、乡级、村级' });
    expect(column.read('省级')).toEqual(failure);
    expect(column.read('省级')).toEqual(failure);
  });
});
