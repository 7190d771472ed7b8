import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { type Issue, omittedAfter } from '#shared/index.ts';
import { issueCell } from '../highlight/issue-cell.ts';
import { groupBySheet } from './check.ts';
import type { PaneText } from './text-zh.ts';
import type { CheckResult } from './validate.ts';

/** Issues shown per sheet at first; the rest on request, so 50,000 issues never flood the pane. */
const PAGE = 100;

function IssueItem({
  issue,
  t,
  onSelect,
}: {
  issue: Issue;
  t: PaneText;
  onSelect: (sheet: string, address: string) => void;
}) {
  const cell = issueCell(issue);
  const label = issue.severity === 'error' ? t.error : t.warning;
  const body = (
    <>
      <span class={`badge badge-${issue.severity}`}>{label}</span>
      {cell && <span class="cell-ref">{cell.address}</span>}
      <span class="issue-text">{issue.message}</span>
    </>
  );
  return (
    <li class="issue">
      {cell ? (
        <button
          type="button"
          class="issue-button"
          onClick={() => onSelect(cell.sheet, cell.address)}
          aria-label={`${label} ${cell.address}：${issue.message}`}
        >
          {body}
        </button>
      ) : (
        <div class="issue-button static">{body}</div>
      )}
    </li>
  );
}

type Select = (sheet: string, address: string) => void;

function SheetGroup({
  sheet,
  issues,
  errors,
  warnings,
  more,
  t,
  onSelect,
}: ReturnType<typeof groupBySheet>[number] & { more: ReadonlyMap<Issue, number>; t: PaneText; onSelect: Select }) {
  const [shown, setShown] = useState(PAGE);
  const next = Math.min(PAGE, issues.length - shown);
  return (
    <section class="sheet-group" aria-label={sheet ?? t.workbookLevel}>
      <h3>
        {sheet ?? t.workbookLevel} <span class="counts">{t.sheetCounts(errors, warnings)}</span>
      </h3>
      <ul class="issues">
        {issues.slice(0, shown).map((issue, i) => {
          const left = more.get(issue);
          return (
            <Fragment key={i}>
              <IssueItem issue={issue} t={t} onSelect={onSelect} />
              {left !== undefined && <li class="issue-more">{t.moreOfKind(left)}</li>}
            </Fragment>
          );
        })}
      </ul>
      {next > 0 && (
        <button type="button" class="link" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(next)}
        </button>
      )}
    </section>
  );
}

/** The listed issues by sheet; where a kind was cut, "还有 N 条同类问题" after its last listed issue. */
export function IssueList({
  summary,
  t,
  onSelect,
}: {
  summary: Pick<CheckResult, 'issues' | 'counts'>;
  t: PaneText;
  onSelect: Select;
}) {
  const more = omittedAfter(summary);
  return (
    <div class="issue-list">
      {groupBySheet(summary).map((group) => (
        <SheetGroup key={group.sheet ?? ''} {...group} more={more} t={t} onSelect={onSelect} />
      ))}
    </div>
  );
}
