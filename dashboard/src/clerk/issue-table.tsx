import { warningKey } from '../../../shared/api/warning-key.ts';
import type { Issue } from '../../../shared/index.ts';

const cellOf = (issue: Issue): string => (issue.column !== null && issue.row !== null ? `${issue.column}${issue.row}` : issue.row !== null ? `第 ${issue.row} 行` : '');

/**
 * Issues by cell, in the engine's order (sheet, row, column); each message names its cell too.
 * With `onNote`, each warning takes a 核实说明 that travels with the submission.
 */
export function IssueTable({ issues, notes, onNote }: { issues: readonly Issue[]; notes?: ReadonlyMap<string, string>; onNote?: (key: string, note: string) => void }) {
  return (
    <div class="table-scroll" role="region" aria-label="校验问题" tabIndex={0}>
      <table class="data issues">
        <thead>
          <tr>{['级别', '工作表', '单元格', '说明', ...(onNote ? ['核实说明（可选）'] : [])].map((h) => <th scope="col" key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td><span class={`tag ${issue.severity === 'error' ? 'st-missing' : 'st-late'}`}>{issue.severity === 'error' ? '错误' : '警告'}</span></td>
              <td>{issue.sheet ?? '整个文件'}</td>
              <td class="cell-ref">{cellOf(issue)}</td>
              <td>{issue.message}</td>
              {onNote && (
                <td>
                  {issue.severity === 'warning' && issue.sheet !== null && (
                    <>
                      <label class="visually-hidden" for={`note-${i}`}>{`${issue.sheet} ${cellOf(issue)} 的核实说明`}</label>
                      <input id={`note-${i}`} class="note" maxLength={500} value={notes?.get(warningKey(issue)) ?? ''} onInput={(e) => onNote(warningKey(issue), e.currentTarget.value)} />
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
