import type { ApiClient } from '#shared/api/client.ts';
import { saveFile } from '#web/save-file.ts';

/** Where a downloaded file went, to tell the clerk: the webview's downloads, or the system browser's. */
export type SavedTo = 'downloads' | 'browser';

export type SaveDownload = (bytes: Blob, filename: string, api: ApiClient) => Promise<SavedTo>;

/**
 * Saves through `a[download]`, or, where the host ignores it (browserWindowOpener in
 * excel/office-host.ts), hands the bytes to the Worker for a one-time link (POST /api/handoff)
 * and opens that in the system browser, which saves it into its own downloads folder.
 */
export function saveDownload(openBrowserWindow: ((url: string) => void) | null): SaveDownload {
  return async (bytes, filename, api) => {
    if (!openBrowserWindow) {
      saveFile(bytes, filename);
      return 'downloads';
    }
    const { url } = await api.handoff(bytes, filename);
    openBrowserWindow(url);
    return 'browser';
  };
}
