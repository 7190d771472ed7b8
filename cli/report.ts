import { type Issue, type IssueCount, omittedAfter, placedMessage } from '#shared/index.ts';
import { moreOfKind } from '#shared/messages/zh-CN.ts';
import type { FileReport } from './check-file.ts';

const tally = (errors: number, warnings: number): string => `${errors} 个错误，${warnings} 个警告`;
const countOf = (counts: readonly IssueCount[], severity: Issue['severity']): number =>
  counts.reduce((n, c) => (c.severity === severity ? n + c.count : n), 0);

/** Issues grouped by file and sheet, in Chinese, with counts of all found: what a clerk or supervisor reads. */
export function formatReports(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      `${report.file}${report.year === null ? '' : `（${report.year} 年度）`}：${tally(report.errorCount, report.warningCount)}`,
    );
    const bySheet = new Map<string, Issue[]>();
    for (const issue of report.issues) {
      const key = issue.sheet ?? '';
      const list = bySheet.get(key) ?? [];
      if (list.length === 0) bySheet.set(key, list);
      list.push(issue);
    }
    const more = omittedAfter(report);
    for (const [sheet, issues] of bySheet) {
      const rows = report.rowCounts[sheet];
      const counts = report.counts.filter((c) => (c.sheet ?? '') === sheet);
      if (sheet !== '')
        lines.push(
          `  ${sheet}${rows === undefined ? '' : `（${rows} 行）`}：${tally(countOf(counts, 'error'), countOf(counts, 'warning'))}`,
        );
      for (const issue of issues) {
        lines.push(`    ${issue.severity === 'error' ? '✗ 错误' : '! 警告'}  ${placedMessage(issue)}`);
        const left = more.get(issue);
        if (left !== undefined) lines.push(`    …… ${moreOfKind(left)}`);
      }
    }
    for (const [sheet, rows] of Object.entries(report.rowCounts)) {
      if (!bySheet.has(sheet)) lines.push(`  ${sheet}（${rows} 行）：通过`);
    }
  }
  const sum = (pick: (r: FileReport) => number): number => reports.reduce((n, r) => n + pick(r), 0);
  lines.push(
    '',
    `共 ${reports.length} 个文件：${tally(
      sum((r) => r.errorCount),
      sum((r) => r.warningCount),
    )}`,
  );
  return lines.join('\n');
}

/** The listed issues of every file, each with its file: at most a summary's limit per file, however many were found. */
export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.flatMap((r) => r.issues.map((issue) => ({ file: r.file, ...issue }))),
    null,
    2,
  );
}

/** For stderr beside --json: which files' lists were cut, and how many of each kind were left out. */
export function cutNotes(reports: readonly FileReport[]): string[] {
  return reports.flatMap((r) => {
    const more = [...omittedAfter(r)];
    if (more.length === 0) return [];
    const head = `${r.file}：共 ${r.errorCount + r.warningCount} 个问题，只列出前 ${r.issues.length} 个`;
    return [head, ...more.map(([issue, left]) => `  ${issue.message} …… ${moreOfKind(left)}`)];
  });
}

/** 0 clean (warnings allowed), 1 any error, 2 any file unreadable. */
export function exitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => !r.readable)) return 2;
  return reports.some((r) => r.errorCount > 0) ? 1 : 0;
}
