/**
 * One request to a freshly started module worker, ended once it answers or fails. Callers make
 * the worker themselves (`new Worker(new URL('./x.ts', import.meta.url), …)`), because that is
 * the line Vite recognises to bundle the worker.
 */
export function askWorker<Reply>(worker: Worker, request: unknown, transfer: Transferable[] = []): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed to start'));
    };
    worker.postMessage(request, transfer);
  });
}
