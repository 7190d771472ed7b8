import { z } from 'zod/mini';
import { ledgerKeys } from '../ledgers/registry.ts';
import { issueCodes } from '../validate/issue-kinds.ts';
import { apiErrorCodes } from './error-kinds.ts';
import { readCellReference } from '../validate/cell-reference.ts';
import { cellGrid } from './cell-grid.ts';

/**
 * The Worker's API as Zod schemas: the Worker parses requests with them, the add-in parses
 * responses with them, and the OpenAPI document is generated from them. Written with
 * `zod/mini`'s functions rather than classic Zod's methods: the task pane and the dashboard
 * parse with them too, and mini's schemas leave out what they do not use (classic Zod was
 * 26 KB gzipped of the pane's budget; docs/decisions.md).
 */

/** A ledger's key, as the registry lists them. */
export const ledgerKey = z.enum(ledgerKeys);

export const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const text = (max: number) => z.string().check(z.maxLength(max));
/** Trimmed, then 1–max characters. */
const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const integer = () => z.number().check(z.int());

export const sheetInput = z.strictObject({
  address: text(64),
  values: cellGrid,
});

/** A clerk's 核实说明 for one warning, stored with the submission and shown to supervisors. */
export const explanation = z.strictObject({
  /** Null for a warning about the whole workbook (no data rows at all). */
  sheet: z.nullable(text(64)),
  row: z.nullable(z.number().check(z.int(), z.positive())),
  column: z.nullable(text(4)),
  code: z.enum(issueCodes),
  note: trimmed(500),
});

export const submissionBody = z.strictObject({
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  templateVersion: z.nullable(text(20)),
  sheets: z.record(text(64), sheetInput),
  explanations: z.optional(z.array(explanation).check(z.maxLength(5000))),
});
export type SubmissionBody = z.infer<typeof submissionBody>;

const severity = z.enum(['error', 'warning']);

export const issue = z.object({
  severity,
  code: z.enum(issueCodes),
  rule: z.nullable(z.string()),
  ledger: z.nullable(ledgerKey),
  sheet: z.nullable(z.string()),
  row: z.nullable(integer()),
  column: z.nullable(z.string()),
  header: z.nullable(z.string()),
  value: cellValue,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

/** How many issues of one kind (sheet, severity, code.rule) were found, and how many of them the answer lists. */
export const issueCount = z.object({
  sheet: z.nullable(z.string()),
  severity,
  code: z.enum(issueCodes),
  rule: z.nullable(z.string()),
  count: integer(),
  listed: integer(),
});

export const storedWarning = z.extend(issue, { note: z.nullable(z.string()) });

/** Rows per ledger, every ledger of the registry named (0 for a ledger the version has no rows of). */
export const ledgerCounts = z.record(ledgerKey, integer());

export const receipt = z.object({
  submissionId: z.string(),
  unitCode: z.string(),
  year: integer(),
  version: z.number().check(z.int(), z.positive()),
  receivedAt: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  counts: ledgerCounts,
  warnings: z.array(storedWarning),
  warningCount: integer(),
});
export type Receipt = z.infer<typeof receipt>;

export const errorBody = z.object({
  error: z.looseObject({
    code: z.enum(apiErrorCodes),
    /** What the clients word, with `params`; an older client meets reasons it does not know. */
    reason: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
    issues: z.optional(z.array(issue)),
    counts: z.optional(z.array(issueCount)),
  }),
});

/** Any refusal's sentence, for a body a client cannot read whole (a newer server's). */
export const refusalSentence = z.object({ error: z.object({ message: z.string() }) });

export const unitKind = z.enum(['district', 'township', 'department', 'village']);
const unitCode = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,32}$/, '单位编码只能包含字母、数字、下划线和连字符，最长 32 位'));

export const unitInput = z.strictObject({
  code: unitCode,
  name: trimmed(100),
  kind: unitKind,
  parentCode: z.nullable(unitCode),
  reports: z.optional(z.boolean()),
});
export const unitsUpsertBody = z.array(unitInput).check(z.minLength(1), z.maxLength(5000));

export const unit = z.extend(unitInput, { path: z.string(), sortOrder: integer(), reports: z.boolean() });

/** The district's report settings: what the work report says that no ledger records. */
export const reportSettings = z.strictObject({
  commissionName: z.nullable(trimmed(50)),
  foundedMonth: z.nullable(
    z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '成立年月应写作 YYYY-MM，例如 2018-03')),
  ),
  familyHall: trimmed(50),
});
export type ReportSettings = z.infer<typeof reportSettings>;
export const defaultReportSettings: ReportSettings = { commissionName: null, foundedMonth: null, familyHall: '四知堂' };
/** PUT changes the fields it names. */
export const reportSettingsBody = z.partial(reportSettings);

export const completeness = z.enum(['已报送', '逾期报送', '未报送', '已退回', '无需报送']);

/** One unit's month as the completeness rule judges it (worker/src/status/completeness.ts), as the matrix shows it. */
export const reportedMonth = z.object({
  year: integer(),
  month: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  deadline: z.iso.date(),
  status: completeness,
  /** The version the status rests on; null while nothing counts for the month. */
  version: z.nullable(integer()),
  /** Days (China dates) after the deadline that version arrived; 0 when on time or not yet reported. */
  daysLate: z.number().check(z.int(), z.minimum(0)),
});
export type ReportedMonth = z.infer<typeof reportedMonth>;

/** Which months a submission counts for: the clerks' receipts word it. */
export const submissionReporting = z.object({
  /** The month whose window (the day after the previous deadline up to its own) the submission arrived in; null when no month of its year has that window. */
  current: z.nullable(reportedMonth),
  /** Earlier months of the year this version was the first to report, after their deadlines (补报). */
  makeUp: z.array(reportedMonth),
});
export type SubmissionReporting = z.infer<typeof submissionReporting>;

/** The clerk's next deadline: the earliest month not yet due, and how it stands. */
export const nextDeadline = z.extend(reportedMonth, {
  daysLeft: z.number().check(z.int(), z.minimum(0)),
  /**
   * The newest version of the month's window when it was returned after the version the month
   * rests on: the month stays reported, but the clerk has a correction to send.
   */
  returnedLater: z.nullable(integer()),
});
export type NextDeadline = z.infer<typeof nextDeadline>;

/** The Worker's instant (ISO, UTC): the pages keep their clock to it (web/page-clock.ts). */
const serverNow = z.iso.datetime();

export const health = z.object({ ok: z.literal(true), templateVersion: z.string(), now: serverNow });
export type Health = z.infer<typeof health>;

/** A one-time link to a file handed to the system browser (POST /api/handoff), relative to the server. */
export const handoffLink = z.object({ url: z.string().check(z.startsWith('/api/handoff/')), expires: z.string() });
export type HandoffLink = z.infer<typeof handoffLink>;

/** Who a credential belongs to: the task pane's settings and the dashboard's sign-in show it. */
export const whoami = z.object({
  role: z.enum(['admin', 'supervisor', 'clerk']),
  unit: z.nullable(unit),
  now: serverNow,
  /** A clerk's unit that reports: its next deadline; null for other callers. */
  nextDeadline: z.nullable(nextDeadline),
});
export type Whoami = z.infer<typeof whoami>;

export const credentialBody = z.strictObject({
  unitCode,
  role: z.enum(['clerk', 'supervisor']),
  label: trimmed(100),
});

/** A cell of Excel's grid (A1 to XFD1048576), any case; kept in its canonical upper-case form. */
const cellReference = z.pipe(
  text(40),
  z.transform((text: string, ctx) => {
    const read = readCellReference(text.trim());
    if (read.ok) return read.cell;
    ctx.issues.push({ code: 'custom', message: read.error, input: text });
    return z.NEVER;
  }),
);

export const returnBody = z.strictObject({
  reason: trimmed(1000),
  cells: z.optional(
    z
      .array(z.strictObject({ sheet: text(64), cell: cellReference, note: z.optional(text(500)) }))
      .check(z.maxLength(500)),
  ),
});
export type ReturnBody = z.infer<typeof returnBody>;

const returnedCell = z.object({ sheet: z.string(), cell: z.string(), note: z.optional(z.string()) });

/** A stored submission as the API describes it: its receipt, and why it was returned if it was. */
export const storedReceipt = z.extend(receipt, {
  templateVersion: z.nullable(z.string()),
  source: z.string(),
  returned: z.nullable(
    z.object({ at: z.string(), reason: z.string(), cells: z.array(returnedCell), by: z.nullable(z.string()) }),
  ),
});
export type StoredReceipt = z.infer<typeof storedReceipt>;

/** POST /api/submissions: the receipt, and the months it counts for (null when the unit does not report). */
export const submissionReceipt = z.extend(storedReceipt, { reporting: z.nullable(submissionReporting) });
export type SubmissionReceipt = z.infer<typeof submissionReceipt>;

/** The largest page the paged endpoints answer (GET /api/submissions, its warnings). */
export const PAGE_MAX = 1000;
const pageQuery = (defaultLimit: number) =>
  z.object({
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(PAGE_MAX)), defaultLimit),
    cursor: z.optional(text(64)),
  });
const nextPage = z.nullable(z.string());

/** The warnings a version was accepted with, each with the clerk's 核实说明 (or null), one page at a time in the engine's order. */
export const submissionWarnings = z.object({
  submissionId: z.string(),
  version: integer(),
  warningCount: integer(),
  warnings: z.array(storedWarning),
  next: nextPage,
});
export type SubmissionWarnings = z.infer<typeof submissionWarnings>;

/** A stored row's typed fields by key, as the ledger definition names them. */
const rowData = z.record(z.string(), z.unknown());

/** Rows per page of a version's ledger: every column of a row can hold hundreds of characters. */
export const ROWS_PAGE_MAX = 200;
export const rowsQuery = z.object({
  // Its own instance, not the shared ledgerKey: the OpenAPI document describes this parameter alone.
  ledger: z.enum(ledgerKeys),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(ROWS_PAGE_MAX)), 50),
  cursor: pageQuery(50).shape.cursor,
});

/** One page of a version's rows of one ledger, in sheet order, each with its Excel row and typed fields. */
export const submissionRows = z.object({
  submissionId: z.string(),
  version: integer(),
  ledger: ledgerKey,
  /** The ledger's rows in this version, all pages together. */
  total: integer(),
  rows: z.array(z.object({ row: integer(), data: rowData })),
  next: nextPage,
});
export type SubmissionRows = z.infer<typeof submissionRows>;

export const history = z.object({
  submissions: z.array(
    z.extend(z.omit(storedReceipt, { warnings: true }), {
      /** The fewer-rows warnings the version was accepted with: it erased rows the version before had. */
      fewerRows: z.array(storedWarning),
    }),
  ),
  next: nextPage,
});
export type History = z.infer<typeof history>;

export const validation = z.object({
  ok: z.boolean(),
  errorCount: integer(),
  warningCount: integer(),
  issues: z.array(issue),
  counts: z.array(issueCount),
});
export type Validation = z.infer<typeof validation>;

const yearParam = z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100));
const monthParam = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(12));

/** A district's year of monthly versions fits in a few pages. */
export const historyQuery = z.object({
  unit: z.optional(text(32)),
  year: z.optional(yearParam),
  ...pageQuery(100).shape,
});
/** Small submissions keep getting all their warnings in one answer. */
export const warningsQuery = pageQuery(PAGE_MAX);
export const statusQuery = z.object({ year: z.optional(yearParam), month: z.optional(monthParam) });
export const deadlineBody = z.strictObject({ year: yearParam, month: monthParam, dueDate: z.iso.date() });
export const submissionYearQuery = z.object({ year: z.optional(yearParam) });
/** 报送's query: the year of a raw .xlsx, and the version the clerk knowingly leaves with fewer rows (0: none before). */
export const submissionQuery = z.extend(submissionYearQuery, {
  fewerRowsThan: z.optional(z.coerce.number().check(z.int(), z.minimum(0))),
});

export const exportSheets = [
  'report',
  'report-units',
  'summary',
  'status',
  'alerts',
  'notes',
  'tallies',
  ...ledgerKeys,
] as const;
/** What a consolidation is of: one scope, one year, an optional date range (export and overview alike). */
const consolidationQuery = z.object({
  year: z.optional(yearParam),
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
  scope: z.optional(text(32)),
});
const rangeInOrder = (q: { from?: string | undefined; to?: string | undefined }): boolean =>
  !q.from || !q.to || q.from <= q.to;
const RANGE_ORDER = { message: '开始日期不能晚于结束日期', path: ['from'] };

export const exportQuery = z
  .extend(consolidationQuery, {
    format: z._default(z.enum(['xlsx', 'csv']), 'xlsx'),
    sheet: z._default(z.enum(exportSheets), 'summary'),
  })
  .check(z.refine(rangeInOrder, RANGE_ORDER));

export const templateQuery = z.object({
  year: z.optional(yearParam),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(50))),
});

/** The dashboard's charts and 预警 list: one scope, one year, an optional date range. */
export const overviewQuery = consolidationQuery.check(z.refine(rangeInOrder, RANGE_ORDER));

/** The work report's 数据稿: the same consolidation as the export. */
export const reportQuery = consolidationQuery.check(z.refine(rangeInOrder, RANGE_ORDER));

const activityFigure = z.object({ rows: integer(), participants: z.number() });

export const overview = z.object({
  /** The unit the figures are of; its kind says what `groups` are (townships and departments, or villages). */
  scope: z.object({ code: z.string(), name: z.string(), kind: unitKind }),
  year: integer(),
  today: z.string(),
  /** Units whose newest version was returned, with the version counted in their words ("第1版（第2版已退回，待重报）"). */
  awaitingResubmission: z.array(z.object({ unitCode: z.string(), unitName: z.string(), version: z.string() })),
  /** Activities and 参加人次 per 活动类别, in the ledger's category order. */
  categories: z.array(z.extend(activityFigure, { category: z.string() })),
  /**
   * The same per unit directly below the scope, in tree order: townships and departments below
   * the district, villages below a township; the scope's own rows as “{name}本级”.
   */
  groups: z.array(z.extend(activityFigure, { name: z.string() })),
  /** The same per month of 活动日期 (1–12). */
  months: z.array(z.extend(activityFigure, { month: z.number().check(z.int(), z.minimum(1), z.maximum(12)) })),
  alerts: z.array(
    z.object({
      alert: z.enum(['逾期未完成', '即将到期', '逾期完成']),
      unitCode: z.string(),
      unitName: z.string(),
      group: z.string(),
      row: integer(),
      caseNo: z.string(),
      responsibleUnit: z.string(),
      deadline: z.string(),
      status: z.string(),
      completedDate: z.nullable(z.string()),
    }),
  ),
});
export type Overview = z.infer<typeof overview>;

/** GET /api/status: every unit of the caller's subtree × month (as worker/src/status/matrix.ts builds it). */
export const monthStatus = z.object({
  status: completeness,
  /** The deadline has passed (a 未报送 before it is not yet overdue). */
  due: z.boolean(),
  deadline: z.string(),
  version: z.nullable(integer()),
  receivedAt: z.nullable(z.string()),
});
export type MonthStatus = z.infer<typeof monthStatus>;
export const statusMatrix = z.object({
  year: integer(),
  months: z.array(integer()),
  units: z.array(
    z.extend(z.pick(unitInput, { code: true, name: true, kind: true, parentCode: true }), {
      months: z.record(z.string(), monthStatus),
    }),
  ),
  summary: z.record(z.string(), z.record(completeness, integer())),
});
export type StatusMatrix = z.infer<typeof statusMatrix>;

/**
 * GET /api/submissions/{id}/diff: rows added, changed, moved and removed against the previous
 * version, matched by the ledger's natural key (案件编号) where it has one, else by 序号.
 */
const diffedRow = z.object({ seq: z.number(), row: integer(), data: rowData });
const previousSeq = z.number();
export const submissionDiff = z.object({
  submissionId: z.string(),
  version: integer(),
  previous: z.nullable(z.object({ submissionId: z.string(), version: integer() })),
  ledgers: z.record(
    ledgerKey,
    z.object({
      matchedBy: z.string(),
      added: z.array(diffedRow),
      removed: z.array(diffedRow),
      changed: z.array(
        z.object({
          seq: z.number(),
          previousSeq,
          row: integer(),
          before: rowData,
          after: rowData,
          fields: z.array(z.string()),
        }),
      ),
      moved: z.array(z.extend(diffedRow, { previousSeq })),
    }),
  ),
});
export type SubmissionDiff = z.infer<typeof submissionDiff>;
