import type { StoredReceipt, SubmissionReceipt } from '#shared/api/schemas.ts';
import { rowCountsBySheet } from '#shared/ledgers/row-counts.ts';
import { receiptLines } from '#shared/messages/reporting-lines.ts';
import { chinaDateTime } from '#web/format-time.ts';
import type { PaneText } from './text-zh.ts';

export function ReceiptView({ receipt, t }: { receipt: SubmissionReceipt; t: PaneText }) {
  return (
    <section class="receipt" aria-label={t.receiptTitle}>
      <h3>{t.receiptTitle}</h3>
      {receiptLines(t.reporting, receipt.reporting, receipt.version, receipt.year).map((line) => (
        <p class="reporting" key={line}>
          {line}
        </p>
      ))}
      <dl>
        <dt>{t.receiptVersion}</dt>
        <dd data-field="version">{receipt.version}</dd>
        <dt>{t.receiptTime}</dt>
        <dd>{chinaDateTime(receipt.receivedAt)}</dd>
        <dt>{t.receiptCounts}</dt>
        <dd>{t.countsText(rowCountsBySheet(receipt.counts))}</dd>
        <dt>{t.receiptHash}</dt>
        <dd class="hash">{receipt.sha256}</dd>
      </dl>
    </section>
  );
}

/** What the 已退回 banner needs of a submission. */
export type Returned = Pick<StoredReceipt, 'version' | 'returned'>;

export function ReturnedBanner({
  receipt,
  t,
  busy,
  onShowCells,
}: {
  receipt: Returned;
  t: PaneText;
  busy: boolean;
  onShowCells: () => void;
}) {
  const returned = receipt.returned;
  if (!returned) return null;
  return (
    <section class="returned" role="alert" aria-label={t.returnedTitle(receipt.version)}>
      <h3>{t.returnedTitle(receipt.version)}</h3>
      <p>
        <strong>{t.returnedReason}：</strong>
        {returned.reason}
      </p>
      {returned.cells.length > 0 && (
        <>
          <p>
            <strong>{t.returnedCells}：</strong>
            {returned.cells.map((c) => `${c.sheet}!${c.cell}${c.note ? `（${c.note}）` : ''}`).join('；')}
          </p>
          <button type="button" onClick={onShowCells} disabled={busy}>
            {t.showReturnedCells}
          </button>
        </>
      )}
    </section>
  );
}
