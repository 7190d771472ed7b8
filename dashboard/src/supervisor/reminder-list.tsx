import { useState } from 'preact/hooks';
import type { StatusMatrix } from '#shared/api/schemas.ts';
import { monthToChase, reminderText, remindersOf } from './reminders.ts';

/** 催报: who still owes a month's ledger, as a list and as text ready to paste. */
export function ReminderList({ matrix }: { matrix: StatusMatrix }) {
  const [month, setMonth] = useState(() => monthToChase(matrix));
  const [copied, setCopied] = useState<string | null>(null);
  const reminders = remindersOf(matrix, month);
  const text = reminderText(matrix, month, reminders);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('已复制到剪贴板');
    } catch {
      setCopied('浏览器不允许写入剪贴板，请在下方文本框中全选后复制');
    }
  }

  return (
    <section aria-labelledby="remind-title">
      <h2 id="remind-title">催报</h2>
      <div class="toolbar">
        <div class="field">
          <label for="remind-month">月份</label>
          <select
            id="remind-month"
            value={month}
            onChange={(e) => {
              setMonth(Number(e.currentTarget.value));
              setCopied(null);
            }}
          >
            {matrix.months.map((m) => (
              <option key={m} value={m}>
                {m} 月
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="primary" onClick={copy} disabled={reminders.length === 0}>
          复制催报名单
        </button>
        <span role="status" class="muted">
          {copied}
        </span>
      </div>
      {reminders.length === 0 ? (
        <p class="notice success">{month} 月各单位均已报送。</p>
      ) : (
        <>
          <ul class="reminders">
            {reminders.map((r) => (
              <li key={r.code}>
                <a href={`#/history?unit=${encodeURIComponent(r.code)}`}>{r.name}</a>{' '}
                <span class={`tag ${r.status === '已退回' ? 'st-returned' : 'st-missing'}`}>{r.status}</span>
              </li>
            ))}
          </ul>
          <label for="remind-text">催报文本</label>
          <textarea id="remind-text" readOnly rows={Math.min(10, reminders.length + 2)} value={text} />
        </>
      )}
    </section>
  );
}
