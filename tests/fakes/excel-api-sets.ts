/**
 * The ExcelApi requirement set of every member the fake implements above 1.1, as Microsoft
 * documents it: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * and the "What's new" page of each set (excel-api-1-2-requirement-set, …-1-4-…, …-1-7-…,
 * …-1-8-…, …-1-9-…), the same `[Api set: ExcelApi 1.x]` remark @types/office-js carries on
 * each member. Members not listed are ExcelApi 1.1 (Excel 2016's only set).
 */
import { WORKBOOK } from './excel-wire.ts';
import { FakeOfficeError } from './a1.ts';
import type { Session } from './excel-session.ts';

export const API_MINOR = {
  /** 1.2: Range.merge / unmerge (Merge and unmerge cells). */
  'Range.merge': 2,
  'Range.unmerge': 2,
  /** 1.2: RangeFormat.columnWidth / rowHeight. */
  'RangeFormat.columnWidth': 2,
  'RangeFormat.rowHeight': 2,
  /** 1.2: Worksheet.protection (WorksheetProtection). */
  'Worksheet.protection': 2,
  /** 1.2: the valuesOnly argument of getUsedRange. */
  'Worksheet.getUsedRange(valuesOnly)': 2,
  /** 1.1 reads Worksheet.visibility; 1.2 sets it. */
  'Worksheet.visibility=': 2,
  /** 1.4: the *OrNullObject methods. */
  'WorksheetCollection.getItemOrNullObject': 4,
  'Worksheet.getUsedRangeOrNullObject': 4,
  /** 1.7: Worksheet.freezePanes; Workbook.properties (document properties, custom ones included). */
  'Worksheet.freezePanes': 7,
  'Workbook.properties': 7,
  /** 1.8: Range.dataValidation. */
  'Range.dataValidation': 8,
  /** 1.9: Worksheet.getRanges (RangeAreas). */
  'Worksheet.getRanges': 9,
} as const;

export type GatedMember = keyof typeof API_MINOR;

/**
 * Office.js has every member in its script, whatever the host; a host without the member's set
 * refuses the request at sync with ApiNotFound, and so does the fake.
 */
export function requireApi(session: Session, member: GatedMember): void {
  const minor = API_MINOR[member];
  if (session.host.excelApiMinor >= minor) return;
  session.enqueue({ kind: 'call', on: WORKBOOK, name: member, args: [] }, () => {
    throw new FakeOfficeError(
      'ApiNotFound',
      `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member}: ExcelApi 1.${minor})`,
    );
  });
}
