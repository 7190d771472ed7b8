import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromParts, isValidCivil, todayInChina } from './civil-date.ts';
import { excelSerialToIso, isoToExcelSerial, normaliseDate } from './date.ts';
import { CellFailure } from './failure.ts';

const validDate = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => ({
  y: d.getUTCFullYear(),
  m: d.getUTCMonth() + 1,
  d: d.getUTCDate(),
  iso: d.toISOString().slice(0, 10),
}));
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('dates', () => {
  it('reads every text form of the spec', () => {
    for (const text of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', '20260305', '２０２６-０３-０５', ' 2026/03/05 ', '2026-03-05 00:00:00', '2026年3月5']) {
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

  it('rejects impossible dates and non-dates', () => {
    for (const bad of ['2026-02-30', '2026/2/29', '2026-13-01', '2026-00-10', '2026/3', '三月五日', '5/3/2026', '2026-3-5-1', 60, 0, -3, 3e7, true]) {
      const result = normaliseDate(bad);
      expect(result, String(bad)).toBeInstanceOf(CellFailure);
      expect((result as CellFailure).rule).toBe('date');
    }
    expect(normaliseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('round-trips every date through its Excel serial', () => {
    fc.assert(fc.property(validDate, ({ iso }) => excelSerialToIso(isoToExcelSerial(iso)) === iso));
  });

  it('reads every valid date in every text form, full-width digits too', () => {
    const pad = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(validDate, fc.boolean(), ({ y, m, d, iso }, wide) => {
        const forms = [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}${pad(m)}${pad(d)}`];
        return forms.every((f) => normaliseDate(wide ? fullWidth(f) : f) === iso);
      }),
    );
  });

  it('rejects day numbers past the end of the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 35 }), (y, m, d) => {
        const result = normaliseDate(`${y}-${m}-${d}`);
        return isValidCivil(y, m, d) ? result === isoFromParts(y, m, d) : result instanceof CellFailure;
      }),
    );
  });

  it("knows today's date in China", () => {
    expect(todayInChina(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(todayInChina(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
  });
});
