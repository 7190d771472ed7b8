import { describe, expect, it } from 'vitest';
import { issueCodes } from '../validate/issue.ts';
import { locales } from './index.ts';
import { places } from './places.ts';
import { issueMessageKeys } from './types.ts';

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
  },
};

describe('message tables', () => {
  it('every locale words every key, and nothing else', () => {
    for (const [name, table] of Object.entries(locales)) {
      expect(Object.keys(table.issues).sort(), name).toEqual([...issueMessageKeys].sort());
    }
  });

  it('every locale places messages too', () => {
    expect(Object.keys(places).sort()).toEqual(Object.keys(locales).sort());
  });

  it('every code has a wording of its own or through its rules', () => {
    for (const code of issueCodes)
      expect(
        issueMessageKeys.some((k) => k === code || k.startsWith(`${code}.`)),
        code,
      ).toBe(true);
  });

  it('fills in every placeholder', () => {
    for (const [name, table] of Object.entries(locales)) {
      for (const key of issueMessageKeys) {
        const text = table.issues[key](sample);
        expect(text, `${name} ${key}`).not.toMatch(/undefined|\$\{/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('speaks Chinese in zh-CN', () => {
    for (const key of issueMessageKeys) expect(locales['zh-CN'].issues[key](sample)).toMatch(/[\u4e00-\u9fff]/);
  });
});
