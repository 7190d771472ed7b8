import { useState } from 'preact/hooks';
import { saveFile } from '#web/save-file.ts';
import { errorText } from './error-text.ts';

/**
 * A button that fetches a file with the credential (a plain link would carry none) and saves it
 * under the Worker's name, saying while it works, what it saved, or why it could not.
 */
export function DownloadButton({
  label,
  busy,
  primary = false,
  fetchFile,
  fallbackName,
}: {
  label: string;
  /** What the page says while the file comes. */
  busy: string;
  primary?: boolean;
  fetchFile: () => Promise<{ bytes: Blob; filename: string | null }>;
  /** The name when the answer names none. */
  fallbackName: () => string;
}) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });
  async function start(): Promise<void> {
    setState({ busy: true, message: busy, error: false });
    try {
      const { bytes, filename } = await fetchFile();
      const name = filename ?? fallbackName();
      saveFile(bytes, name);
      setState({ busy: false, message: `已下载 ${name}`, error: false });
    } catch (error) {
      setState({ busy: false, message: errorText(error), error: true });
    }
  }
  return (
    <div class="export">
      <button type="button" class={primary ? 'primary' : undefined} disabled={state.busy} onClick={start}>
        {label}
      </button>
      {state.message && (
        <p class={state.error ? 'notice error' : 'muted'} role={state.error ? 'alert' : 'status'}>
          {state.message}
        </p>
      )}
    </div>
  );
}
