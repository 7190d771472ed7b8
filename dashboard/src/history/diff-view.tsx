import { useEffect } from 'preact/hooks';
import type { SubmissionDiff } from '#shared/api/schemas.ts';
import { headerOf, type LedgerKey, ledgerByKey, ledgerKeys } from '#shared/ledgers/registry.ts';
import { cellText } from './cell-text.ts';

type Data = Record<string, unknown>;
type LedgerDiff = SubmissionDiff['ledgers'][LedgerKey];

const shown = (v: unknown): string => cellText(v) || '（空）';

function rowSummary(ledger: LedgerKey, data: Data): string {
  // The first few columns name a row well enough (序号, date or 案件编号, category, topic).
  return ledgerByKey(ledger)
    .columns.slice(1, 4)
    .map((c) => shown(data[c.key]))
    .join(' · ');
}

/** Where a row stands: its 序号, and where it stood before when it moved ("序号 3 → 5"). */
function place(seq: number, previousSeq: number, row: number): string {
  return `${previousSeq === seq ? `序号 ${seq}` : `序号 ${previousSeq} → ${seq}`}（第 ${row} 行）`;
}

/** What names a matched row: its natural key's value (案件编号 七纪案〔2026〕3号), nothing when matched by 序号. */
function keyOf(ledger: LedgerKey, matchedBy: string, data: Data): string {
  return matchedBy === 'seq' ? '' : `${headerOf(ledgerByKey(ledger), matchedBy)} ${shown(data[matchedBy])}：`;
}

const changes = (d: LedgerDiff): number => d.added.length + d.changed.length + d.moved.length + d.removed.length;

/** Rows added, changed (field by field), moved and removed against the previous version. */
export function DiffView({ diff }: { diff: SubmissionDiff }) {
  // Keyboard and screen-reader users land on the changes they asked for.
  useEffect(() => document.getElementById('diff-title')?.focus(), [diff.submissionId]);
  const title = diff.previous
    ? `第 ${diff.version} 版与第 ${diff.previous.version} 版的差异`
    : `第 ${diff.version} 版是首次报送，以下为全部行`;
  const total = ledgerKeys.reduce((n, k) => n + (diff.ledgers[k] ? changes(diff.ledgers[k]) : 0), 0);
  return (
    <section class="card diff" aria-labelledby="diff-title">
      <h3 id="diff-title" tabIndex={-1}>
        {title}
      </h3>
      {total === 0 && <p class="muted">两个版本的数据完全相同。</p>}
      {ledgerKeys.map((ledger) => {
        const d = diff.ledgers[ledger];
        if (!d || changes(d) === 0) return null;
        const def = ledgerByKey(ledger);
        return (
          <div key={ledger}>
            <h4>
              {def.sheetName}：新增 {d.added.length} 行，修改 {d.changed.length} 行，移动 {d.moved.length} 行，删除{' '}
              {d.removed.length} 行
            </h4>
            {d.matchedBy !== 'seq' && (
              <p class="muted">按{headerOf(def, d.matchedBy)}对应两个版本的行；只改了序号的行记为移动。</p>
            )}
            <ul class="changes">
              {d.added.map((r) => (
                <li key={`a${r.row}`} class="added">
                  <span class="tag st-ok">新增</span>序号 {r.seq}（第 {r.row} 行）：{rowSummary(ledger, r.data)}
                </li>
              ))}
              {d.changed.map((r) => (
                <li key={`c${r.row}`} class="changed">
                  <span class="tag st-late">修改</span>
                  {keyOf(ledger, d.matchedBy, r.after)}
                  {place(r.seq, r.previousSeq, r.row)}：
                  <ul>
                    {r.fields.map((f) => (
                      <li key={f}>
                        {headerOf(def, f)}：<del>{shown(r.before[f])}</del> → <ins>{shown(r.after[f])}</ins>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
              {d.moved.map((r) => (
                <li key={`m${r.row}`} class="moved">
                  <span class="tag st-returned">移动</span>
                  {keyOf(ledger, d.matchedBy, r.data)}
                  {place(r.seq, r.previousSeq, r.row)}，内容未变
                </li>
              ))}
              {d.removed.map((r) => (
                <li key={`r${r.row}`} class="removed">
                  <span class="tag st-missing">删除</span>序号 {r.seq}：{rowSummary(ledger, r.data)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
