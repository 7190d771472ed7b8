/**
 * Which spreadsheet the pane runs in, known from the page it opened: WPS 表格 opens
 * taskpane-wps.html (its ET object model on the page, wps-start.ts), Excel taskpane.html (Office.js,
 * excel-start.ts). Each gives the pane the same WorkbookActions, and each page loads only its own
 * host's adapter.
 */
import type { OfficeHostInfo, OfficeStart } from '../excel/office-host.ts';
import type { WorkbookActions } from './workbook.ts';

export type PaneStart =
  | {
      readonly kind: 'ready';
      readonly info: OfficeHostInfo;
      readonly workbook: WorkbookActions;
      /** The system browser, where the host's webview ignores downloads (Excel for Mac); else null. */
      readonly openBrowserWindow: ((url: string) => void) | null;
    }
  | Exclude<OfficeStart, { readonly kind: 'excel' }>;

/** Each host's page, as the Worker serves it (without .html), beside the other. */
export const HOST_PAGES = { excel: 'taskpane', wps: 'taskpane-wps' } as const;

/** Leaves for the other host's page, keeping the query. */
export function moveTo(page: string): null {
  location.replace(`${page}${location.search}`);
  return null;
}
