import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { warningKey } from '#shared/api/warning-key.ts';
import { type Issue, type IssueSummary, omittedAfter } from '#shared/index.ts';
import { moreOfKind } from '#shared/messages/zh-CN.ts';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { NoteField } from './note-field.tsx';

const cellOf = (issue: Issue): string =>
  issue.column !== null && issue.row !== null
    ? `${issue.column}${issue.row}`
    : issue.row !== null
      ? `第 ${issue.row} 行`
      : '';

/** Rows shown per sheet at first and per 再显示: a file with thousands of issues stays a light page. */
export const PAGE = 100;

type Numbered = { readonly issue: Issue; readonly index: number };
type Listed = Pick<IssueSummary, 'issues' | 'counts'>;
type Notes = { notes?: ReadonlyMap<string, string>; onNote?: (key: string, note: string) => void };

const WHOLE_FILE = '整个文件';

/** The listed issues of each sheet in the engine's order, keeping each one's index for stable ids, and how many the sheet has in all. */
function bySheet({ issues, counts }: Listed): [string, { list: Numbered[]; total: number }][] {
  const groups = new Map<string, { list: Numbered[]; total: number }>();
  issues.forEach((issue, index) => {
    const sheet = issue.sheet ?? WHOLE_FILE;
    const group = groups.get(sheet) ?? { list: [], total: 0 };
    if (group.list.length === 0) groups.set(sheet, group);
    group.list.push({ issue, index });
  });
  for (const c of counts) {
    const group = groups.get(c.sheet ?? WHOLE_FILE);
    if (group) group.total += c.count;
  }
  return [...groups];
}

/**
 * Issues by sheet and cell, in the engine's order (sheet, row, column); the message leaves the
 * place to those columns. With `onNote`, each warning takes a 核实说明 that travels with the submission.
 * Where the summary cut a kind, "还有 N 条同类问题" follows its last listed issue.
 */
export function IssueTable({ summary, notes, onNote }: { summary: Listed } & Notes) {
  const more = omittedAfter(summary);
  return (
    <ScrollRegion label="校验问题">
      {bySheet(summary).map(([sheet, { list, total }]) => (
        <SheetIssues
          key={sheet}
          sheet={sheet}
          list={list}
          total={total}
          more={more}
          {...(notes ? { notes } : {})}
          {...(onNote ? { onNote } : {})}
        />
      ))}
    </ScrollRegion>
  );
}

function SheetIssues({
  sheet,
  list,
  total,
  more,
  notes,
  onNote,
}: { sheet: string; list: readonly Numbered[]; total: number; more: ReadonlyMap<Issue, number> } & Notes) {
  const [shown, setShown] = useState(PAGE);
  const next = Math.min(PAGE, list.length - shown);
  const columns = onNote ? 5 : 4;
  return (
    <>
      <table class="data issues">
        <caption>
          {sheet}：{total} 个问题
          {total > Math.min(shown, list.length) ? `，先显示前 ${Math.min(shown, list.length)} 个` : ''}
        </caption>
        <thead>
          <tr>
            {['级别', '工作表', '单元格', '说明', ...(onNote ? ['核实说明（可选）'] : [])].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.slice(0, shown).map(({ issue, index }) => (
            <Fragment key={index}>
              <tr>
                <td>
                  <span class={`tag ${issue.severity === 'error' ? 'st-missing' : 'st-late'}`}>
                    {issue.severity === 'error' ? '错误' : '警告'}
                  </span>
                </td>
                <td>{sheet}</td>
                <td class="cell-ref">{cellOf(issue)}</td>
                <td id={`message-${index}`}>{issue.message}</td>
                {onNote && (
                  <td class="note-cell">
                    {issue.severity === 'warning' && issue.sheet !== null && (
                      <NoteField
                        id={`note-${index}`}
                        label={`${issue.sheet} ${cellOf(issue)} 的核实说明`}
                        describedBy={`message-${index}`}
                        value={notes?.get(warningKey(issue)) ?? ''}
                        onInput={(note) => onNote(warningKey(issue), note)}
                      />
                    )}
                  </td>
                )}
              </tr>
              {more.has(issue) && (
                <tr class="issue-cut">
                  <td colSpan={columns}>{moreOfKind(more.get(issue) ?? 0)}</td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {next > 0 && (
        <p class="issue-more">
          <button type="button" onClick={() => setShown(shown + PAGE)}>{`再显示 ${next} 条（${sheet}）`}</button>
        </p>
      )}
    </>
  );
}
