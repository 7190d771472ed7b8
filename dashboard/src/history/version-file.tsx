import type { Session } from '../session.ts';
import { DownloadButton } from '../ui/download-button.tsx';
import type { Version } from './use-versions.ts';

/**
 * The .xlsx a version was uploaded as. A version the task pane sent as data has no file, and
 * says so instead of offering a dead link.
 */
export function VersionFile({ session, version }: { session: Session; version: Version }) {
  if (version.source !== 'xlsx')
    return <p class="muted">第 {version.version} 版是在 Excel 加载项中以数据报送的，没有上传文件可供下载。</p>;
  return (
    <DownloadButton
      label="下载报送的原文件（.xlsx）"
      busy="正在下载报送文件…"
      fetchFile={() => session.api.download(`/submissions/${encodeURIComponent(version.submissionId)}/file`)}
      fallbackName={() => `第${version.version}版.xlsx`}
    />
  );
}
