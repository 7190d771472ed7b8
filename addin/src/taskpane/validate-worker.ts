/// <reference lib="webworker" />
/** Runs the shared engine off the pane's thread, so 50,000 rows never freeze the pane. */
import { validateWorkbook, type WorkbookInput } from '../../../shared/index.ts';
import type { LocaleName } from '../../../shared/index.ts';

export interface ValidateRequest {
  readonly input: WorkbookInput;
  readonly year: number;
  readonly today: string;
  readonly locale: LocaleName;
}

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { input, year, today, locale } = event.data;
  try {
    const { issues, errorCount, warningCount } = validateWorkbook(input, { year, today, locale });
    self.postMessage({ ok: true, issues, errorCount, warningCount });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
