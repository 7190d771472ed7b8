/** The one public entry of the shared ledger engine (used by the add-in, the Worker and the CLI). */
export type { CellValue } from './cells/cell-value.ts';
export { type Clock, fixedClock, systemClock } from './clock.ts';
export { todayInChina } from './cells/civil-date.ts';
export { chinaDateTimeSerial, excelSerialToIso, isoToExcelSerial } from './cells/date.ts';
export * from './ledgers/activity.ts';
export * from './ledgers/case-library.ts';
export * from './ledgers/inspection.ts';
export * from './ledgers/rectification.ts';
export { ledgerByKey, ledgerKeys, ledgers } from './ledgers/registry.ts';
export { TEMPLATE_STAMP, TEMPLATE_VERSION } from './ledgers/template-releases.ts';
// The row types only: the Zod row schemas are built when their module loads, which would put
// Zod in every bundle that imports this entry (the CLI, the task pane); import them from there.
export type {
  ActivityRow,
  ColumnValue,
  InspectionRow,
  RectificationRow,
  RowOf,
  RowSchemas,
  RowsByLedger,
} from './ledgers/schema.ts';
export type * from './ledgers/types.ts';
export type { Ledger, LedgerKey } from './ledgers/registry.ts';
export { type LocaleName, locales, placedMessage, wordIssue } from './messages/index.ts';
export { columnLetter, topLeftOf } from './validate/address.ts';
export type { ValidationContext } from './validate/context.ts';
export type { Issue, Severity } from './validate/issue.ts';
export { type IssueCode, issueCodes, type IssueKey } from './validate/issue-kinds.ts';
export {
  ISSUE_LIST_LIMIT,
  type IssueCount,
  type IssueSummary,
  omittedAfter,
  summariseIssues,
} from './validate/issue-summary.ts';
export type { SheetInput } from './validate/validate-sheet.ts';
export {
  type LedgerRows,
  type ValidateOptions,
  type ValidationResult,
  validateWorkbook,
  type WorkbookInput,
} from './validate/validate-workbook.ts';
