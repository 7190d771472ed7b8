import type { CellValue } from './cell-value.ts';
import { daysFromCivil, daysInMonth, isoFromDays, isoFromParts } from './civil-date.ts';
import { CellFailure } from './failure.ts';
import { nfkc } from './fold.ts';

/** Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 the fictitious 1900-02-29. */
const SERIAL_EPOCH = daysFromCivil(1899, 12, 30);
const FAKE_LEAP_DAY = 60;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** The text forms clerks type (日 or the spoken 号); an optional time part (from CSV or LibreOffice) is ignored. */
const DATE_TEXT =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?|(\d{2})(\d{2}))(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const ISO_FAST = /^\d{4}-\d{2}-\d{2}$/;

const notADate = new CellFailure('type-error.date');

// A year's ledger holds a few hundred distinct dates in 100k cells: convert each once.
const serialCache = new Map<number, string>();
const SERIAL_CACHE_LIMIT = 20_000;

export function excelSerialToIso(serial: number): string | null {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= MAX_SERIAL) || whole === FAKE_LEAP_DAY) return null;
  let iso = serialCache.get(whole);
  if (iso === undefined) {
    // Serials before the fictitious leap day are one day ahead of the real calendar.
    iso = isoFromDays(SERIAL_EPOCH + whole + (whole < FAKE_LEAP_DAY ? 1 : 0));
    // Stryker disable next-line all: the cache only saves work; every serial converts the same with or without it.
    if (serialCache.size < SERIAL_CACHE_LIMIT) serialCache.set(whole, iso);
  }
  return iso;
}

export function isoToExcelSerial(iso: string): number {
  const days = daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  const serial = days - SERIAL_EPOCH;
  // Up to 1900-02-28 (which the real calendar counts as day 60) Excel is one day ahead.
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}

const DAY_MS = 86_400_000;

/**
 * The instant `now` as an Excel date-time serial on China's clock (UTC+8, no DST): a sheet
 * shows the time of day the clerk saw, with no time zone of its own.
 */
export function chinaDateTimeSerial(now: Date): number {
  const ms = now.getTime() - Date.UTC(1899, 11, 30) + 8 * 3_600_000;
  return Math.floor(ms / DAY_MS) + (ms % DAY_MS) / DAY_MS;
}

/**
 * A date written right whose day does not exist is another mistake than text that is no date:
 * the clerk is told how many days the month has (or that there is no such month).
 */
function fromParts(year: number, month: number, day: number): string | CellFailure {
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return isoFromParts(year, month, day);
  return new CellFailure('type-error.nonexistentDate', { year, month, day, days });
}

function fromText(text: string): string | CellFailure {
  if (ISO_FAST.test(text)) {
    return fromParts(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  }
  const m = DATE_TEXT.exec(nfkc(text).trim());
  if (!m) return notADate;
  const month = m[3] ?? m[5] ?? m[7];
  const day = m[4] ?? m[6] ?? m[8];
  return fromParts(Number(m[1]), Number(month), Number(day));
}

/**
 * Serial, or a number typed as 20260305 into a General cell: one with a month 1–12 and a day
 * 1–31, so that 20260230 is a day February lacks while 30000000 is no date at all.
 */
function fromNumber(value: number): string | CellFailure {
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (
    Number.isInteger(value) &&
    value >= 1000_01_01 &&
    value <= 9999_12_31 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31
  ) {
    return fromParts(Math.floor(value / 10000), month, day);
  }
  return excelSerialToIso(value) ?? notADate;
}

/** A non-blank cell as an ISO `YYYY-MM-DD` date. */
export function normaliseDate(value: Exclude<CellValue, null>): string | CellFailure {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') return fromText(value);
  return notADate;
}
