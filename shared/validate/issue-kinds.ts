/**
 * Every kind of issue the engine reports — a code alone, or a code narrowed by a rule — with the
 * names of the params its wording may use. Data, as Zod 4 keeps its issue codes: the types below
 * are derived from it, so an issue of a kind that does not exist, a locale without the wording of
 * a kind, or a wording that uses a param its kind does not have is a compile error, not a throw at
 * run time. Params stay plain data on the issue itself (they cross the API and D1 as JSON).
 */
export const issueKinds = {
  'no-ledger-sheet': ['expected'],
  'template-version.outdated': ['found', 'current'],
  'template-version.upgradable': ['found', 'current', 'sheets', 'columns', 'values'],
  'template-version.newer': ['found', 'current'],
  'template-version.unknown': ['found', 'current'],
  'missing-header': ['searched', 'example'],
  'missing-label': [],
  'extra-label': [],
  'duplicate-label': [],
  'formula-error': [],
  'type-error.integer': [],
  'type-error.date': [],
  'type-error.nonexistentDate': ['year', 'month', 'day', 'days'],
  'type-error.enum': ['item', 'allowed'],
  'type-error.multiEnum': ['item', 'allowed'],
  'constraint-error.minimum': ['min'],
  'constraint-error.maxLength': ['max'],
  'constraint-error.withinYear': ['year'],
  'constraint-error.notAfterToday': ['today'],
  'constraint-error.notBefore': ['other', 'otherValue'],
  'constraint-error.notGreaterThan': ['other', 'otherValue'],
  'constraint-error.blankUnless': ['when', 'equals', 'whenValue'],
  'constraint-error.positiveIff': ['when', 'whenValue'],
  required: [],
  'required.requiredIff': ['when', 'equals'],
  'unique-error': ['firstRow'],
  'duplicate-row': ['firstRow'],
  'foreign-key': ['sheet'],
  'suspicious-value.zero': [],
  'suspicious-value.tooLarge': ['max'],
  'suspicious-value.approximate': ['count'],
  'fewer-rows.no-rows': ['version', 'before'],
  'fewer-rows.emptied': ['version', 'before'],
  'fewer-rows.fewer': ['version', 'before', 'after', 'lost'],
  'unreadable-file.too-large': ['bytes', 'limit'],
  'unreadable-file.not-xlsx': [],
  'unreadable-file.corrupt': ['sheet', 'ref'],
  'unreadable-file.encrypted': [],
  'unreadable-file.zip-bomb': [],
  'unreadable-file.too-many-cells': ['sheet', 'limit'],
  'unreadable-file.cell-too-long': ['limit'],
} as const satisfies Record<string, readonly string[]>;

/** A kind by its name: `code` or `code.rule`, as the locale tables key their wording. */
export type IssueKey = keyof typeof issueKinds;

/** What a kind's wording may interpolate: plain data, so issues serialise as JSON. */
export type ParamsOf<K extends IssueKey> = { readonly [P in (typeof issueKinds)[K][number]]: string | number };

/** Values a message may interpolate; every one is plain data so issues serialise as JSON. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** A kind as an issue carries it: its code, and the rule narrowing it (or null). */
export type IssueKind = {
  [K in IssueKey]: K extends `${infer C}.${infer R}` ? { code: C; rule: R } : { code: K; rule: null };
}[IssueKey];

export type IssueCode = IssueKind['code'];

/** A kind from its name: a call site names the kind once, as the locale tables do. */
export function kindOf(key: IssueKey): IssueKind {
  const dot = key.indexOf('.');
  // Sound by construction: code and rule are the two halves of an IssueKey.
  return (dot === -1 ? { code: key, rule: null } : { code: key.slice(0, dot), rule: key.slice(dot + 1) }) as IssueKind;
}

/** The kind's name, for its wording. */
export function keyOf(kind: IssueKind): IssueKey {
  // Sound by construction: every IssueKind was built from one IssueKey split at its dot.
  return (kind.rule === null ? kind.code : `${kind.code}.${kind.rule}`) as IssueKey;
}

export const issueKeys = Object.keys(issueKinds) as IssueKey[];

/** Every code, in the order of the kinds. */
export const issueCodes = [...new Set(issueKeys.map((k) => k.split('.')[0]))] as [IssueCode, ...IssueCode[]];

/** Whether a name is a kind's, e.g. a `code.rule` an answer from another program carries. */
// A Set, not Object.hasOwn: the pane's oldest webviews lack it, and `in` would also match Object.prototype's keys.
const keySet: ReadonlySet<string> = new Set(issueKeys);

export const isIssueKey = (name: string): name is IssueKey => keySet.has(name);
