/** What the pane needs to know of Office itself before it starts. */
export interface OfficeHostInfo {
  /** Excel's UI language, e.g. "zh-CN" or "en-US". */
  readonly displayLanguage: string;
  /** Set where Office partitions add-in storage (e.g. Excel on the web); keys localStorage. */
  readonly partitionKey: string | undefined;
}

/** Resolves once Office.js is ready; null when the page is not running inside Office. */
export async function officeReady(): Promise<OfficeHostInfo | null> {
  if (typeof Office === 'undefined') return null;
  await Office.onReady();
  return { displayLanguage: Office.context.displayLanguage ?? '', partitionKey: Office.context.partitionKey };
}
