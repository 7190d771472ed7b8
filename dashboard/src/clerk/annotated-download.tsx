import { useState } from 'preact/hooks';
import { saveFile } from '#web/save-file.ts';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';

/** `台账.xlsx` → `台账-批注版.xlsx`: the clerk finds it beside the file they chose. */
export const annotatedName = (file: string): string => `${file.replace(/\.xlsx$/i, '')}-批注版.xlsx`;

/**
 * 下载批注版: the checked workbook back with its problem cells filled and commented and a first
 * sheet 校验问题, for fixing in WPS, LibreOffice or Excel without the add-in (POST /api/annotate).
 */
export function AnnotatedDownload({
  session,
  file,
  workbook,
  year,
}: {
  session: Session;
  file: string;
  workbook: Blob;
  year: number;
}) {
  const [state, setState] = useState<{ text: string; error: boolean } | null>(null);
  async function download(): Promise<void> {
    setState({ text: '正在生成批注版…', error: false });
    try {
      const name = annotatedName(file);
      saveFile(await session.api.annotateXlsx(workbook, year), name);
      setState({ text: `已下载 ${name}：问题单元格已填色并附批注，首个工作表“校验问题”可逐条跳转。`, error: false });
    } catch (error) {
      setState({ text: errorText(error), error: true });
    }
  }
  return (
    <div class="template annotated">
      <button type="button" onClick={download}>
        下载批注版
      </button>
      {state && (
        <span class={state.error ? 'notice error' : 'muted'} role={state.error ? 'alert' : 'status'}>
          {state.text}
        </span>
      )}
    </div>
  );
}
