import { useState } from 'preact/hooks';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';
import { saveFile } from '#web/save-file.ts';
import { thisYear } from '../this-year.ts';

/**
 * The blank standard workbook for this year, titled for `unitName` (a clerk's own unit); without
 * one, untitled, as a supervisor hands it out to the units below.
 */
export function TemplateDownload({ session, unitName }: { session: Session; unitName?: string | undefined }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  async function download(): Promise<void> {
    try {
      const year = thisYear();
      const { bytes, filename } = await session.api.download('/template.xlsx', { year, unit: unitName });
      saveFile(bytes, filename ?? `廉政教育台账模板-${year}.xlsx`);
      setMessage({ text: `已下载 ${filename ?? '模板'}`, error: false });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  }
  return (
    <div class="template">
      <button type="button" onClick={download}>
        下载空白标准台账模板
      </button>
      {message && (
        <span class={message.error ? 'notice error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
