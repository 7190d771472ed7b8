/**
 * What the engine reports. Codes are stable and machine-readable (in the spirit of
 * Frictionless); `rule` narrows a code when one code covers several checks. Wording is
 * attached late from a locale table (see ../messages), keyed by `code` or `code.rule`.
 */
import type { CellValue } from '../cells/cell-value.ts';
import type { LedgerKey } from '../ledgers/types.ts';

export type Severity = 'error' | 'warning';

export const issueCodes = [
  'no-ledger-sheet',
  'template-version',
  'missing-header',
  'missing-label',
  'extra-label',
  'duplicate-label',
  'formula-error',
  'type-error',
  'constraint-error',
  'required',
  'unique-error',
  'duplicate-row',
  'foreign-key',
  'suspicious-value',
  'fewer-rows',
  'unreadable-file',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** Values a message may interpolate; every one is plain data so issues serialise as JSON. */
export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  severity: Severity;
  code: IssueCode;
  /** Narrows `code` (e.g. constraint-error + maxLength); null when the code says it all. */
  rule: string | null;
  ledger: LedgerKey | null;
  sheet: string | null;
  /** Excel row number (1-based), null for workbook-level issues. */
  row: number | null;
  /** Column letter, null when the issue is about a whole row or a missing column. */
  column: string | null;
  header: string | null;
  value: CellValue;
  params: IssueParams;
  message: string;
}

/** An issue before wording: what the engine's checks produce. */
export type IssueDraft = Omit<Issue, 'message'>;
