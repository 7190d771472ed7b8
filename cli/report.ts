import { type Issue, placedMessage } from '../shared/index.ts';
import type { FileReport } from './check-file.ts';

const count = (issues: readonly Issue[], severity: Issue['severity']): number => issues.filter((i) => i.severity === severity).length;
const tally = (issues: readonly Issue[]): string => `${count(issues, 'error')} 个错误，${count(issues, 'warning')} 个警告`;

/** Issues grouped by file and sheet, in Chinese, with counts: what a clerk or supervisor reads. */
export function formatReports(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${report.file}${report.year === null ? '' : `（${report.year} 年度）`}：${tally(report.issues)}`);
    const bySheet = new Map<string, Issue[]>();
    for (const issue of report.issues) {
      const key = issue.sheet ?? '';
      bySheet.set(key, [...(bySheet.get(key) ?? []), issue]);
    }
    for (const [sheet, issues] of bySheet) {
      const rows = report.rowCounts[sheet];
      if (sheet !== '') lines.push(`  ${sheet}${rows === undefined ? '' : `（${rows} 行）`}：${tally(issues)}`);
      for (const issue of issues) lines.push(`    ${issue.severity === 'error' ? '✗ 错误' : '! 警告'}  ${placedMessage(issue)}`);
    }
    for (const [sheet, rows] of Object.entries(report.rowCounts)) {
      if (!bySheet.has(sheet)) lines.push(`  ${sheet}（${rows} 行）：通过`);
    }
  }
  const all = reports.flatMap((r) => r.issues);
  lines.push('', `共 ${reports.length} 个文件：${tally(all)}`);
  return lines.join('\n');
}

export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.flatMap((r) => r.issues.map((issue) => ({ file: r.file, ...issue }))), null, 2);
}

/** 0 clean (warnings allowed), 1 any error, 2 any file unreadable. */
export function exitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => !r.readable)) return 2;
  return reports.some((r) => r.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}
