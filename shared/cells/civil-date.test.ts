import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth, isoFromDays, isoFromParts, todayInChina } from './civil-date.ts';

const DAY_MS = 86_400_000;

/** The oracle is the platform's own calendar (Date.UTC), never this module. */
const utcDays = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

// Date.UTC maps years 0–99 to 1900–1999, so the properties start at 1000 (four-digit years).
const day = fc.integer({ min: utcDays(1000, 1, 1), max: utcDays(9999, 12, 31) });

describe('civil dates', () => {
  it('counts days from 1970-01-01 as the Gregorian calendar does', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 2, 29)).toBe(11_016);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(2026, 12, 1)).toBe(20_788);
    fc.assert(
      fc.property(day, (n) => {
        const date = new Date(n * DAY_MS);
        return daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) === n;
      }),
    );
  });

  it('turns a day number back into its ISO date', () => {
    expect(isoFromDays(0)).toBe('1970-01-01');
    expect(isoFromDays(-1)).toBe('1969-12-31');
    expect(isoFromDays(11_016)).toBe('2000-02-29');
    expect(isoFromDays(utcDays(9999, 12, 31))).toBe('9999-12-31');
    fc.assert(fc.property(day, (n) => isoFromDays(n) === new Date(n * DAY_MS).toISOString().slice(0, 10)));
  });

  it('writes month and day with two digits, from 9 to 10 included', () => {
    expect(isoFromParts(2026, 9, 9)).toBe('2026-09-09');
    expect(isoFromParts(2026, 10, 10)).toBe('2026-10-10');
    expect(isoFromParts(2026, 1, 31)).toBe('2026-01-31');
  });

  it('knows how many days each month has: month lengths, the leap-year rule, and no 0th or 13th month', () => {
    const cases: [number, number, number][] = [
      [2026, 2, 28],
      [2024, 2, 29],
      [2000, 2, 29],
      [1900, 2, 28],
      [2100, 2, 28],
      [1600, 2, 29],
      [2026, 4, 30],
      [2026, 1, 31],
      [2026, 12, 31],
      [2026, 0, 0],
      [2026, 13, 0],
      [2026, -1, 0],
    ];
    for (const [y, m, days] of cases) expect(daysInMonth(y, m), `${y}-${m}`).toBe(days);
    // The platform's calendar: day 0 of the next month is the last day of this one.
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: -1, max: 14 }),
        (y, m) => daysInMonth(y, m) === (m >= 1 && m <= 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 0),
      ),
    );
  });

  it("turns over to China's next day at 16:00 UTC exactly", () => {
    expect(todayInChina(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(todayInChina(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(todayInChina(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(todayInChina(new Date('2026-12-01T00:00:00.000Z'))).toBe('2026-12-01');
  });
});
