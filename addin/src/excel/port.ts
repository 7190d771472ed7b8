/**
 * How the add-in reaches Excel: `Excel.run`, and which ExcelApi versions beyond the
 * manifest's 1.1 the host has (api-sets.ts names the ones used). Everything in excel/ takes a
 * port, so tests hand it the in-memory host; production passes `officePort`, backed by Office.js.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelPort {
  readonly run: ExcelRun;
  /** Whether the host implements ExcelApi 1.<minor> (e.g. 9 for getRanges). */
  supports(minor: number): boolean;
}

// Functions, not the globals themselves: they exist only once Office.js has loaded.
export const officePort: ExcelPort = {
  run: (batch) => Excel.run(batch),
  supports: (minor) => Office.context.requirements.isSetSupported('ExcelApi', `1.${minor}`),
};
