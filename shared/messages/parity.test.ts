import { describe, expect, it } from 'vitest';
import { type IssueKey, issueKeys, issueKinds } from '../validate/issue-kinds.ts';
import { locales } from './index.ts';
import { places } from './places.ts';
import type { Locale, MessageInput } from './types.ts';

const sample = {
  header: '参加人次',
  value: '12.5',
  p: {
    min: 0,
    max: 5000,
    item: 'x',
    allowed: 'a、b',
    other: 'o',
    otherValue: 1,
    when: 'w',
    equals: 'e',
    whenValue: 2,
    firstRow: 3,
    sheet: 's',
    year: 2026,
    today: '2026-11-24',
    found: '2025.1',
    current: '2026.1',
    expected: 'x',
    searched: 10,
    example: 'x',
    bytes: 30_000_000,
    limit: 20_971_520,
    version: 3,
    before: 20,
    after: 12,
    lost: 8,
    month: 2,
    day: 30,
    days: 28,
    count: 1200,
    ref: 'A0',
    sheets: '典型案例库',
    columns: '上级媒体采用条数',
    values: '活动类别：通报曝光',
  },
};

/** Words `key` with every param there is (the sample has them all). */
const word = (table: Locale, key: IssueKey): string =>
  (table.issues[key] as (m: MessageInput<IssueKey>) => string)(sample);

describe('message tables', () => {
  // That every locale words every kind, and uses only the params its kind declares, the compiler
  // checks (Locale['issues'] is keyed by IssueKey); these tests check what types cannot.
  it('every locale words every kind, and nothing else', () => {
    for (const [name, table] of Object.entries(locales)) {
      expect(Object.keys(table.issues).sort(), name).toEqual([...issueKeys].sort());
    }
  });

  it('the sample has every param a kind declares', () => {
    for (const key of issueKeys) for (const p of issueKinds[key]) expect(sample.p, key).toHaveProperty(p);
  });

  it('every locale places messages too', () => {
    expect(Object.keys(places).sort()).toEqual(Object.keys(locales).sort());
  });

  it('fills in every placeholder', () => {
    for (const [name, table] of Object.entries(locales)) {
      for (const key of issueKeys) {
        const text = word(table, key);
        expect(text, `${name} ${key}`).not.toMatch(/undefined|\$\{/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('speaks Chinese in zh-CN', () => {
    for (const key of issueKeys) expect(word(locales['zh-CN'], key)).toMatch(/[\u4e00-\u9fff]/);
  });
});
