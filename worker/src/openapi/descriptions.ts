import { z } from 'zod/mini';
import { apiErrorReasons } from '#shared/api/error-kinds.ts';
import {
  errorBody,
  exportQuery,
  history,
  historyQuery,
  PAGE_MAX,
  receipt,
  reportSettings,
  returnBody,
  ROWS_PAGE_MAX,
  rowsQuery,
  sheetInput,
  submissionDiff,
  unitInput,
  validation,
  warningsQuery,
} from '#shared/api/schemas.ts';

/**
 * What the OpenAPI document says of fields whose name does not: kept here, beside the document,
 * rather than as `z.meta` in the shared schemas, so the task pane and the dashboard, which parse
 * with those schemas, do not download the sentences (about 1 KB of the pane's 60 KB).
 */
const error = errorBody.shape.error.shape;
const diff = submissionDiff.shape.ledgers._zod.def.valueType.shape;
const changed = diff.changed._zod.def.element.shape;
const pageParameters = (query: typeof warningsQuery, defaultLimit: number): [z.core.$ZodType, string][] => [
  [query.shape.limit, `Entries per page (1–${PAGE_MAX}, default ${defaultLimit})`],
  [query.shape.cursor._zod.def.innerType, 'The `next` of the previous page'],
];

export const apiDescriptions: readonly (readonly [z.core.$ZodType, string])[] = [
  [sheetInput.shape.address, 'Top-left of the values, e.g. "A1" or Office.js Range.address'],
  [
    receipt.shape.warnings,
    'The first warnings in the engine’s order (at most 1,000); GET /api/submissions/{id}/warnings pages through all of them',
  ],
  [error.reason, `One of: ${apiErrorReasons.join(', ')}`],
  [error.message, 'The Chinese wording of `reason`'],
  [error.issues._zod.def.innerType, 'At most 1,000, in the engine’s order; `counts` has every kind'],
  [
    unitInput.shape.reports._zod.def.innerType,
    'Owes monthly reports; absent: unchanged, for a new unit true except for the root (the district itself)',
  ],
  [reportSettings.shape.commissionName, '机关名称, e.g. 西秀区监察委员会; null: {区名}监察委员会'],
  [reportSettings.shape.foundedMonth, 'The commission’s founding year-month; null: the report does not say it'],
  [reportSettings.shape.familyHall, '家风家训馆: 家风教育 rows whose 地点或载体 contains it count as visits'],
  [
    returnBody.shape.cells._zod.def.innerType._zod.def.element.shape.cell,
    'A1 reference within A1…XFD1048576, e.g. "G4"',
  ],
  ...pageParameters(historyQuery, 100),
  ...pageParameters(warningsQuery, PAGE_MAX),
  [history.shape.next, 'More entries follow: pass this as `cursor` for the next page; null on the last page'],
  [rowsQuery.shape.ledger, 'Which ledger of the version'],
  [rowsQuery.shape.limit, `Rows per page (1–${ROWS_PAGE_MAX}, default 50)`],
  [rowsQuery.shape.cursor._zod.def.innerType, 'The `next` of the previous page'],
  [validation.shape.issues, 'At most 1,000, in the engine’s order (sheet, row, column); `counts` has every kind'],
  [exportQuery.shape.scope._zod.def.innerType, 'A unit code within the caller’s scope; defaults to the caller’s unit'],
  [exportQuery.shape.sheet, 'With format=csv: which sheet'],
  [diff.matchedBy, 'The field rows are matched by: the natural key (caseNo), or seq'],
  [changed.previousSeq, 'The row’s 序号 in the previous version (equal to seq unless it moved)'],
  [changed.fields, 'Field keys whose value differs, 序号 aside'],
  [diff.moved, 'Rows whose 序号 alone changed (renumbered), matched by the natural key'],
];

/** Registers the descriptions where `z.toJSONSchema` reads them; once, however often it is called. */
export function describeApiSchemas(): void {
  for (const [schema, description] of apiDescriptions)
    if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { description });
}
