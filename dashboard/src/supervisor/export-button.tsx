import { useState } from 'preact/hooks';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';
import { rangeNamePart } from '#shared/report/range-name.ts';
import { saveFile } from '#web/save-file.ts';
import type { Filters } from './report-filters.tsx';

/** What the supervisor can download for the chosen scope and dates. */
const DOWNLOADS = {
  workbook: {
    path: '/export',
    label: '下载汇总工作簿',
    busy: '正在生成汇总工作簿…',
    fallback: (year: number, range: string) => `汇总-${year}${range}.xlsx`,
  },
  draft: {
    path: '/report.docx',
    label: '下载报告数据稿（Word）',
    busy: '正在生成报告数据稿…',
    fallback: (year: number, range: string) => `报告数据稿-${year}${range}.docx`,
  },
} as const;

/** 下载汇总工作簿 / 下载报告数据稿: the consolidation of the chosen scope and dates as a file. */
export function ExportButton({
  session,
  year,
  filters,
  what,
}: {
  session: Session;
  year: number;
  filters: Filters;
  what: keyof typeof DOWNLOADS;
}) {
  const download = DOWNLOADS[what];
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });
  async function start(): Promise<void> {
    setState({ busy: true, message: download.busy, error: false });
    try {
      const { bytes, filename } = await session.api.download(download.path, {
        year,
        scope: filters.scope,
        from: filters.from || undefined,
        to: filters.to || undefined,
      });
      const name = filename ?? download.fallback(year, rangeNamePart(filters, year));
      saveFile(bytes, name);
      setState({ busy: false, message: `已下载 ${name}`, error: false });
    } catch (error) {
      setState({ busy: false, message: errorText(error), error: true });
    }
  }
  return (
    <div class="export">
      <button type="button" class={what === 'workbook' ? 'primary' : undefined} disabled={state.busy} onClick={start}>
        {download.label}
      </button>
      {state.message && (
        <p class={state.error ? 'notice error' : 'muted'} role={state.error ? 'alert' : 'status'}>
          {state.message}
        </p>
      )}
    </div>
  );
}
