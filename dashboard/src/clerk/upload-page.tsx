import { useRef, useState } from 'preact/hooks';
import type { SubmissionRequest } from '../../../shared/api/client.ts';
import type { StoredReceipt } from '../../../shared/api/schemas.ts';
import type { Session } from '../session.ts';
import { LoadedView } from '../ui/loaded-view.tsx';
import { useLoad } from '../use-load.ts';
import { checkFile } from './check-file.ts';
import type { CheckReply } from './check-worker.ts';
import { DropZone } from './drop-zone.tsx';
import { explanationsOf } from '../../../shared/api/explanations.ts';
import { IssueTable } from './issue-table.tsx';
import { LedgerYear } from './ledger-year.tsx';
import { ReceiptView } from './receipt-view.tsx';
import { SubmitPanel } from './submit-panel.tsx';
import { TemplateDownload } from './template-download.tsx';

/** `round` tells two checks of the same file apart, so each gets a fresh idempotency key. */
type Checked = { readonly file: string; readonly round: number; readonly reply: CheckReply };

const bodyOf = (reply: Extract<CheckReply, { kind: 'checked' }>, notes: ReadonlyMap<string, string>): SubmissionRequest => ({
  year: reply.year,
  templateVersion: reply.input.templateVersion ?? null,
  sheets: reply.input.sheets,
  explanations: explanationsOf(reply.issues, notes),
});

/** For clerks without the add-in: template, drop, check in the browser, 报送, 回执. */
export function UploadPage({ session }: { session: Session }) {
  const [checking, setChecking] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [receipt, setReceipt] = useState<StoredReceipt | null>(null);
  const rounds = useRef(0);
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  const [year, setYear] = useState<number | null>(null);
  const file = useRef<File | null>(null);
  const [latest] = useLoad(() => session.api.history().then((h) => h.submissions[0] ?? null), [receipt?.submissionId]);

  async function take(chosen: File, ledgerYear: number | null): Promise<void> {
    file.current = chosen;
    setChecking(chosen.name);
    setChecked(null);
    setReceipt(null);
    setNotes(new Map());
    const reply = await checkFile(chosen, ledgerYear);
    setChecking(null);
    setChecked({ file: chosen.name, round: ++rounds.current, reply });
  }

  function changeYear(next: number | null): void {
    setYear(next);
    // The year decides the 年度 rules, so a file already checked is checked again.
    if (file.current && !receipt) void take(file.current, next);
  }

  return (
    <>
      <LoadedView loaded={latest}>
        {(last) => last?.returned ? (
          <div class="notice error" role="alert">
            您单位 {last.year} 年第 {last.version} 版报送已于 {last.returned.at.slice(0, 10)} 被退回。原因：{last.returned.reason}。
            {last.returned.cells.length > 0 && `需修改的单元格：${last.returned.cells.map((c) => `${c.sheet}!${c.cell}`).join('、')}。`}
            请修改后重新报送。
          </div>
        ) : last ? <p class="muted">最近一次报送：{last.year} 年第 {last.version} 版，{last.receivedAt.slice(0, 10)}。</p> : null}
      </LoadedView>
      <section aria-labelledby="step-1">
        <h2 id="step-1">1. 下载模板并填写</h2>
        <p class="muted">已有台账可直接上传；表头顺序、标题行、“（必填）”等写法不影响识别。</p>
        <TemplateDownload session={session} />
      </section>
      <section aria-labelledby="step-2">
        <h2 id="step-2">2. 上传并校验</h2>
        <LedgerYear year={year} onChange={changeYear} />
        <DropZone busy={checking !== null} onFile={(f) => take(f, year)} />
        {checking && <p role="status" class="muted">正在校验 {checking}…</p>}
      </section>
      {checked && !receipt && (
        <section aria-labelledby="step-3">
          <h2 id="step-3">3. 校验结果 · {checked.file}</h2>
          {checked.reply.kind === 'failed' && <p class="notice error" role="alert">校验失败：{checked.reply.message}</p>}
          {checked.reply.kind === 'unreadable' && <IssueTable issues={[checked.reply.issue]} />}
          {checked.reply.kind === 'checked' && (
            <>
              <p role="status">
                {checked.reply.year} 年度；{Object.entries(checked.reply.rows).map(([sheet, n]) => `${sheet} ${n} 行`).join('，')}；
                {checked.reply.errorCount} 个错误，{checked.reply.warningCount} 个警告。
              </p>
              {checked.reply.issues.length > 0 && (
                <IssueTable
                  issues={checked.reply.issues}
                  {...(checked.reply.errorCount === 0 ? { notes, onNote: (key: string, note: string) => setNotes(new Map(notes).set(key, note)) } : {})}
                />
              )}
              <SubmitPanel key={checked.round} session={session} body={bodyOf(checked.reply, notes)} errorCount={checked.reply.errorCount} warningCount={checked.reply.warningCount} onReceipt={setReceipt} />
            </>
          )}
        </section>
      )}
      {receipt && <ReceiptView receipt={receipt} />}
    </>
  );
}
