/**
 * Which spreadsheet the pane runs in, decided once at start: WPS 表格 (its ET object model on the
 * page) or Excel (Office.js). Each gives the pane the same WorkbookActions.
 */
import { browserWindowOpener, type OfficeHostInfo, type OfficeStart, officeReady } from '../excel/office-host.ts';
import { officePort } from '../excel/port.ts';
import { etApplication } from '../wps/et-application.ts';
import { etWorkbookActions } from '../wps/et-workbook.ts';
import { type WorkbookActions, workbookActions } from './workbook.ts';

export type PaneStart =
  | {
      readonly kind: 'ready';
      readonly info: OfficeHostInfo;
      readonly workbook: WorkbookActions;
      /** The system browser, where the host's webview ignores downloads (Excel for Mac); else null. */
      readonly openBrowserWindow: ((url: string) => void) | null;
    }
  | Exclude<OfficeStart, { readonly kind: 'excel' }>;

export async function paneStart(officeWaitMs: number): Promise<PaneStart> {
  const et = etApplication();
  // WPS desks are Chinese; WPS's language setting is not part of its JS API's documented surface.
  if (et)
    return {
      kind: 'ready',
      info: { displayLanguage: 'zh-CN', partitionKey: undefined },
      workbook: etWorkbookActions(et),
      // WPS's webview saves downloads itself.
      openBrowserWindow: null,
    };
  const start = await officeReady(officeWaitMs);
  return start.kind === 'excel'
    ? {
        kind: 'ready',
        info: start.info,
        workbook: workbookActions(officePort),
        openBrowserWindow: browserWindowOpener(),
      }
    : start;
}
