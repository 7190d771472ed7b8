import { useState } from 'preact/hooks';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';
import { rangeNamePart } from '../../../shared/report/range-name.ts';
import { saveFile } from '../../../web/save-file.ts';
import type { Filters } from './report-filters.tsx';

/** 下载汇总: the consolidated workbook of the chosen scope and dates. */
export function ExportButton({ session, year, filters }: { session: Session; year: number; filters: Filters }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({ busy: false, message: null, error: false });
  async function download(): Promise<void> {
    setState({ busy: true, message: '正在生成汇总工作簿…', error: false });
    try {
      const { bytes, filename } = await session.api.download('/export', { year, scope: filters.scope, from: filters.from || undefined, to: filters.to || undefined });
      const name = filename ?? `汇总-${year}${rangeNamePart(filters, year)}.xlsx`;
      saveFile(bytes, name);
      setState({ busy: false, message: `已下载 ${name}`, error: false });
    } catch (error) {
      setState({ busy: false, message: errorText(error), error: true });
    }
  }
  return (
    <div class="export">
      <button type="button" class="primary" disabled={state.busy} onClick={download}>下载汇总工作簿</button>
      {state.message && <p class={state.error ? 'notice error' : 'muted'} role={state.error ? 'alert' : 'status'}>{state.message}</p>}
    </div>
  );
}
