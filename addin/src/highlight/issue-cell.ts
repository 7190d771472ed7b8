import type { Issue } from '#shared/index.ts';

/** The cell to show for an issue: its own cell, else the row's first cell, else none. */
export function issueCell(issue: Issue): { sheet: string; address: string } | null {
  if (issue.sheet === null || issue.row === null) return null;
  return { sheet: issue.sheet, address: `${issue.column ?? 'A'}${issue.row}` };
}
