/** What the pane needs to know of Office itself before it starts. */
export interface OfficeHostInfo {
  /** Excel's UI language, e.g. "zh-CN" or "en-US". */
  readonly displayLanguage: string;
  /** Set where Office partitions add-in storage (e.g. Excel on the web); keys localStorage. */
  readonly partitionKey: string | undefined;
}

/**
 * How the pane's start went: inside Excel; Office.js never arrived (blocked or unreachable);
 * Office.js ready but not inside Excel (a plain browser tab); or Office.js loaded but never
 * ready (its host script did not load), given up after `waitMs`.
 */
export type OfficeStart =
  | { readonly kind: 'excel'; readonly info: OfficeHostInfo }
  | { readonly kind: 'no-office-js' }
  | { readonly kind: 'not-excel' }
  | { readonly kind: 'timeout' };

export async function officeReady(waitMs: number): Promise<OfficeStart> {
  if (typeof Office === 'undefined') return { kind: 'no-office-js' };
  // Outside Office (a plain browser tab) onReady still resolves, with no host.
  const ready = Office.onReady().then(
    ({ host }): OfficeStart =>
      host === Office.HostType.Excel
        ? {
            kind: 'excel',
            info: { displayLanguage: Office.context.displayLanguage ?? '', partitionKey: Office.context.partitionKey },
          }
        : { kind: 'not-excel' },
  );
  return Promise.race([ready, new Promise<OfficeStart>((resolve) => setTimeout(resolve, waitMs, { kind: 'timeout' }))]);
}

/**
 * How this host can save a download when its webview cannot: Excel for Mac and for iPad ignore
 * `a[download]` (the click does nothing), so there a file goes through the system browser,
 * opened with Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1, which Office has
 * on Windows, Mac and iPad, not on the web). Null where `a[download]` works.
 */
export function browserWindowOpener(): ((url: string) => void) | null {
  const { platform, requirements, ui } = Office.context;
  const ignoresDownloads = platform === Office.PlatformType.Mac || platform === Office.PlatformType.iOS;
  if (!ignoresDownloads || !requirements.isSetSupported('OpenBrowserWindowApi', '1.1')) return null;
  return (url) => ui.openBrowserWindow(url);
}
