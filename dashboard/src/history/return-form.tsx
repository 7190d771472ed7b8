import { useState } from 'preact/hooks';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';
import { parseReturnCells } from './return-cells.ts';

/** 退回: the supervisor says why; the clerk sees the reason in the add-in and on this page. */
export function ReturnForm({
  session,
  submissionId,
  version,
  onReturned,
  onCancel,
}: {
  session: Session;
  submissionId: string;
  version: number;
  onReturned: () => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [cellText, setCellText] = useState('');
  const { cells, problems } = parseReturnCells(cellText);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.api.returnSubmission(submissionId, {
        reason: reason.trim(),
        ...(cells.length > 0 ? { cells } : {}),
      });
      onReturned();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card return-form" onSubmit={submit} aria-labelledby="return-title">
      <h3 id="return-title">退回第 {version} 版</h3>
      <label for="return-reason">退回原因</label>
      <textarea
        id="return-reason"
        required
        maxLength={1000}
        rows={3}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the supervisor's 退回 click, to type the reason at once.
        autoFocus
      />
      <label for="return-cells">需修改的单元格（可选）</label>
      <input
        id="return-cells"
        value={cellText}
        onInput={(e) => setCellText(e.currentTarget.value)}
        placeholder="如 廉政教育活动台账!G4 监督检查台账!F5"
        aria-describedby="return-cells-help"
      />
      <p id="return-cells-help" class={problems.length > 0 ? 'notice error' : 'hint'}>
        {problems.length > 0 ? problems.join('；') : '填报员在 Excel 加载项中可一键标出这些单元格。'}
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="danger" disabled={busy || reason.trim() === '' || problems.length > 0}>
          确认退回
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
