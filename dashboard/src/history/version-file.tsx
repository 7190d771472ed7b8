import { useState } from 'preact/hooks';
import { saveFile } from '#web/save-file.ts';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';
import type { Version } from './use-versions.ts';

/**
 * The .xlsx a version was uploaded as, fetched with the credential (a plain link would carry none).
 * A version the task pane sent as data has no file, and says so instead of offering a dead link.
 */
export function VersionFile({ session, version }: { session: Session; version: Version }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });
  if (version.source !== 'xlsx')
    return <p class="muted">第 {version.version} 版是在 Excel 加载项中以数据报送的，没有上传文件可供下载。</p>;
  async function download(): Promise<void> {
    setState({ busy: true, message: '正在下载报送文件…', error: false });
    try {
      const { bytes, filename } = await session.api.download(
        `/submissions/${encodeURIComponent(version.submissionId)}/file`,
      );
      const name = filename ?? `第${version.version}版.xlsx`;
      saveFile(bytes, name);
      setState({ busy: false, message: `已下载 ${name}`, error: false });
    } catch (error) {
      setState({ busy: false, message: errorText(error), error: true });
    }
  }
  return (
    <div class="export">
      <button type="button" disabled={state.busy} onClick={download}>
        下载报送的原文件（.xlsx）
      </button>
      {state.message && (
        <p class={state.error ? 'notice error' : 'muted'} role={state.error ? 'alert' : 'status'}>
          {state.message}
        </p>
      )}
    </div>
  );
}
