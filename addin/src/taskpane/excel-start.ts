import { browserWindowOpener, officeReady } from '../excel/office-host.ts';
import { officePort } from '../excel/port.ts';
import { etApplication } from '../wps/et-application.ts';
import { HOST_PAGES, moveTo, type PaneStart } from './pane-host.ts';
import { workbookActions } from './workbook.ts';

/**
 * Excel's start: Office.js ready, or why not. A WPS that opened this page (a ribbon.js from before
 * WPS had a page of its own) goes to its own: null.
 */
export async function excelStart(officeWaitMs: number): Promise<PaneStart | null> {
  if (etApplication()) return moveTo(HOST_PAGES.wps);
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
