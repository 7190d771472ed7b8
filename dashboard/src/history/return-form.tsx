import { useState } from 'preact/hooks';
import type { StoredReceipt } from '../../../shared/api/schemas.ts';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';

/** 退回: the supervisor says why; the clerk sees the reason in the add-in and on this page. */
export function ReturnForm({ session, submissionId, version, onReturned, onCancel }: {
  session: Session;
  submissionId: string;
  version: number;
  onReturned: (receipt: StoredReceipt) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onReturned(await session.api.returnSubmission(submissionId, { reason: reason.trim() }));
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
      <textarea id="return-reason" required maxLength={1000} rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} autoFocus />
      {error && <p class="notice error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="danger" disabled={busy || reason.trim() === ''}>确认退回</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </form>
  );
}
