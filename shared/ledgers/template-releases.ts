import type { LedgerKey } from './registry.ts';

/** One thing a template release added: a ledger (its sheet), a column, or a value of a column's list. */
export interface TemplateAddition {
  readonly ledger: LedgerKey;
  /** Absent when the whole ledger is new. */
  readonly column?: string;
  /** A new allowed value of an enum column; absent when the column itself is new. */
  readonly value?: string;
}

export interface TemplateRelease {
  readonly version: string;
  readonly added: readonly TemplateAddition[];
}

/**
 * Every template version still accepted, oldest first; the last is the current one. A
 * workbook of an earlier release is read as it is (the columns added since read as blank)
 * and told what upgrading gives it, so a release that only adds never refuses a workbook.
 */
export const templateReleases = [
  { version: '2026.1', added: [] },
  {
    version: '2026.2',
    added: [
      { ledger: 'activity', column: 'adoptedReports' },
      { ledger: 'activity', column: 'category', value: '通报曝光' },
    ],
  },
  { version: '2026.3', added: [{ ledger: 'caseLibrary' }] },
] as const satisfies readonly TemplateRelease[];

/** Version stamped into workbooks by the template: the newest release (add one when a header or rule changes). */
export const TEMPLATE_VERSION: string = templateReleases[templateReleases.length - 1]!.version;

/**
 * Custom document properties the template stamps into a workbook. Document properties
 * (not a cell) so clerks cannot overwrite them by typing, and every spreadsheet program
 * (Excel, WPS, LibreOffice) keeps them when it saves the file.
 */
export const TEMPLATE_STAMP = { version: 'QingfengTemplate', year: 'QingfengYear' } as const;
