import { ApiCallError } from '#shared/api/client.ts';
import { officeErrorCode } from '../excel/office-error.ts';
import { SheetProtectedError } from '../excel/sheet-protection.ts';
import type { PaneText } from './text-zh.ts';

/** What went wrong, in words a clerk can act on; never only a console line. */
export function describeError(error: unknown, t: PaneText): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof SheetProtectedError) return t.sheetProtected(error.sheets.join('”“'));
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case null:
      return t.unexpected(detail);
    case 'InvalidOperationInCellEditMode':
      return t.cellEditing;
    case 'ItemAlreadyExists':
      return t.sheetExists;
    case 'AccessDenied':
      return t.accessDenied;
    case 'MergedRangeConflict':
      return t.tableInTheWay;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return t.payloadTooLarge;
    case 'ApiNotFound':
    case 'NotImplemented':
      return t.apiMissing;
    default:
      return t.officeError(`${detail}（${code}）`);
  }
}
