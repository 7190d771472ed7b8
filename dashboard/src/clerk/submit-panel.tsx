import { useState } from 'preact/hooks';
import { randomKey } from '#web/random-key.ts';
import { ApiCallError } from '#shared/api/client.ts';
import type { SubmissionReceipt } from '#shared/api/schemas.ts';
import { errorText } from '../ui/error-text.ts';

/**
 * 报送: errors block it, warnings need a tick. The key is made once per checked file, so
 * 重试 after a lost answer returns the first receipt instead of storing a second version.
 * `send` builds the request only when clicked: typing a 核实说明 costs nothing here.
 */
export function SubmitPanel({
  year,
  send,
  errorCount,
  warningCount,
  onReceipt,
}: {
  year: number;
  send: (idempotencyKey: string) => Promise<SubmissionReceipt>;
  errorCount: number;
  warningCount: number;
  onReceipt: (receipt: SubmissionReceipt) => void;
}) {
  const [key] = useState(randomKey);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; retry: boolean } | null>(null);

  if (errorCount > 0)
    return (
      <p class="notice error" role="alert">
        有 {errorCount} 个错误，不能报送。请在 Excel 或 WPS 中改正后重新选择文件。
      </p>
    );

  async function submit(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      onReceipt(await send(key));
    } catch (error) {
      setFailure({ message: errorText(error), retry: error instanceof ApiCallError && error.unreachable });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card submit">
      {warningCount > 0 && (
        <div class="confirm">
          <input
            id="confirm-warnings"
            type="checkbox"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />
          <label for="confirm-warnings">我已逐条核实以上 {warningCount} 条警告，数据无误</label>
        </div>
      )}
      {warningCount === 0 && <p class="notice success">校验通过，没有发现问题。</p>}
      {failure && (
        <p class="notice error" role="alert">
          {failure.message}
        </p>
      )}
      <button type="button" class="primary" disabled={busy || (warningCount > 0 && !confirmed)} onClick={submit}>
        {busy ? '正在报送…' : failure?.retry ? '重试报送' : `报送 ${year} 年台账`}
      </button>
    </div>
  );
}
