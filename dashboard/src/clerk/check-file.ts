import { askWorker } from '#web/one-shot-worker.ts';
import { pageToday } from '#web/page-clock.ts';
import type { CheckReply, CheckRequest } from './check-worker.ts';
import CheckWorker from './check-worker.ts?worker';

/**
 * The shared engine on an uploaded file, in a Web Worker that ends when it answers. `workbook`
 * is a copy of the bytes checked, so 报送 sends what was checked even if the file changes on disk.
 */
export async function checkFile(
  file: File,
  year: number | null,
  history: CheckRequest['history'],
): Promise<{ reply: CheckReply; workbook: Blob }> {
  const bytes = await file.arrayBuffer();
  // The Blob copies the bytes; the buffer itself is handed over to the worker below.
  const workbook = new Blob([bytes], { type: file.type });
  const request: CheckRequest = { bytes, today: pageToday(), year, ...(history === undefined ? {} : { history }) };
  const reply = await askWorker<CheckReply>(new CheckWorker(), request, [bytes]).catch(
    (): CheckReply => ({ kind: 'failed', message: '校验程序未能启动' }),
  );
  return { reply, workbook };
}
