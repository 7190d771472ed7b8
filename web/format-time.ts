/**
 * Timestamps as a clerk in China reads them. The API stores UTC ISO strings, so slicing one
 * (`iso.slice(0, 10)`) gives the previous day before 08:00 China time; these go through
 * Asia/Shanghai instead, whatever the browser's own time zone is.
 */
const CHINA = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

function partsOf(iso: string): Record<Part, string> | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const { type, value } of CHINA.formatToParts(date)) if (type in parts) parts[type as Part] = value;
  return parts;
}

/** `2026-11-24`: the date in China. Text that is not a timestamp is shown as it came. */
export function chinaDate(iso: string): string {
  const p = partsOf(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : iso;
}

/** `2026-11-24 07:30:05`: date and 24-hour time in China. */
export function chinaDateTime(iso: string): string {
  const p = partsOf(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}` : iso;
}
