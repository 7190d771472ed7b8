import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '#shared/api/client.ts';
import { ApiCallError } from '#shared/api/client.ts';
import type { NextDeadline, SubmissionReceipt } from '#shared/api/schemas.ts';
import type { InsertStep } from '../excel/insert-template.ts';
import { readCellReference } from '#shared/validate/cell-reference.ts';
import type { HighlightedRange } from '../excel/highlights.ts';
import type { Mark } from '../highlight/plan.ts';
import { fewerRowsThan, replacedIn, withFewerRowsFrom } from '#shared/api/fewer-rows.ts';
import { type Checked, type CheckStep, checkWorkbook, type ReplacesFor, submissionBody } from './check.ts';
import { IssueList } from './issue-list.tsx';
import { ReceiptView, type Returned, ReturnedBanner } from './receipt-view.tsx';
import type { PaneServices } from './services.ts';
import type { PaneSettings } from './settings.ts';
import { StatusLine } from './status-line.tsx';
import type { PaneText } from './text-zh.ts';
import { useTask } from './use-task.ts';
import { describeError } from './errors.ts';
import { WarningsConfirm } from './warnings-confirm.tsx';

function returnedMarks(receipt: Returned): Mark[] {
  return (receipt.returned?.cells ?? []).flatMap((c) => {
    const read = readCellReference(c.cell);
    return read.ok ? [{ sheet: c.sheet, row: read.row, column: read.column, severity: 'error' as const }] : [];
  });
}

function stepText(step: CheckStep, t: PaneText): string {
  if (step.kind === 'reading') return t.reading(step.done, step.total);
  return step.kind === 'validating' ? t.validating : t.highlighting;
}

/** Why a send failed, and whether sending again with the same key is the way out. */
interface SendFailure {
  readonly key: string;
  readonly checked: Checked;
  readonly notes: ReadonlyMap<string, string>;
}

export function LedgerPanel({
  services,
  settings,
  api,
  unitName,
  clerkUnit,
}: {
  services: PaneServices;
  settings: PaneSettings;
  api: ApiClient | null;
  unitName: string | undefined;
  /** The credential's unit when it is a clerk's; only then does the pane look for 已退回. */
  clerkUnit: string | null;
}) {
  const t = services.text;
  const { busy, notice, setNotice, run } = useTask(t);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [highlighted, setHighlighted] = useState<HighlightedRange[]>([]);
  const [confirming, setConfirming] = useState<Checked | null>(null);
  const [failure, setFailure] = useState<SendFailure | null>(null);
  const [receipt, setReceipt] = useState<SubmissionReceipt | null>(null);
  const [latest, setLatest] = useState<Returned | null>(null);
  const [next, setNext] = useState<NextDeadline | null>(null);

  // A returned submission is news the clerk must see as soon as the pane opens. Only a clerk's
  // own unit: a supervisor's history spans the subtree, and its returns are not theirs to fix.
  useEffect(() => {
    setLatest(null);
    if (!api || clerkUnit === null) return;
    let current = true;
    // The history lists a unit-year's newest version first: one entry is all the pane needs.
    api.history({ unit: clerkUnit, year: settings.year, limit: 1 }).then(
      ({ submissions: [newest] }) => {
        if (current) setLatest(newest?.returned ? newest : null);
      },
      (error: unknown) => {
        if (current) setNotice({ kind: 'error', text: t.historyUnavailable(describeError(error, t)) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, clerkUnit, settings.year, receipt]);

  // The next deadline, asked again after each 报送, which may have reported its month. A failure
  // leaves the line out: the pane already says when /api/me cannot be reached (设置).
  useEffect(() => {
    setNext(null);
    if (!api || clerkUnit === null) return;
    let current = true;
    api.me().then(
      (me) => current && setNext(me.nextDeadline),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, clerkUnit, receipt]);

  const select = (sheet: string, address: string): void => {
    void run(t.loading, async () => {
      if (!(await services.workbook.select(sheet, address))) setNotice({ kind: 'error', text: t.sheetGone });
    });
  };

  // A clerk's check also weighs the workbook against the version it would replace. Without an
  // answer the pane checks the cells alone; the Worker weighs it anyway when it is sent.
  const replacesFor: ReplacesFor = async (year) =>
    api && clerkUnit !== null
      ? api.history({ unit: clerkUnit, year }).then(
          ({ submissions }) => replacedIn(submissions, year),
          () => undefined,
        )
      : undefined;

  async function check(progress: (text: string) => void): Promise<Checked | null> {
    const result = await checkWorkbook(
      services,
      settings.year,
      highlighted,
      (step) => progress(stepText(step, t)),
      replacesFor,
    );
    if (result === null) {
      setNotice({ kind: 'error', text: t.noSheets });
      return null;
    }
    setHighlighted(result.highlighted);
    setChecked(result);
    return result;
  }

  function report(result: Checked): void {
    const unpainted = result.unpainted.length > 0 ? ` ${t.unpainted(result.unpainted.join('”“'))}` : '';
    setNotice(
      result.issues.length === 0
        ? { kind: 'success', text: t.clean }
        : {
            kind: result.errorCount > 0 ? 'error' : 'info',
            text: `${t.summary(result.errorCount, result.warningCount)}${unpainted}`,
          },
    );
  }

  /** Sends a checked workbook; inside a running task, so nothing else can start meanwhile. */
  async function deliver(target: Checked, notes: ReadonlyMap<string, string>, key: string): Promise<void> {
    if (!api) return;
    setConfirming(null);
    setFailure(null);
    try {
      setReceipt(await api.submit(submissionBody(target, notes), key, fewerRowsThan(target.issues)));
    } catch (error) {
      // Another version arrived since the check: confirm against the one the Worker names.
      if (error instanceof ApiCallError && error.code === 'confirmation-required') {
        setConfirming(withFewerRowsFrom(error.issues, target));
        setNotice({ kind: 'info', text: error.message });
        return;
      }
      // Only an unanswered request may have arrived; retrying with its key cannot store it twice.
      if (error instanceof ApiCallError && error.unreachable) setFailure({ key, checked: target, notes });
      if (error instanceof ApiCallError && error.issues.length > 0)
        setChecked({ ...target, issues: error.issues, counts: error.counts });
      throw error;
    }
  }

  const send = (target: Checked, notes: ReadonlyMap<string, string>, key: string) =>
    void run(t.sending, () => deliver(target, notes, key));

  const onInsert = () =>
    void run(t.insert, async (progress) => {
      const onProgress = (step: InsertStep): void =>
        progress(
          step.kind === 'reading'
            ? t.insertReading
            : step.kind === 'rebuilding'
              ? t.insertRebuilding(step.sheet)
              : t.insertFormatting,
        );
      const result = await services.workbook.insert({
        year: settings.year,
        ...(unitName ? { unitName } : {}),
        onProgress,
      });
      const changed = result.added.length + result.rebuilt.length;
      const done = changed === 0 ? t.insertedNothing : t.inserted(result.added.length, result.rebuilt.length);
      setNotice({
        kind: 'success',
        text: result.backups.length > 0 ? `${done}${t.backedUp(result.backups.join('、'))}` : done,
      });
    });

  const onCheck = () =>
    void run(t.check, async (progress) => {
      const result = await check(progress);
      if (result) report(result);
    });

  const onSubmit = () =>
    void run(t.submit, async (progress) => {
      setReceipt(null);
      setFailure(null);
      const result = await check(progress);
      if (!result) return;
      if (result.errorCount > 0) return setNotice({ kind: 'error', text: t.errorsBlock(result.errorCount) });
      if (result.warningCount > 0) return setConfirming(result);
      progress(t.sending);
      await deliver(result, new Map(), services.newKey());
    });

  const onShowReturned = (returned: Returned) =>
    void run(t.highlighting, async () => {
      const marks = returnedMarks(returned);
      const { painted, protectedSheets } = await services.workbook.highlight(marks, highlighted);
      setHighlighted(painted);
      if (protectedSheets.length > 0) setNotice({ kind: 'info', text: t.unpainted(protectedSheets.join('”“')) });
      const first = marks[0];
      if (first) await services.workbook.select(first.sheet ?? '', `${first.column}${first.row}`);
    });

  const working = busy !== null;
  return (
    <div class="panel">
      {next && <p class="next-deadline">{t.reporting.nextDeadline(next)}</p>}
      {latest && <ReturnedBanner receipt={latest} t={t} busy={working} onShowCells={() => onShowReturned(latest)} />}
      <div class="actions stacked">
        <button type="button" onClick={onInsert} disabled={working} aria-describedby="insert-hint">
          {t.insert}
        </button>
        <p id="insert-hint" class="hint">
          {t.insertHint}
        </p>
        <button type="button" onClick={onCheck} disabled={working}>
          {t.check}
        </button>
        <button
          type="button"
          class="primary"
          onClick={onSubmit}
          disabled={working || !api}
          title={api ? undefined : t.needCredential}
        >
          {t.submit}
        </button>
        {!api && <p class="hint">{t.needCredential}</p>}
      </div>
      <StatusLine busy={busy} notice={notice} />
      {failure && !working && (
        <div class="retry">
          <p>{t.retryHint}</p>
          <button type="button" class="primary" onClick={() => void send(failure.checked, failure.notes, failure.key)}>
            {t.retry}
          </button>
        </div>
      )}
      {confirming && (
        <WarningsConfirm
          summary={confirming}
          t={t}
          locale={services.locale}
          onSelect={select}
          onCancel={() => setConfirming(null)}
          onConfirm={(notes) => void send(confirming, notes, services.newKey())}
        />
      )}
      {receipt && <ReceiptView receipt={receipt} t={t} />}
      {checked && !confirming && checked.issues.length > 0 && <IssueList summary={checked} t={t} onSelect={select} />}
    </div>
  );
}
