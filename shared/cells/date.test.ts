import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDateTimeSerial, excelSerialToIso, isoToExcelSerial, normaliseDate } from './date.ts';
import { CellFailure } from './failure.ts';

const validDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad = (n: number): string => String(n).padStart(2, '0');

/** The failure a cell that is no date gives, whatever the cause. */
function expectNotADate(value: string | number | boolean): void {
  expect(normaliseDate(value), String(value)).toEqual(new CellFailure('type-error.date'));
}

/** A date written right whose day (or month) does not exist: the failure says how many days the month has. */
function expectNonexistent(value: string | number, year: number, month: number, day: number, days: number): void {
  expect(normaliseDate(value), String(value)).toEqual(
    new CellFailure('type-error.nonexistentDate', { year, month, day, days }),
  );
}

describe('dates', () => {
  it('reads every text form of the spec', () => {
    for (const text of [
      '2026-03-05',
      '2026/3/5',
      '2026.3.5',
      '2026年3月5日',
      '20260305',
      '２０２６-０３-０５',
      ' 2026/03/05 ',
      '2026-03-05 00:00:00',
      '2026年3月5',
      '2026年3月5号',
      '２０２６年３月５号',
      '2026年3月5号 08:30',
    ]) {
      expect(normaliseDate(text), text).toBe('2026-03-05');
    }
  });

  it('reads Excel serials as Office.js gives them, ignoring the time of day', () => {
    expect(normaliseDate(46086)).toBe('2026-03-05');
    expect(normaliseDate(46086.75)).toBe('2026-03-05');
    expect(normaliseDate(1)).toBe('1900-01-01');
    expect(normaliseDate(59)).toBe('1900-02-28');
    expect(normaliseDate(61)).toBe('1900-03-01');
    expect(normaliseDate(20260305)).toBe('2026-03-05');
  });

  it('tells a date that does not exist from text that is no date', () => {
    expectNonexistent('2026-2-30', 2026, 2, 30, 28);
    expectNonexistent('2026/2/29', 2026, 2, 29, 28);
    expectNonexistent('2026年4月31号', 2026, 4, 31, 30);
    expectNonexistent('2026-13-01', 2026, 13, 1, 0);
    expectNonexistent('2026-00-10', 2026, 0, 10, 0);
    expectNonexistent('2026.3.0', 2026, 3, 0, 31);
    expectNonexistent('2025-02-29', 2025, 2, 29, 28);
    for (const bad of ['2026/3', '三月五日', '5/3/2026', '2026-3-5-1', '2026年3月5号号', 60, 0, -3, 3e7, true])
      expectNotADate(bad);
    expect(normaliseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('round-trips every date through its Excel serial', () => {
    fc.assert(fc.property(validDate, ({ iso }) => excelSerialToIso(isoToExcelSerial(iso)) === iso));
  });

  it('reads every valid date in every text form, full-width digits too', () => {
    fc.assert(
      fc.property(validDate, fc.boolean(), ({ y, m, d, iso }, wide) => {
        const forms = [
          iso,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          `${y}年${m}月${d}日`,
          `${y}年${m}月${d}号`,
          `${y}${pad(m)}${pad(d)}`,
        ];
        return forms.every((f) => normaliseDate(wide ? fullWidth(f) : f) === iso);
      }),
    );
  });

  it('rejects day numbers past the end of the month', () => {
    // The oracle is the platform's calendar: Date.UTC rolls a day that does not exist into the next month.
    const exists = (y: number, m: number, d: number): boolean => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 35 }),
        (y, m, d) => {
          const result = normaliseDate(`${y}-${m}-${d}`);
          return exists(y, m, d) ? result === `${y}-${pad(m)}-${pad(d)}` : result instanceof CellFailure;
        },
      ),
    );
  });

  it('reads serials from the first to the last day Excel knows, and nothing outside', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(59.99)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull(); // the fictitious 1900-02-29
    expect(excelSerialToIso(60.5)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(2_958_465)).toBe('9999-12-31');
    expect(excelSerialToIso(2_958_465.9)).toBe('9999-12-31');
    expect(excelSerialToIso(2_958_466)).toBeNull();
    expect(excelSerialToIso(0.5)).toBeNull();
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    // The second read of a serial comes from the cache and must agree with the first.
    expect(excelSerialToIso(46086)).toBe('2026-03-05');
    expect(excelSerialToIso(46086)).toBe('2026-03-05');
  });

  it('writes dates as the serials Excel shows, around the fictitious leap day too', () => {
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
    expect(isoToExcelSerial('1900-02-28')).toBe(59);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
    expect(isoToExcelSerial('2026-03-05')).toBe(46086);
    expect(isoToExcelSerial('9999-12-31')).toBe(2_958_465);
  });

  it('reads numbers typed as YYYYMMDD only between 1000-01-01 and 9999-12-31, and only whole ones', () => {
    expect(normaliseDate(10000101)).toBe('1000-01-01');
    expect(normaliseDate(99991231)).toBe('9999-12-31');
    expect(normaliseDate(20261130)).toBe('2026-11-30');
    expect(normaliseDate(20261201)).toBe('2026-12-01');
    // Just outside the range they are serials, far past 9999-12-31.
    for (const bad of [10000100, 99991232, 100000101, 20260305.5]) expectNotADate(bad);
    expectNonexistent(20260230, 2026, 2, 30, 28);
    expectNotADate(20261301);
    expectNotADate(20260300);
  });

  it('reads an ISO date with some full-width digits as one typed in a single width', () => {
    expect(normaliseDate('2026-０３-05')).toBe('2026-03-05');
    expect(normaliseDate('2026-03-０５')).toBe('2026-03-05');
    expect(normaliseDate('２０２６-03-05')).toBe('2026-03-05');
  });

  it('reads a time after the date, and nothing else after it', () => {
    for (const text of [
      '2026-03-05T08:30',
      '2026/3/5 8:30:15',
      '2026.3.5 08:30:15.250',
      '2026年3月5日 8:30',
      '20260305 08:30',
    ]) {
      expect(normaliseDate(text), text).toBe('2026-03-05');
    }
    for (const bad of [
      '2026-03-05x',
      '2026-03-05 8',
      '2026-03-05 8:3',
      '2026-03-05 08:30:1',
      '2026-03-05 08:30:15.',
      '2026-03-05  08:30',
    ])
      expectNotADate(bad);
  });

  it('needs one separator throughout, a four-digit year and at most two digits for month and day', () => {
    for (const bad of [
      '2026-3/5',
      '2026/3.5',
      '2026年3/5',
      '26-03-05',
      '02026-03-05',
      '2026-003-05',
      '2026-03-005',
      '202635',
      '2026035',
      '2026年3月',
      '年3月5日',
      '2026年3月5日日',
      '2026-03-052026-03-05',
      'x2026-03-05',
    ]) {
      expectNotADate(bad);
    }
    expect(normaliseDate('2026-12-31')).toBe('2026-12-31');
    expect(normaliseDate('2026/12/31')).toBe('2026-12-31');
    expect(normaliseDate('2026年12月31日')).toBe('2026-12-31');
  });

  it('gives the one failure for every kind of non-date', () => {
    for (const bad of [true, false, '', ' ', 0, -1]) expectNotADate(bad);
  });
});

describe('chinaDateTimeSerial', () => {
  const minutes = (serial: number): number => Math.round((serial - Math.floor(serial)) * 24 * 60);

  it('is the date and time of day in China, eight hours ahead of UTC', () => {
    const serial = chinaDateTimeSerial(new Date('2026-12-01T08:39:32.236Z'));
    expect(Math.floor(serial)).toBe(isoToExcelSerial('2026-12-01'));
    expect(minutes(serial)).toBe(16 * 60 + 40);
  });

  it('is already the next day in China from 16:00 UTC, across a year end', () => {
    const serial = chinaDateTimeSerial(new Date('2026-12-31T16:30:00Z'));
    expect(excelSerialToIso(serial)).toBe('2027-01-01');
    expect(minutes(serial)).toBe(30);
  });
});
