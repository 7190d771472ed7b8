import type { ReplacedVersion } from '../validate/fewer-rows.ts';
import type { Issue } from '../validate/issue.ts';
import { type IssueCount, summariseIssues } from '../validate/issue-summary.ts';
import type { History } from './schemas.ts';

type Version = Pick<History['submissions'][number], 'year' | 'version' | 'counts' | 'returned'>;

/** From a unit's history: the version a new submission for `year` would replace (its newest not returned), null for none. */
export function replacedIn(submissions: readonly Version[], year: number): ReplacedVersion | null {
  const kept = submissions.filter((s) => s.year === year && s.returned === null);
  const newest = kept.reduce<Version | null>((a, b) => (a === null || b.version > a.version ? b : a), null);
  return newest && { version: newest.version, counts: newest.counts };
}

const isFewerRows = (i: Issue): boolean => i.code === 'fewer-rows';

/** What 报送 sends as `fewerRowsThan` once the clerk confirmed these warnings: the version they weigh against. */
export function fewerRowsThan(issues: readonly Issue[]): number | undefined {
  const version = issues.find(isFewerRows)?.params.version;
  return typeof version === 'number' ? version : undefined;
}

type Checked = {
  readonly issues: readonly Issue[];
  readonly counts: readonly IssueCount[];
  readonly warningCount: number;
};

/**
 * A checked summary with the fewer-rows warnings the Worker answered instead of the page's own:
 * another version arrived since the page looked, so the clerk confirms against that one. A
 * summary always lists fewer-rows warnings (they have no row), so all of them are replaced.
 */
export function withFewerRowsFrom<T extends Checked>(server: readonly Issue[], checked: T): T {
  const fewer = server.filter(isFewerRows);
  const kept = checked.issues.filter((i) => !isFewerRows(i));
  return {
    ...checked,
    issues: [...kept, ...fewer],
    counts: [...checked.counts.filter((c) => c.code !== 'fewer-rows'), ...summariseIssues(fewer).counts],
    warningCount: checked.warningCount - (checked.issues.length - kept.length) + fewer.length,
  };
}
