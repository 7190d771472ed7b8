import type { ApiClient } from '#shared/api/client.ts';
import type { LocaleName } from '#shared/index.ts';
import type { SaveDownload } from './save-download.ts';
import type { PaneSettings, SettingsStore } from './settings.ts';
import type { PaneText } from './text-zh.ts';
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
  readonly saveFile: SaveDownload;
  readonly newKey: () => string;
  readonly today: () => string;
}
