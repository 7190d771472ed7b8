import { useState } from 'preact/hooks';
import { warningKey } from '../../../shared/api/warning-key.ts';
import type { Issue } from '../../../shared/index.ts';

const cellOf = (issue: Issue): string => (issue.column !== null && issue.row !== null ? `${issue.column}${issue.row}` : issue.row !== null ? `第 ${issue.row} 行` : '');

/** Rows shown per sheet at first and per 再显示: a file with thousands of issues stays a light page. */
export const PAGE = 100;

type Numbered = { readonly issue: Issue; readonly index: number };
type Notes = { notes?: ReadonlyMap<string, string>; onNote?: (key: string, note: string) => void };

/** The issues of each sheet in the engine's order, keeping each one's index for stable ids. */
function bySheet(issues: readonly Issue[]): [string, Numbered[]][] {
  const groups = new Map<string, Numbered[]>();
  issues.forEach((issue, index) => {
    const sheet = issue.sheet ?? '整个文件';
    const group = groups.get(sheet) ?? [];
    if (group.length === 0) groups.set(sheet, group);
    group.push({ issue, index });
  });
  return [...groups];
}

/**
 * Issues by sheet and cell, in the engine's order (sheet, row, column); the message leaves the
 * place to those columns. With `onNote`, each warning takes a 核实说明 that travels with the submission.
 */
export function IssueTable({ issues, notes, onNote }: { issues: readonly Issue[] } & Notes) {
  return (
    <div class="table-scroll" role="region" aria-label="校验问题" tabIndex={0}>
      {bySheet(issues).map(([sheet, list]) => <SheetIssues key={sheet} sheet={sheet} list={list} {...(notes ? { notes } : {})} {...(onNote ? { onNote } : {})} />)}
    </div>
  );
}

function SheetIssues({ sheet, list, notes, onNote }: { sheet: string; list: readonly Numbered[] } & Notes) {
  const [shown, setShown] = useState(PAGE);
  const more = Math.min(PAGE, list.length - shown);
  return (
    <>
      <table class="data issues">
        <caption>{sheet}：{list.length} 个问题{list.length > shown ? `，先显示前 ${shown} 个` : ''}</caption>
        <thead>
          <tr>{['级别', '工作表', '单元格', '说明', ...(onNote ? ['核实说明（可选）'] : [])].map((h) => <th scope="col" key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {list.slice(0, shown).map(({ issue, index }) => (
            <tr key={index}>
              <td><span class={`tag ${issue.severity === 'error' ? 'st-missing' : 'st-late'}`}>{issue.severity === 'error' ? '错误' : '警告'}</span></td>
              <td>{sheet}</td>
              <td class="cell-ref">{cellOf(issue)}</td>
              <td>{issue.message}</td>
              {onNote && (
                <td>
                  {issue.severity === 'warning' && issue.sheet !== null && (
                    <>
                      <label class="visually-hidden" for={`note-${index}`}>{`${issue.sheet} ${cellOf(issue)} 的核实说明`}</label>
                      <input id={`note-${index}`} class="note" maxLength={500} value={notes?.get(warningKey(issue)) ?? ''} onInput={(e) => onNote(warningKey(issue), e.currentTarget.value)} />
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p class="issue-more"><button type="button" onClick={() => setShown(shown + PAGE)}>{`再显示 ${more} 条（${sheet}）`}</button></p>}
    </>
  );
}
