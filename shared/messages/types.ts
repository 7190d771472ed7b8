import type { IssueParams } from '../validate/issue.ts';

/** Every wording an issue can take: a code alone, or a code narrowed by its rule. */
export const issueMessageKeys = [
  'no-ledger-sheet',
  'template-version.outdated',
  'template-version.upgradable',
  'template-version.newer',
  'template-version.unknown',
  'missing-header',
  'missing-label',
  'extra-label',
  'duplicate-label',
  'formula-error',
  'type-error.integer',
  'type-error.date',
  'type-error.nonexistentDate',
  'type-error.enum',
  'type-error.multiEnum',
  'constraint-error.minimum',
  'constraint-error.maxLength',
  'constraint-error.withinYear',
  'constraint-error.notAfterToday',
  'constraint-error.notBefore',
  'constraint-error.notGreaterThan',
  'constraint-error.blankUnless',
  'constraint-error.positiveIff',
  'required',
  'required.requiredIff',
  'unique-error',
  'duplicate-row',
  'foreign-key',
  'suspicious-value.zero',
  'suspicious-value.tooLarge',
  'suspicious-value.approximate',
  'fewer-rows.no-rows',
  'fewer-rows.emptied',
  'fewer-rows.fewer',
  'unreadable-file.too-large',
  'unreadable-file.not-xlsx',
  'unreadable-file.corrupt',
  'unreadable-file.encrypted',
  'unreadable-file.zip-bomb',
  'unreadable-file.too-many-cells',
  'unreadable-file.cell-too-long',
] as const;
export type IssueMessageKey = (typeof issueMessageKeys)[number];

/** What a wording may use: the issue's header and value (shown as text), and its params. */
export interface MessageInput {
  readonly header: string;
  readonly value: string;
  readonly p: IssueParams;
}

export interface Locale {
  readonly issues: Readonly<Record<IssueMessageKey, (m: MessageInput) => string>>;
  /** Said after the last listed issue of a kind whose other `count` issues a bounded list leaves out. */
  readonly moreOfKind: (count: number) => string;
}
