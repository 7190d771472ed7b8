import { todayInChina } from '../../../shared/cells/civil-date.ts';
import type { CheckReply, CheckRequest } from './check-worker.ts';

/** The shared engine on an uploaded file, in a Web Worker that ends when it answers. */
export async function checkFile(file: File, year: number | null): Promise<CheckReply> {
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CheckReply>((resolve) => {
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ kind: 'failed', message: event.message || '校验程序未能启动' });
    };
    const request: CheckRequest = { bytes, today: todayInChina(), year };
    worker.postMessage(request, [bytes]);
  });
}
