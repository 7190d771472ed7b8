/** What the pane needs to know of Office itself before it starts. */
export interface OfficeHostInfo {
  /** Excel's UI language, e.g. "zh-CN" or "en-US". */
  readonly displayLanguage: string;
  /** Set where Office partitions add-in storage (e.g. Excel on the web); keys localStorage. */
  readonly partitionKey: string | undefined;
}

/** Resolves once Office.js is ready; null when the page is not running inside Excel. */
export async function officeReady(): Promise<OfficeHostInfo | null> {
  if (typeof Office === 'undefined') return null;
  // Outside Office (a plain browser tab) onReady still resolves, with no host.
  const { host } = await Office.onReady();
  if (host !== Office.HostType.Excel) return null;
  return { displayLanguage: Office.context.displayLanguage ?? '', partitionKey: Office.context.partitionKey };
}
