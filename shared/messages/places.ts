/**
 * Where an issue is, in front of its message on a line that shows nothing else. Apart from
 * the wording tables, so a page that only places messages it was given does not carry them.
 */
import type { Issue } from '../validate/issue.ts';

interface Places {
  readonly cell: (sheet: string, cell: string, body: string) => string;
  readonly row: (sheet: string, row: number, body: string) => string;
  readonly sheet: (sheet: string, body: string) => string;
}

export const places = {
  'zh-CN': {
    cell: (sheet, cell, body) => `${sheet}!${cell}：${body}`,
    row: (sheet, row, body) => `${sheet}第 ${row} 行：${body}`,
    sheet: (sheet, body) => `${sheet}：${body}`,
  },
  en: {
    cell: (sheet, cell, body) => `${sheet}!${cell}: ${body}`,
    row: (sheet, row, body) => `${sheet} row ${row}: ${body}`,
    sheet: (sheet, body) => `${sheet}: ${body}`,
  },
} as const satisfies Record<string, Places>;

/** The message on one line with its place in front (`活动台账!F12：…`), for output that shows nothing else. */
export function placedMessage(
  issue: Pick<Issue, 'sheet' | 'row' | 'column' | 'header' | 'message'>,
  locale: keyof typeof places = 'zh-CN',
): string {
  const at = places[locale];
  if (issue.sheet === null) return issue.message;
  if (issue.row !== null && issue.column !== null)
    return at.cell(issue.sheet, `${issue.column}${issue.row}`, issue.message);
  if (issue.row !== null && issue.header === null) return at.row(issue.sheet, issue.row, issue.message);
  return at.sheet(issue.sheet, issue.message);
}
