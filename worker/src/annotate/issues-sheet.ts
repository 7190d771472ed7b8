/**
 * The 校验问题 sheet put first in the annotated workbook: every listed issue with its place, and
 * a link to the cell (or the row's first cell) where the sheet is in the workbook.
 */
import type { Issue, IssueSummary } from '#shared/index.ts';
import { escapeAttribute, inlineString } from '../xlsx/xml-text.ts';
import { quoteSheetName } from '../xlsx/sheet-names.ts';

export const ISSUES_SHEET_NAME = '校验问题';

const severityWord = { error: '错误', warning: '警告' } as const;
const HEADERS = ['序号', '级别', '工作表', '单元格', '问题'] as const;
const WIDTHS = [6, 6, 18, 10, 90] as const;

export interface IssuesSheetLooks {
  readonly bold: number;
  readonly link: number;
}

/** A cell of the sheet; none for an empty text, which an inline string cannot hold. */
function cell(ref: string, value: string | number, style?: number): string {
  if (value === '') return '';
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr">${inlineString(value)}</c>`;
}

/** Where the link goes: the issue's cell, else its row's first cell, else nowhere. */
function target(issue: Issue): string | null {
  if (issue.sheet === null || issue.row === null) return null;
  return `${issue.column ?? 'A'}${issue.row}`;
}

export function issuesSheetXml(
  summary: IssueSummary,
  year: number,
  sheetsInWorkbook: ReadonlySet<string>,
  looks: IssuesSheetLooks,
): string {
  const total = summary.errorCount + summary.warningCount;
  const rows: string[] = [];
  const links: string[] = [];
  const row = (n: number, cells: string): void => {
    rows.push(`<row r="${n}">${cells}</row>`);
  };
  row(1, cell('A1', `${year} 年度校验结果：${summary.errorCount} 个错误，${summary.warningCount} 个警告`, looks.bold));
  row(
    2,
    cell(
      'A2',
      summary.issues.length < total
        ? `共 ${total} 条问题，此处列出前 ${summary.issues.length} 条（与上传页一致）；改正后重新校验可见其余问题。`
        : '问题单元格已按级别填色（错误为红色，警告为黄色），并附有批注；点击“单元格”一列可跳转。',
    ),
  );
  row(3, HEADERS.map((h, i) => cell(`${'ABCDE'[i]}3`, h, looks.bold)).join(''));
  summary.issues.forEach((issue, i) => {
    const n = i + 4;
    const at = target(issue);
    const linked = at !== null && issue.sheet !== null && sheetsInWorkbook.has(issue.sheet);
    const place = at === null ? '' : issue.column === null ? `第 ${issue.row} 行` : at;
    row(
      n,
      cell(`A${n}`, i + 1) +
        cell(`B${n}`, severityWord[issue.severity]) +
        cell(`C${n}`, issue.sheet ?? '') +
        cell(`D${n}`, place, linked ? looks.link : undefined) +
        cell(`E${n}`, issue.message),
    );
    if (linked && issue.sheet !== null && at !== null) {
      links.push(
        `<hyperlink ref="D${n}" location="${escapeAttribute(`${quoteSheetName(issue.sheet)}!${at}`)}" display="${escapeAttribute(place)}"/>`,
      );
    }
  });
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '</worksheet>'
  );
}
