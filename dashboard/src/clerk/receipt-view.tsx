import { useEffect } from 'preact/hooks';
import type { SubmissionReceipt } from '#shared/api/schemas.ts';
import { rowCountsBySheet } from '#shared/ledgers/row-counts.ts';
import { receiptLines } from '#shared/messages/reporting-lines.ts';
import { reportingWords } from '#shared/messages/zh-CN.ts';
import { chinaDateTime } from '#web/format-time.ts';

/** 回执: what the district now holds, and the fingerprint to quote if anyone asks. */
export function ReceiptView({ receipt }: { receipt: SubmissionReceipt }) {
  // The submit button is gone with the form: focus moves to the receipt rather than to nowhere.
  useEffect(() => document.getElementById('receipt-title')?.focus(), []);
  return (
    <section class="card receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabIndex={-1}>
        报送成功 · 回执
      </h2>
      {/* Which month this counts for comes first: it is what the clerk reported for. */}
      {receiptLines(reportingWords, receipt.reporting, receipt.version, receipt.year).map((line) => (
        <p class="reporting" key={line}>
          {line}
        </p>
      ))}
      <dl>
        <dt>版本</dt>
        <dd>
          {receipt.year} 年第 {receipt.version} 版
        </dd>
        <dt>收到时间</dt>
        <dd>{chinaDateTime(receipt.receivedAt)}</dd>
        <dt>行数</dt>
        <dd>
          {rowCountsBySheet(receipt.counts)
            .map((c) => `${c.sheet} ${c.rows} 行`)
            .join('，')}
        </dd>
        <dt>已核实警告</dt>
        <dd>{receipt.warnings.length} 条</dd>
        <dt>SHA-256</dt>
        <dd class="hash">{receipt.sha256}</dd>
      </dl>
      <p>
        <a href="#/history">查看报送记录</a>
      </p>
    </section>
  );
}
