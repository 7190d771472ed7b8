import type { NextDeadline, ReportedMonth, SubmissionReporting } from '../api/schemas.ts';
import type { IssueKey, ParamsOf } from '../validate/issue-kinds.ts';

/** What a wording may use: the issue's header and value (shown as text), and its params. */
export interface MessageInput<K extends IssueKey> {
  readonly header: string;
  readonly value: string;
  readonly p: ParamsOf<K>;
}

export interface Locale {
  readonly issues: { readonly [K in IssueKey]: (m: MessageInput<K>) => string };
  /** Said after the last listed issue of a kind whose other `count` issues a bounded list leaves out. */
  readonly moreOfKind: (count: number) => string;
  readonly reporting: ReportingWords;
}

/** What a clerk is told of the months a submission counts for, and of the next deadline (worker/src/status/reporting.ts). */
export interface ReportingWords {
  /** The receipt's sentences for version `version` of `year`; `reporting` null: the unit does not report monthly. */
  readonly receipt: (reporting: SubmissionReporting | null, version: number, year: number) => string[];
  readonly nextDeadline: (next: NextDeadline) => string;
}

export type { ReportedMonth };
