import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityCategories } from './activity.ts';
import { ledgers } from './registry.ts';
import type { Column } from './types.ts';

/**
 * The commission's handout of the contract lives beside the repository (../shared/ledger-spec.md).
 * Where it is there (developers' machines and CI), the definitions must say what its tables say;
 * a clone without it has nothing to compare, and vitest.config.ts leaves this file out there. The
 * repository's own contract is docs/ledgers.md, generated from these definitions (tests/docs/).
 */
const specPath = fileURLToPath(new URL('../../../shared/ledger-spec.md', import.meta.url));
const spec = readFileSync(specPath, 'utf8');

interface SpecRow {
  header: string;
  type: string;
  rule: string;
}

/** A ledger's section: its heading says "(key `x`)", or "(key `x`; new in template …)" for a later one. */
function specTable(key: string): SpecRow[] {
  const heading = new RegExp(`^[^\n]*\\(key \`${key}\`[;)]`);
  const section = spec.split(/^## /m).find((s) => heading.test(s)) ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const [, , header = '', type = '', rule = ''] = line.split('|').map((c) => c.trim());
      return { header, type, rule };
    });
}

function expectColumnMatches(column: Column, row: SpecRow): void {
  const kind = row.type.split(' ')[0];
  expect({ integer: 'integer', text: 'text', date: 'date', enum: 'enum', 'multi-enum': 'multiEnum' }[kind ?? '']).toBe(
    column.type,
  );
  const limit = /≤ (\d+)/.exec(row.type);
  if (column.type === 'text') expect(Number(limit?.[1])).toBe(column.maxLength);
  const min = /≥ (\d+)/.exec(row.type);
  if (column.type === 'integer') expect(Number(min?.[1])).toBe(column.min);
  if (/optional|blank = 0/.test(row.rule)) expect(column.required).toBe(false);
  if (/^required(;|$)/.test(row.rule)) expect(column.required).toBe(true);
  if (/unique in sheet/.test(row.rule)) expect(column.unique).toBe(true);
  if (/blank = 0/.test(row.rule)) expect(column.type === 'integer' && column.blankAs).toBe(0);
  if (column.type === 'enum' || column.type === 'multiEnum') {
    const listed = row.rule.replace(/^≥ 1 of |^optional; /, '').split(/, /);
    if (listed.length > 1) expect(listed).toEqual([...column.values]);
    // "the 一案一整改台账 list": the same values as that ledger's column of the same header.
    const shared = /^the (\S+) list$/.exec(row.rule)?.[1];
    if (shared !== undefined) {
      const other = ledgers.find((l) => l.sheetName === shared)?.columns.find((c) => c.header === row.header);
      expect(other && 'values' in other ? [...other.values] : null).toEqual([...column.values]);
    }
  }
  if (column.type === 'date') {
    expect(Boolean(column.notAfterToday)).toBe(/not after today/.test(row.rule));
    expect(Boolean(column.withinYear)).toBe(/inside the (workbook's )?year/.test(row.rule));
  }
}

describe('ledger definitions follow ledger-spec.md', () => {
  it.each(ledgers.map((l) => [l.key, l] as const))('%s: headers, order, types and limits', (key, def) => {
    const rows = specTable(key);
    expect(rows.map((r) => r.header)).toEqual(def.columns.map((c) => c.header));
    for (const [i, column] of def.columns.entries()) {
      const row = rows[i];
      expect(row, column.header).toBeDefined();
      if (row) expectColumnMatches(column, row);
    }
  });

  it('activity categories are the spec list', () => {
    const listed = [...spec.matchAll(/^\| (\S+) \| .+ \| .+ \|$/gm)].map((m) => m[1]);
    const start = listed.indexOf('理论学习');
    expect(listed.slice(start, start + activityCategories.length)).toEqual([...activityCategories]);
  });
});
