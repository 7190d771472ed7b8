import type { Issue, Severity } from './issue.ts';
import type { IssueCode } from './issue-kinds.ts';

/**
 * The most issues one answer lists. A workbook can break a rule on every one of 150,000 rows;
 * the clerk needs where to start and how many of each kind, not a 100 MB list.
 */
export const ISSUE_LIST_LIMIT = 1000;

/** How many issues of one kind (sheet, severity, code.rule) the engine found, and how many of them are listed. */
export interface IssueCount {
  readonly sheet: string | null;
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly rule: string | null;
  readonly count: number;
  readonly listed: number;
}

/** The engine's issues as an answer carries them: a bounded list in the engine's order, and the count of every kind. */
export interface IssueSummary {
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Every kind found, in the order its first issue comes; `count - listed` were left out of `issues`. */
  readonly counts: IssueCount[];
}

type Kind = Pick<Issue, 'sheet' | 'severity' | 'code' | 'rule'>;
/** What makes two issues, or an issue and a count, of one kind. */
const kindKey = (i: Kind | IssueCount): string => `${i.sheet}\u0000${i.severity}\u0000${i.code}\u0000${i.rule}`;

/**
 * Lists at most `limit` of `issues` (already in the engine's order) and counts all of them.
 * Always listed: issues without a row (the template stamp, a missing header, rows fewer than
 * the version replaced: few, and a confirmation needs their params) and the first issue of
 * every kind, so each kind left out has an example to say "还有 N 条同类问题" after.
 */
export function summariseIssues(issues: readonly Issue[], limit: number = ISSUE_LIST_LIMIT): IssueSummary {
  const counts = new Map<string, { kind: Kind; count: number; listed: number }>();
  const always = new Set<number>();
  let errorCount = 0;
  issues.forEach((issue, index) => {
    if (issue.severity === 'error') errorCount += 1;
    const key = kindKey(issue);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { kind: issue, count: 1, listed: 0 });
    if (!entry || issue.row === null) always.add(index);
  });
  let spare = Math.max(0, limit - always.size);
  const listed: Issue[] = [];
  issues.forEach((issue, index) => {
    const isAlways = always.has(index);
    if (!isAlways && spare === 0) return;
    if (!isAlways) spare -= 1;
    listed.push(issue);
    const entry = counts.get(kindKey(issue));
    if (entry) entry.listed += 1;
  });
  return {
    issues: listed,
    errorCount,
    warningCount: issues.length - errorCount,
    counts: [...counts.values()].map(({ kind, count, listed: n }) => ({
      sheet: kind.sheet,
      severity: kind.severity,
      code: kind.code,
      rule: kind.rule,
      count,
      listed: n,
    })),
  };
}

/** Where a list was cut: the last listed issue of each kind with more left out, and how many of its kind are not listed. */
export function omittedAfter(summary: {
  readonly issues: readonly Issue[];
  readonly counts: readonly IssueCount[];
}): Map<Issue, number> {
  const left = new Map(summary.counts.filter((c) => c.count > c.listed).map((c) => [kindKey(c), c.count - c.listed]));
  const last = new Map<string, Issue>();
  for (const issue of summary.issues) if (left.has(kindKey(issue))) last.set(kindKey(issue), issue);
  return new Map([...last].map(([key, issue]) => [issue, left.get(key) ?? 0]));
}
