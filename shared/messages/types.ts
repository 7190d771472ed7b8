import type { NextDeadline, ReportedMonth } from '../api/schemas.ts';
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

/**
 * What a clerk is told of the months a submission counts for, and of the next deadline
 * (worker/src/status/reporting.ts). Which sentences a receipt has is decided once, in
 * reporting-lines.ts; a locale only words them.
 */
export interface ReportingWords {
  /** The month the version counts for, decided by it (on time). */
  readonly counted: (month: ReportedMonth) => string;
  /** The month the version counts for, which an earlier version already decided. */
  readonly updated: (month: ReportedMonth) => string;
  /** One earlier month the version reports late; `also` when a sentence about the current month came first. */
  readonly madeUpOne: (month: ReportedMonth, also: boolean) => string;
  /** Several, as runs of consecutive months of `year` ([[1, 10]] for January to October). */
  readonly madeUpMany: (year: number, runs: readonly [number, number][], also: boolean) => string;
  /** A version that decides no month of `year`. */
  readonly unchanged: (year: number) => string;
  /** A unit that does not report monthly. */
  readonly notMonthly: string;
  readonly nextDeadline: (next: NextDeadline) => string;
}

export type { ReportedMonth };
