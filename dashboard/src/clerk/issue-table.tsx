import type { Issue } from '../../../shared/index.ts';

/** Issues by cell, in the engine's order (sheet, row, column); each message names its cell too. */
export function IssueTable({ issues }: { issues: readonly Issue[] }) {
  return (
    <div class="table-scroll" role="region" aria-label="校验问题" tabIndex={0}>
      <table class="data issues">
        <thead>
          <tr>{['级别', '工作表', '单元格', '说明'].map((h) => <th scope="col" key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td><span class={`tag ${issue.severity === 'error' ? 'st-missing' : 'st-late'}`}>{issue.severity === 'error' ? '错误' : '警告'}</span></td>
              <td>{issue.sheet ?? '整个文件'}</td>
              <td class="cell-ref">{issue.column !== null && issue.row !== null ? `${issue.column}${issue.row}` : issue.row !== null ? `第 ${issue.row} 行` : ''}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
