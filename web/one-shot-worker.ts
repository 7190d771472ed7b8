/**
 * One request to a freshly started worker, ended once it answers or fails. Callers make the
 * worker themselves from a `./x.ts?worker` import, which Vite bundles as a classic script:
 * module workers and import.meta do not exist in the old webviews Office 2016/2019 use.
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
