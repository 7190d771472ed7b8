import { useCallback, useRef, useState } from 'preact/hooks';
import { ApiCallError } from '#shared/api/client.ts';
import { withFewerRowsFrom } from '#shared/api/fewer-rows.ts';
import type { History, SubmissionReceipt } from '#shared/api/schemas.ts';
import { reportingWords } from '#shared/messages/zh-CN.ts';
import { type Issue, summariseIssues } from '#shared/index.ts';
import { chinaDate } from '#web/format-time.ts';
import type { Session } from '../session.ts';
import { LoadedView } from '../ui/loaded-view.tsx';
import { useLoad } from '../use-load.ts';
import { AnnotatedDownload } from './annotated-download.tsx';
import { checkFile } from './check-file.ts';
import type { CheckReply } from './check-worker.ts';
import { DropZone } from './drop-zone.tsx';
import { IssueTable } from './issue-table.tsx';
import { LedgerYear } from './ledger-year.tsx';
import { ReceiptView } from './receipt-view.tsx';
import { sendUpload } from './send-upload.ts';
import { SubmitPanel } from './submit-panel.tsx';
import { TemplateDownload } from './template-download.tsx';

/** `round` tells checks apart: a fresh idempotency key for each, and only the latest is shown. */
type Checked = {
  readonly file: string;
  readonly round: number;
  readonly reply: CheckReply;
  readonly workbook: Blob;
  readonly notice?: string;
};

/** For clerks without the add-in: template, drop, check in the browser, 报送, 回执. */
export function UploadPage({ session }: { session: Session }) {
  const [checking, setChecking] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [receipt, setReceipt] = useState<SubmissionReceipt | null>(null);
  const rounds = useRef(0);
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  const [year, setYear] = useState<number | null>(null);
  const file = useRef<File | null>(null);
  // The history lists the newest year and version first, so one entry is the latest; the next
  // deadline is asked again after each 报送, which may have reported its month.
  const [landing] = useLoad(
    () =>
      Promise.all([
        session.api.history({ limit: 1 }).then((h) => h.submissions[0] ?? null),
        session.api.me().then((who) => who.nextDeadline),
      ]),
    [receipt?.submissionId],
  );
  const onNote = useCallback((key: string, note: string) => setNotes((before) => new Map(before).set(key, note)), []);

  async function take(chosen: File, ledgerYear: number | null): Promise<void> {
    // A newer check (another file, another 台账年度) supersedes this one: a check that
    // finishes late must never replace the newer result, which is what 报送 would send.
    const round = ++rounds.current;
    file.current = chosen;
    setChecking(chosen.name);
    setChecked(null);
    setReceipt(null);
    setNotes(new Map());
    // Fresh history for each check: the file is weighed against the version it would replace now.
    // Without it the cells alone are checked; the Worker weighs the file anyway when it is sent.
    const history = await session.api.history().then(
      ({ submissions }) => submissions,
      () => undefined,
    );
    if (round !== rounds.current) return;
    const { reply, workbook } = await checkFile(chosen, ledgerYear, history);
    if (round !== rounds.current) return;
    setChecking(null);
    setChecked({ file: chosen.name, round, reply, workbook });
  }

  /** The Worker weighed the file against a newer version than the page did: the clerk confirms again. */
  function fewerRowsAnswered(server: readonly Issue[], message: string): void {
    const round = ++rounds.current;
    setChecked((before) => {
      if (before?.reply.kind !== 'checked') return before;
      return { ...before, round, reply: withFewerRowsFrom(server, before.reply), notice: message };
    });
  }

  function changeYear(next: number | null): void {
    setYear(next);
    // The year decides the 年度 rules, so a file already checked (or being checked) is checked again.
    if (file.current && !receipt) void take(file.current, next);
  }

  return (
    <>
      <LoadedView loaded={landing}>
        {([last, next]) => (
          <>
            {next && <p class="next-deadline">{reportingWords.nextDeadline(next)}</p>}
            <LatestSubmission last={last} />
          </>
        )}
      </LoadedView>
      <section aria-labelledby="step-1">
        <h2 id="step-1">1. 下载模板并填写</h2>
        <p class="muted">已有台账可直接上传；表头顺序、标题行、“（必填）”等写法不影响识别。</p>
        <TemplateDownload session={session} unitName={session.who.unit?.name} />
      </section>
      <section aria-labelledby="step-2">
        <h2 id="step-2">2. 上传并校验</h2>
        <LedgerYear year={year} onChange={changeYear} />
        <DropZone busy={checking !== null} onFile={(f) => take(f, year)} />
        {checking && (
          <p role="status" class="muted">
            正在校验 {checking}…
          </p>
        )}
      </section>
      {checked && !receipt && (
        <section aria-labelledby="step-3">
          <h2 id="step-3">3. 校验结果 · {checked.file}</h2>
          {checked.reply.kind === 'failed' && (
            <p class="notice error" role="alert">
              校验失败：{checked.reply.message}
            </p>
          )}
          {checked.reply.kind === 'unreadable' && <IssueTable summary={summariseIssues([checked.reply.issue])} />}
          {checked.reply.kind === 'checked' && (
            <CheckedView
              session={session}
              checked={{ ...checked, reply: checked.reply }}
              notes={notes}
              onNote={onNote}
              onReceipt={setReceipt}
              onFewerRows={fewerRowsAnswered}
            />
          )}
        </section>
      )}
      {receipt && <ReceiptView receipt={receipt} />}
    </>
  );
}

/** The newest version, and why it was sent back if it was: the clerk's first question on arrival. */
function LatestSubmission({ last }: { last: History['submissions'][number] | null }) {
  return last?.returned ? (
    <div class="notice error" role="alert">
      您单位 {last.year} 年第 {last.version} 版报送已于 {chinaDate(last.returned.at)} 被退回。原因：
      {last.returned.reason}。
      {last.returned.cells.length > 0 &&
        `需修改的单元格：${last.returned.cells.map((c) => `${c.sheet}!${c.cell}`).join('、')}。`}
      请修改后重新报送。
    </div>
  ) : last ? (
    <p class="muted">
      最近一次报送：{last.year} 年第 {last.version} 版，{chinaDate(last.receivedAt)}。
    </p>
  ) : null;
}

function CheckedView({
  session,
  checked,
  notes,
  onNote,
  onReceipt,
  onFewerRows,
}: {
  session: Session;
  checked: Checked & { readonly reply: Extract<CheckReply, { kind: 'checked' }> };
  notes: ReadonlyMap<string, string>;
  onNote: (key: string, note: string) => void;
  onReceipt: (receipt: SubmissionReceipt) => void;
  onFewerRows: (server: readonly Issue[], message: string) => void;
}) {
  const { reply } = checked;
  return (
    <>
      <p role="status">
        {reply.year} 年度；
        {Object.entries(reply.rows)
          .map(([sheet, n]) => `${sheet} ${n} 行`)
          .join('，')}
        ；{reply.errorCount} 个错误，{reply.warningCount} 个警告。
      </p>
      {checked.notice && (
        <p class="notice error" role="alert">
          {checked.notice}
        </p>
      )}
      {/* Above the list: with many issues, the marked-up file is the quicker way to fix them. */}
      {reply.issues.length > 0 && (
        <AnnotatedDownload session={session} file={checked.file} workbook={checked.workbook} year={reply.year} />
      )}
      {reply.issues.length > 0 && <IssueTable summary={reply} {...(reply.errorCount === 0 ? { notes, onNote } : {})} />}
      <SubmitPanel
        key={checked.round}
        year={reply.year}
        send={(key) =>
          sendUpload(session, { reply, workbook: checked.workbook }, notes, key).catch((error: unknown) => {
            if (error instanceof ApiCallError && error.code === 'confirmation-required')
              onFewerRows(error.issues, error.message);
            throw error;
          })
        }
        errorCount={reply.errorCount}
        warningCount={reply.warningCount}
        onReceipt={onReceipt}
      />
    </>
  );
}
