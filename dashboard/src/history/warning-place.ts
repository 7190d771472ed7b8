import type { SubmissionWarnings } from '#shared/api/schemas.ts';

/**
 * Where a stored warning points: `廉政教育活动台账!G5` for a cell; a row-level warning has no
 * column, and `!A5` would name a cell the warning is not about, so it says `第 5 行`.
 */
export function warningPlace(w: Pick<SubmissionWarnings['warnings'][number], 'sheet' | 'row' | 'column'>): string {
  const sheet = w.sheet ?? '—';
  if (w.row === null) return sheet;
  return w.column !== null ? `${sheet}!${w.column}${w.row}` : `${sheet} 第 ${w.row} 行`;
}
