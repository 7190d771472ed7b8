import { etApplication } from '../wps/et-application.ts';
import { etWorkbookActions } from '../wps/et-workbook.ts';
import { HOST_PAGES, moveTo, type PaneStart } from './pane-host.ts';

/**
 * WPS 表格's start: its ET application on the page. Without one (a browser tab) this page goes to
 * Excel's, which says where the pane can be opened: null.
 */
export function wpsStart(): PaneStart | null {
  const et = etApplication();
  if (!et) return moveTo(HOST_PAGES.excel);
  return {
    kind: 'ready',
    // WPS desks are Chinese; WPS's language setting is not part of its JS API's documented surface.
    info: { displayLanguage: 'zh-CN', partitionKey: undefined },
    workbook: etWorkbookActions(et),
    // WPS's webview saves downloads itself.
    openBrowserWindow: null,
  };
}
