/**
 * What the engine reports. Codes are stable and machine-readable (in the spirit of
 * Frictionless); `rule` narrows a code when one code covers several checks. Wording is
 * attached late from a locale table (see ../messages), keyed by `code` or `code.rule`.
 */
import type { CellValue } from '../cells/cell-value.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import type { IssueKind, IssueParams } from './issue-kinds.ts';

export type Severity = 'error' | 'warning';

/** Where an issue is, and how bad: everything but its kind and wording. */
export interface IssuePlace {
  severity: Severity;
  ledger: LedgerKey | null;
  sheet: string | null;
  /** Excel row number (1-based), null for workbook-level issues. */
  row: number | null;
  /** Column letter, null when the issue is about a whole row or a missing column. */
  column: string | null;
  header: string | null;
  value: CellValue;
  params: IssueParams;
}

/** A rule a well-typed value breaks; the caller places it at a cell. */
export type Violation = IssueKind & { readonly severity: Severity; readonly params: IssueParams };

/** An issue before wording: what the engine's checks produce. */
export type IssueDraft = IssuePlace & IssueKind;

export type Issue = IssueDraft & { message: string };
