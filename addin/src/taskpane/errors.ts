import { ApiCallError } from '../../../shared/api/client.ts';
import type { PaneText } from './text-zh.ts';

/** Office.js errors carry a code (OfficeExtension.Error); only the code is relied on. */
function officeCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : null;
}

/** What went wrong, in words a clerk can act on; never only a console line. */
export function describeError(error: unknown, t: PaneText): string {
  if (error instanceof ApiCallError) return error.message;
  const code = officeCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case null:
      return t.unexpected(detail);
    case 'InvalidOperationInCellEditMode':
      return t.cellEditing;
    case 'ItemAlreadyExists':
      return t.sheetExists;
    case 'ApiNotFound':
    case 'NotImplemented':
      return t.apiMissing;
    default:
      return t.officeError(`${detail}（${code}）`);
  }
}
