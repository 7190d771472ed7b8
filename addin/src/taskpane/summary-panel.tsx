import { useState } from 'preact/hooks';
import type { ApiClient } from '#shared/api/client.ts';
import { summarySheet } from '../summary/sheet-data.ts';
import type { PaneServices } from './services.ts';
import { StatusLine } from './status-line.tsx';
import { useTask } from './use-task.ts';

/** Sheets written by 写入当前工作簿 are named with this prefix, and replaced on the next download. */
export const SUMMARY_PREFIX = '汇总-';

/** 下载汇总 for supervisors: the consolidated workbook of their scope, into this workbook or as a file. */
export function SummaryPanel({ services, api, year }: { services: PaneServices; api: ApiClient; year: number }) {
  const t = services.text;
  const { busy, notice, setNotice, run } = useTask(t);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const query = { year, from, to, format: 'xlsx' };

  const intoWorkbook = () =>
    void run(t.downloading, async (progress) => {
      const { bytes } = await api.download('/export', query);
      const sheets = (await services.readSummary(bytes)).map(summarySheet);
      const written = await services.workbook.writeSheets(sheets, SUMMARY_PREFIX, (done, total) =>
        progress(t.writing(done, total)),
      );
      setNotice({ kind: 'success', text: t.written(written.length) });
    });

  const asFile = () =>
    void run(t.downloading, async () => {
      const { bytes, filename } = await api.download('/export', query);
      const name = filename ?? `汇总-${year}.xlsx`;
      const where = await services.saveFile(bytes, name, api);
      setNotice({ kind: 'success', text: where === 'browser' ? t.savedByBrowser(name) : t.savedToDownloads(name) });
    });

  return (
    <div class="panel">
      <p class="hint">{t.summaryHint}</p>
      <div class="row">
        <label class="field">
          <span>{t.from}</span>
          <input type="date" name="from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t.to}</span>
          <input type="date" name="to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <div class="actions stacked">
        <button type="button" class="primary" disabled={busy !== null} onClick={intoWorkbook}>
          {t.intoWorkbook}
        </button>
        <button type="button" disabled={busy !== null} onClick={asFile}>
          {t.downloadFile}
        </button>
      </div>
      <StatusLine busy={busy} notice={notice} />
    </div>
  );
}
