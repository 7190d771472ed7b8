/**
 * `Excel.run`'s shape. The adapter takes it as a parameter so tests can hand it the
 * in-memory host; production passes the real one, loaded from Microsoft's CDN.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

// A function, not `Excel.run` itself: the global exists only once Office.js has loaded.
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
