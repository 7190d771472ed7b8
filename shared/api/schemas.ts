import { z } from 'zod';
import { ledgerKeys } from '../ledgers/registry.ts';
import { issueCodes } from '../validate/issue-kinds.ts';
import { readCellReference } from '../validate/cell-reference.ts';
import { cellGrid } from './cell-grid.ts';

/**
 * The Worker's API as Zod schemas: the Worker parses requests with them, the add-in parses
 * responses with them, and the OpenAPI document is generated from them.
 */

/** A ledger's key, as the registry lists them. */
export const ledgerKey = z.enum(ledgerKeys);

export const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const sheetInput = z.strictObject({
  address: z.string().max(64).meta({ description: 'Top-left of the values, e.g. "A1" or Office.js Range.address' }),
  values: cellGrid,
});

/** A clerk's 核实说明 for one warning, stored with the submission and shown to supervisors. */
export const explanation = z.strictObject({
  /** Null for a warning about the whole workbook (no data rows at all). */
  sheet: z.string().max(64).nullable(),
  row: z.number().int().positive().nullable(),
  column: z.string().max(4).nullable(),
  code: z.enum(issueCodes),
  note: z.string().trim().min(1).max(500),
});

export const submissionBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  templateVersion: z.string().max(20).nullable(),
  sheets: z.record(z.string().max(64), sheetInput),
  explanations: z.array(explanation).max(5000).optional(),
});
export type SubmissionBody = z.infer<typeof submissionBody>;

export const issue = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.enum(issueCodes),
  rule: z.string().nullable(),
  ledger: ledgerKey.nullable(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: cellValue,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

/** How many issues of one kind (sheet, severity, code.rule) were found, and how many of them the answer lists. */
export const issueCount = z.object({
  sheet: z.string().nullable(),
  severity: z.enum(['error', 'warning']),
  code: z.enum(issueCodes),
  rule: z.string().nullable(),
  count: z.number().int(),
  listed: z.number().int(),
});

export const storedWarning = issue.extend({ note: z.string().nullable() });

/** Rows per ledger, every ledger of the registry named (0 for a ledger the version has no rows of). */
export const ledgerCounts = z.record(ledgerKey, z.number().int());

export const receipt = z.object({
  submissionId: z.string(),
  unitCode: z.string(),
  year: z.number().int(),
  version: z.number().int().positive(),
  receivedAt: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  counts: ledgerCounts,
  warnings: z.array(storedWarning).meta({
    description:
      'The first warnings in the engine’s order (at most 1,000); GET /api/submissions/{id}/warnings pages through all of them',
  }),
  warningCount: z.number().int(),
});
export type Receipt = z.infer<typeof receipt>;

export const errorBody = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      issues: z
        .array(issue)
        .optional()
        .meta({ description: 'At most 1,000, in the engine’s order; `counts` has every kind' }),
      counts: z.array(issueCount).optional(),
    })
    .loose(),
});

export const unitKind = z.enum(['district', 'township', 'department', 'village']);
const unitCode = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '单位编码只能包含字母、数字、下划线和连字符，最长 32 位');

export const unitInput = z.strictObject({
  code: unitCode,
  name: z.string().trim().min(1).max(100),
  kind: unitKind,
  parentCode: unitCode.nullable(),
  reports: z.boolean().optional().meta({
    description:
      'Owes monthly reports; absent: unchanged, for a new unit true except for the root (the district itself)',
  }),
});
export const unitsUpsertBody = z.array(unitInput).min(1).max(5000);

export const unit = unitInput.extend({ path: z.string(), sortOrder: z.number().int(), reports: z.boolean() });

/** The district's report settings: what the work report says that no ledger records. */
export const reportSettings = z.strictObject({
  commissionName: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .nullable()
    .meta({ description: '机关名称, e.g. 西秀区监察委员会; null: {区名}监察委员会' }),
  foundedMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '成立年月应写作 YYYY-MM，例如 2018-03')
    .nullable()
    .meta({ description: 'The commission’s founding year-month; null: the report does not say it' }),
  familyHall: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .meta({ description: '家风家训馆: 家风教育 rows whose 地点或载体 contains it count as visits' }),
});
export type ReportSettings = z.infer<typeof reportSettings>;
export const defaultReportSettings: ReportSettings = { commissionName: null, foundedMonth: null, familyHall: '四知堂' };
/** PUT changes the fields it names. */
export const reportSettingsBody = reportSettings.partial();

/** The Worker's instant (ISO, UTC): the pages keep their clock to it (web/page-clock.ts). */
const serverNow = z.iso.datetime();

export const health = z.object({ ok: z.literal(true), templateVersion: z.string(), now: serverNow });
export type Health = z.infer<typeof health>;

/** A one-time link to a file handed to the system browser (POST /api/handoff), relative to the server. */
export const handoffLink = z.object({ url: z.string().startsWith('/api/handoff/'), expires: z.string() });
export type HandoffLink = z.infer<typeof handoffLink>;

/** Who a credential belongs to: the task pane's settings and the dashboard's sign-in show it. */
export const whoami = z.object({
  role: z.enum(['admin', 'supervisor', 'clerk']),
  unit: unit.nullable(),
  now: serverNow,
});
export type Whoami = z.infer<typeof whoami>;

export const credentialBody = z.strictObject({
  unitCode,
  role: z.enum(['clerk', 'supervisor']),
  label: z.string().trim().min(1).max(100),
});

/** A cell of Excel's grid (A1 to XFD1048576), any case; kept in its canonical upper-case form. */
const cellReference = z
  .string()
  .max(40)
  .transform((text, ctx) => {
    const read = readCellReference(text.trim());
    if (read.ok) return read.cell;
    ctx.addIssue({ code: 'custom', message: read.error });
    return z.NEVER;
  })
  .meta({ description: 'A1 reference within A1…XFD1048576, e.g. "G4"' });

export const returnBody = z.strictObject({
  reason: z.string().trim().min(1).max(1000),
  cells: z
    .array(z.strictObject({ sheet: z.string().max(64), cell: cellReference, note: z.string().max(500).optional() }))
    .max(500)
    .optional(),
});
export type ReturnBody = z.infer<typeof returnBody>;

const returnedCell = z.object({ sheet: z.string(), cell: z.string(), note: z.string().optional() });

/** A stored submission as the API describes it: its receipt, and why it was returned if it was. */
export const storedReceipt = receipt.extend({
  templateVersion: z.string().nullable(),
  source: z.string(),
  returned: z
    .object({ at: z.string(), reason: z.string(), cells: z.array(returnedCell), by: z.string().nullable() })
    .nullable(),
});
export type StoredReceipt = z.infer<typeof storedReceipt>;

/** The largest page the paged endpoints answer (GET /api/submissions, its warnings). */
export const PAGE_MAX = 1000;
const pageQuery = (defaultLimit: number) =>
  z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(PAGE_MAX)
      .default(defaultLimit)
      .meta({ description: `Entries per page (1–${PAGE_MAX}, default ${defaultLimit})` }),
    cursor: z.string().max(64).optional().meta({ description: 'The `next` of the previous page' }),
  });
const nextPage = z
  .string()
  .nullable()
  .meta({ description: 'More entries follow: pass this as `cursor` for the next page; null on the last page' });

/** The warnings a version was accepted with, each with the clerk's 核实说明 (or null), one page at a time in the engine's order. */
export const submissionWarnings = z.object({
  submissionId: z.string(),
  version: z.number().int(),
  warningCount: z.number().int(),
  warnings: z.array(storedWarning),
  next: nextPage,
});
export type SubmissionWarnings = z.infer<typeof submissionWarnings>;

export const history = z.object({
  submissions: z.array(
    storedReceipt.omit({ warnings: true }).extend({
      /** The fewer-rows warnings the version was accepted with: it erased rows the version before had. */
      fewerRows: z.array(storedWarning),
    }),
  ),
  next: nextPage,
});
export type History = z.infer<typeof history>;

export const validation = z.object({
  ok: z.boolean(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  issues: z
    .array(issue)
    .meta({ description: 'At most 1,000, in the engine’s order (sheet, row, column); `counts` has every kind' }),
  counts: z.array(issueCount),
});
export type Validation = z.infer<typeof validation>;

export const completeness = z.enum(['已报送', '逾期报送', '未报送', '已退回', '无需报送']);

const yearParam = z.coerce.number().int().min(2000).max(2100);
const monthParam = z.coerce.number().int().min(1).max(12);

/** A district's year of monthly versions fits in a few pages. */
export const historyQuery = z.object({
  unit: z.string().max(32).optional(),
  year: yearParam.optional(),
  ...pageQuery(100).shape,
});
/** Small submissions keep getting all their warnings in one answer. */
export const warningsQuery = pageQuery(PAGE_MAX);
export const statusQuery = z.object({ year: yearParam.optional(), month: monthParam.optional() });
export const deadlineBody = z.strictObject({ year: yearParam, month: monthParam, dueDate: z.iso.date() });
export const submissionYearQuery = z.object({ year: yearParam.optional() });
/** 报送's query: the year of a raw .xlsx, and the version the clerk knowingly leaves with fewer rows (0: none before). */
export const submissionQuery = submissionYearQuery.extend({ fewerRowsThan: z.coerce.number().int().min(0).optional() });

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
  year: yearParam.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  scope: z
    .string()
    .max(32)
    .optional()
    .meta({ description: 'A unit code within the caller’s scope; defaults to the caller’s unit' }),
});
const rangeInOrder = (q: { from?: string | undefined; to?: string | undefined }): boolean =>
  !q.from || !q.to || q.from <= q.to;
const RANGE_ORDER = { message: '开始日期不能晚于结束日期', path: ['from'] };

export const exportQuery = consolidationQuery
  .extend({
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
    sheet: z.enum(exportSheets).default('summary').meta({ description: 'With format=csv: which sheet' }),
  })
  .refine(rangeInOrder, RANGE_ORDER);

export const templateQuery = z.object({ year: yearParam.optional(), unit: z.string().trim().max(50).optional() });

/** The dashboard's charts and 预警 list: one scope, one year, an optional date range. */
export const overviewQuery = consolidationQuery.refine(rangeInOrder, RANGE_ORDER);

/** The work report's 数据稿: the same consolidation as the export. */
export const reportQuery = consolidationQuery.refine(rangeInOrder, RANGE_ORDER);

const activityFigure = z.object({ rows: z.number().int(), participants: z.number() });

export const overview = z.object({
  scope: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  today: z.string(),
  /** Units whose newest version was returned, with the version counted in their words ("第1版（第2版已退回，待重报）"). */
  awaitingResubmission: z.array(z.object({ unitCode: z.string(), unitName: z.string(), version: z.string() })),
  /** Activities and 参加人次 per 活动类别, in the ledger's category order. */
  categories: z.array(activityFigure.extend({ category: z.string() })),
  /** The same per 所属乡镇（部门）, in tree order. */
  groups: z.array(activityFigure.extend({ name: z.string() })),
  /** The same per month of 活动日期 (1–12). */
  months: z.array(activityFigure.extend({ month: z.number().int().min(1).max(12) })),
  alerts: z.array(
    z.object({
      alert: z.enum(['逾期未完成', '即将到期', '逾期完成']),
      unitCode: z.string(),
      unitName: z.string(),
      group: z.string(),
      row: z.number().int(),
      caseNo: z.string(),
      responsibleUnit: z.string(),
      deadline: z.string(),
      status: z.string(),
      completedDate: z.string().nullable(),
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
  version: z.number().int().nullable(),
  receivedAt: z.string().nullable(),
});
export type MonthStatus = z.infer<typeof monthStatus>;
export const statusMatrix = z.object({
  year: z.number().int(),
  months: z.array(z.number().int()),
  units: z.array(
    unitInput
      .pick({ code: true, name: true, kind: true, parentCode: true })
      .extend({ months: z.record(z.string(), monthStatus) }),
  ),
  summary: z.record(z.string(), z.record(completeness, z.number().int())),
});
export type StatusMatrix = z.infer<typeof statusMatrix>;

/** GET /api/submissions/{id}/diff: rows added, changed and removed against the previous version, by 序号. */
const rowData = z.record(z.string(), z.unknown());
const diffedRow = z.object({ seq: z.number(), row: z.number().int(), data: rowData });
export const submissionDiff = z.object({
  submissionId: z.string(),
  version: z.number().int(),
  previous: z.object({ submissionId: z.string(), version: z.number().int() }).nullable(),
  ledgers: z.record(
    ledgerKey,
    z.object({
      added: z.array(diffedRow),
      removed: z.array(diffedRow),
      changed: z.array(
        z.object({
          seq: z.number(),
          row: z.number().int(),
          before: rowData,
          after: rowData,
          fields: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type SubmissionDiff = z.infer<typeof submissionDiff>;
