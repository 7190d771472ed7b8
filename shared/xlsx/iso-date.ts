/**
 * Strict-OOXML `t="d"` cells hold ISO 8601 text (ECMA-376 Part 1 §18.17.4: a date, a
 * time or both); Office.js shows them as 1900-system serials, as for any other date.
 */

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;
/** 1970-01-01 as an Excel serial, counting Excel's fictitious 1900-02-29. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serials below this (before 1900-03-01) are one lower: they precede that 29 February. */
const FIRST_REAL_LEAP_SERIAL = 61;

const DATE = '(\\d{4})-(\\d{2})-(\\d{2})';
const TIME = '(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?';
/** A zone designator is accepted and ignored: a serial has no zone, and the date written stays the date shown. */
const ZONE = '(?:Z|[+-]\\d{2}(?::?\\d{2})?)?';
const DATE_TIME = new RegExp(`^(?:${DATE}(?:[T ]${TIME})?|T?${TIME})${ZONE}$`);
/** xsd:duration without years or months, whose length in days is fixed: Excel's [h]:mm:ss. */
const DURATION =
  /^(-)?P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * The serial Excel shows: a date-time keeps its date, a time alone is the fraction of a
 * day, a duration its length in days. Anything else (a calendar date that does not exist,
 * one before 1900, a duration in years or months) stays the text as written, so the
 * engine reports that one cell instead of the whole file being unreadable.
 */
export function isoDateToSerial(text: string): number | string {
  const t = text.trim();
  const parts = DATE_TIME.exec(t);
  const serial = parts !== null ? dateTimeSerial(parts) : durationDays(t);
  return serial === null ? t : serial;
}

/** Groups 1-3 the date; 4-7 a time after it, or 8-11 a time alone. */
function dateTimeSerial(parts: RegExpExecArray): number | null {
  const [, y, mo, d, ...time] = parts;
  const seconds = secondsOfDay(time[0] ?? time[4], time[1] ?? time[5], time[2] ?? time[6], time[3] ?? time[7]);
  if (seconds === null) return null;
  if (y === undefined) return seconds / SECONDS_PER_DAY;
  const day = daySerial(Number(y), Number(mo), Number(d));
  return day === null ? null : day + seconds / SECONDS_PER_DAY;
}

/** Seconds since midnight; 24:00:00 is the end of the day (ISO 8601 §4.2.3). */
function secondsOfDay(h?: string, m?: string, s?: string, fraction?: string): number | null {
  if (h === undefined) return 0;
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = Number(s ?? 0) + (fraction === undefined ? 0 : Number(`0.${fraction}`));
  if (minutes > 59 || seconds >= 60 || hours > 24 || (hours === 24 && minutes + seconds > 0)) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

function daySerial(year: number, month: number, day: number): number | null {
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  const excel = serial < FIRST_REAL_LEAP_SERIAL ? serial - 1 : serial;
  // Serial 0 is Excel's 1900-01-00, where a time of day alone sits; earlier dates are text in Excel.
  return excel < 0 ? null : excel;
}

function durationDays(t: string): number | null {
  const match = DURATION.exec(t);
  if (match === null || t.endsWith('T') || t.length < 3) return null;
  const [, minus, weeks, days, hours, minutes, seconds] = match.map((part) => part?.replace(',', '.'));
  const total =
    Number(weeks ?? 0) * 7 +
    Number(days ?? 0) +
    (Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) / SECONDS_PER_DAY;
  return minus === undefined ? total : -total;
}
