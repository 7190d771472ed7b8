import { useState } from 'preact/hooks';
import type { Issue } from '../../../shared/index.ts';
import { issueCell } from '../highlight/issue-cell.ts';
import { groupBySheet } from './check.ts';
import type { PaneText } from './text-zh.ts';

/** Issues shown per sheet at first; the rest on request, so 50,000 issues never flood the pane. */
const PAGE = 100;

function IssueItem({ issue, t, onSelect }: { issue: Issue; t: PaneText; onSelect: (sheet: string, address: string) => void }) {
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
        <button type="button" class="issue-button" onClick={() => onSelect(cell.sheet, cell.address)} aria-label={`${label} ${cell.address}：${issue.message}`}>
          {body}
        </button>
      ) : (
        <div class="issue-button static">{body}</div>
      )}
    </li>
  );
}

function SheetGroup({ sheet, issues, errors, warnings, t, onSelect }: ReturnType<typeof groupBySheet>[number] & { t: PaneText; onSelect: (sheet: string, address: string) => void }) {
  const [shown, setShown] = useState(PAGE);
  const more = Math.min(PAGE, issues.length - shown);
  return (
    <section class="sheet-group" aria-label={sheet ?? t.workbookLevel}>
      <h3>
        {sheet ?? t.workbookLevel} <span class="counts">{t.sheetCounts(errors, warnings)}</span>
      </h3>
      <ul class="issues">
        {issues.slice(0, shown).map((issue, i) => (
          <IssueItem key={i} issue={issue} t={t} onSelect={onSelect} />
        ))}
      </ul>
      {more > 0 && (
        <button type="button" class="link" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(more)}
        </button>
      )}
    </section>
  );
}

export function IssueList({ issues, t, onSelect }: { issues: readonly Issue[]; t: PaneText; onSelect: (sheet: string, address: string) => void }) {
  return (
    <div class="issue-list">
      {groupBySheet(issues).map((group) => (
        <SheetGroup key={group.sheet ?? ''} {...group} t={t} onSelect={onSelect} />
      ))}
    </div>
  );
}
