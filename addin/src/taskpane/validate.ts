import type { Issue } from '../../../shared/index.ts';
import type { ValidateRequest } from './validate-worker.ts';

export interface CheckResult {
  readonly issues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

type Reply = ({ ok: true } & CheckResult) | { ok: false; message: string };

/** The shared engine in a Web Worker: one worker per check, ended when it answers. */
export function validateInWorker(request: ValidateRequest): Promise<CheckResult> {
  const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CheckResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'validation worker failed'));
    };
    worker.postMessage(request);
  });
}
