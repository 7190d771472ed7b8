import type { ApiClient } from '#shared/api/client.ts';
import type { LocaleName } from '#shared/index.ts';
import type { SaveDownload } from './save-download.ts';
import type { PaneSettings, SettingsStore } from './settings.ts';
import type { PaneText } from './text-zh.ts';
import type { XlsxSheet } from '#shared/xlsx/read-xlsx.ts';
import type { CheckResult } from './validate.ts';
import type { ValidateRequest } from './validate-worker.ts';
import type { WorkbookActions } from './workbook.ts';

/** Everything the pane's UI uses from outside: it never names Excel, fetch or storage itself. */
export interface PaneServices {
  readonly text: PaneText;
  readonly locale: LocaleName;
  readonly settings: SettingsStore;
  readonly workbook: WorkbookActions;
  readonly api: (settings: PaneSettings) => ApiClient;
  readonly validate: (request: ValidateRequest) => Promise<CheckResult>;
  /** The non-empty sheets of a downloaded 汇总, read off the pane's thread. */
  readonly readSummary: (workbook: Blob) => Promise<XlsxSheet[]>;
  readonly saveFile: SaveDownload;
  readonly newKey: () => string;
  readonly today: () => string;
}
