/**
 * The ExcelApi 1.x each feature above the manifest's 1.1 needs (Office 2016 has only 1.1), as
 * Microsoft's requirement-set pages list them; docs/excel-versions.md has the whole table with
 * each fallback. The adapter asks `port.supports(NEEDS.…)` before it uses one.
 */
import type { ExcelPort } from './port.ts';

export const NEEDS = {
  /** Range.merge, RangeFormat.columnWidth / rowHeight. */
  layout: 2,
  /** Setting Worksheet.visibility (reading it is 1.1). */
  hideSheet: 2,
  /** getUsedRange(valuesOnly). */
  valuesOnlyUsedRange: 2,
  /** WorksheetCollection.getItemOrNullObject, Worksheet.getUsedRangeOrNullObject. */
  nullObjects: 4,
  /** Worksheet.freezePanes. */
  frozenHeader: 7,
  /** Workbook.properties (custom document properties). */
  customProperties: 7,
  /** Range.dataValidation. */
  dropdowns: 8,
  /** Worksheet.getRanges (RangeAreas). */
  multiArea: 9,
} as const;

/** What a clerk would miss on this Excel, named to them; the rest has a fallback that does the same job. */
export type MissingFeature = 'layout' | 'hidden-stamp' | 'frozen-header' | 'dropdowns';

const VISIBLE: readonly (readonly [MissingFeature, number])[] = [
  ['layout', NEEDS.layout],
  ['hidden-stamp', NEEDS.hideSheet],
  ['frozen-header', NEEDS.frozenHeader],
  ['dropdowns', NEEDS.dropdowns],
];

export function missingFeatures(port: ExcelPort): MissingFeature[] {
  return VISIBLE.filter(([, minor]) => !port.supports(minor)).map(([feature]) => feature);
}

/** The newest ExcelApi 1.x the host has, for telling the clerk (1.1 when it has no more). */
export function newestMinor(port: ExcelPort, upTo = 20): number {
  let minor = 1;
  while (minor < upTo && port.supports(minor + 1)) minor++;
  return minor;
}
