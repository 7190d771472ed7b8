/**
 * 批注版: the clerk's own workbook with every listed problem cell filled in the task pane's
 * colours, a comment carrying the messages, and a first sheet 校验问题 listing every listed
 * issue with a link to its cell. Only the parts that must change are rewritten (the problem
 * sheets, styles, the package lists, new comment parts); every other part is copied as it
 * arrived, compressed bytes and all (docs/annotated-workbook.md).
 */
import type { IssueSummary } from '#shared/index.ts';
import { columnIndex } from '#shared/validate/address.ts';
import { openWorkbook, relationshipsPath } from '#shared/xlsx/read-xlsx.ts';
import { dirOf } from '#shared/xlsx/package-xml.ts';
import { uniqueSheetNames } from '../xlsx/sheet-names.ts';
import { issuesSheetXml, ISSUES_SHEET_NAME } from './issues-sheet.ts';
import { PackageEdits } from './package-edits.ts';
import { writePackage } from './package-output.ts';
import {
  addContentTypes,
  addFirstSheet,
  addRelationship,
  contentTypes,
  relationshipsOf,
  relTypes,
} from './package-patch.ts';
import { damaged } from './refusal.ts';
import { annotateSheet, type MarkedCell, type NewParts, type ProblemSheet } from './sheet-annotation.ts';
import { MINIMAL_STYLES, StylesPatch } from './styles-patch.ts';

export interface AnnotateOptions {
  /** The year the workbook was checked for, named in the 校验问题 sheet's title. */
  readonly year: number;
  /** Stamped on every entry written; the Worker passes the request's instant. */
  readonly mtime: Date;
}

const severityWord = { error: '错误', warning: '警告' } as const;
/** Excel numbers its own drawings' shapes from block 1 per sheet; ours start far above. */
const FIRST_VML_BLOCK = 100;

/** Listed issues with a cell, grouped by sheet part; an error outranks a warning on one cell. */
function problemSheets(summary: IssueSummary, sheets: ReadonlyMap<string, string>): ProblemSheet[] {
  const bySheet = new Map<string, Map<string, MarkedCell>>();
  for (const issue of summary.issues) {
    if (issue.sheet === null || issue.row === null || issue.column === null) continue;
    if (!sheets.has(issue.sheet)) continue;
    const cells = bySheet.get(issue.sheet) ?? new Map<string, MarkedCell>();
    bySheet.set(issue.sheet, cells);
    const key = `${issue.column}${issue.row}`;
    const cell: MarkedCell = cells.get(key) ?? {
      row: issue.row,
      col: columnIndex(issue.column),
      severity: issue.severity,
      lines: [],
    };
    cells.set(key, cell);
    if (issue.severity === 'error') cell.severity = 'error';
    cell.lines.push(`${severityWord[issue.severity]}：${issue.message}`);
  }
  return [...bySheet].map(([name, cells], i) => ({
    path: sheets.get(name) ?? '',
    cells: [...cells.values()],
    block: FIRST_VML_BLOCK + i,
  }));
}

export async function annotateWorkbook(
  bytes: Uint8Array,
  summary: IssueSummary,
  options: AnnotateOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const book = await openWorkbook(bytes, {});
  const edits = new PackageEdits(book.pkg);
  const dir = dirOf(book.workbookPath);
  const workbookRelsPath = relationshipsPath(book.workbookPath);
  const workbookRels = relationshipsOf(await edits.read(workbookRelsPath));
  const added: NewParts = { overrides: [], vml: false };

  const stylesPath = book.stylesPath ?? `${dir}styles.xml`;
  const stylesXml = book.stylesPath === null ? null : await edits.read(book.stylesPath);
  if (stylesXml === null) {
    addRelationship(workbookRels, relTypes.styles, `/${stylesPath}`);
    added.overrides.push([stylesPath, contentTypes.styles]);
  }
  const styles = new StylesPatch(stylesXml ?? MINIMAL_STYLES);

  const sheetPaths = new Map(book.sheets.map((s) => [s.name, s.path]));
  for (const sheet of problemSheets(summary, sheetPaths)) await annotateSheet(edits, sheet, styles, dir, added);

  const issuesPath = edits.freePath(`${dir}worksheets/sheet`, '.xml');
  const name = uniqueSheetNames([...book.sheetNames, ISSUES_SHEET_NAME]).at(-1) ?? ISSUES_SHEET_NAME;
  const looks = { bold: styles.text('bold'), link: styles.text('link') };
  edits.write(issuesPath, issuesSheetXml(summary, options.year, new Set(sheetPaths.keys()), looks));
  added.overrides.push([issuesPath, contentTypes.worksheet]);
  const relId = addRelationship(workbookRels, relTypes.worksheet, `/${issuesPath}`);

  const workbookXml = await edits.read(book.workbookPath);
  const types = await edits.read('[Content_Types].xml');
  if (workbookXml === null || types === null)
    throw damaged(workbookXml === null ? 'xl/workbook.xml' : '[Content_Types].xml');
  edits.write(book.workbookPath, addFirstSheet(workbookXml, name, relId));
  edits.write(workbookRelsPath, workbookRels.xml);
  edits.write(stylesPath, styles.toXml());
  edits.write('[Content_Types].xml', addContentTypes(types, added.overrides, added.vml));
  return writePackage(edits, options.mtime);
}
