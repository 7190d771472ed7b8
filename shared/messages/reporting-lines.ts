import type { SubmissionReporting } from '../api/schemas.ts';
import { monthRuns } from './reporting-runs.ts';
import type { ReportingWords } from './types.ts';

/**
 * The receipt's sentences for version `version` of `year`, in `words`' language: the month it
 * counts for (decided by it, or updated), then the earlier months it reports late; one sentence
 * when it changes no month; `reporting` null: the unit does not report monthly.
 */
export function receiptLines(
  words: ReportingWords,
  reporting: SubmissionReporting | null,
  version: number,
  year: number,
): string[] {
  if (!reporting) return [words.notMonthly];
  const { current, makeUp } = reporting;
  const lines = current ? [current.version === version ? words.counted(current) : words.updated(current)] : [];
  const also = lines.length > 0;
  const [only] = makeUp;
  if (only && makeUp.length === 1) lines.push(words.madeUpOne(only, also));
  else if (makeUp.length > 1) lines.push(words.madeUpMany(year, monthRuns(makeUp.map((m) => m.month)), also));
  return lines.length > 0 ? lines : [words.unchanged(year)];
}
