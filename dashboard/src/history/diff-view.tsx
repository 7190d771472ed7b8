import { useEffect } from 'preact/hooks';
import type { SubmissionDiff } from '#shared/api/schemas.ts';
import { ledgerByKey, ledgerKeys } from '#shared/ledgers/registry.ts';

type Data = Record<string, unknown>;

const shown = (v: unknown): string =>
  v === null || v === undefined ? '（空）' : Array.isArray(v) ? v.join('、') : String(v);

/** A row in the clerk's words: its headers, not the stored keys. */
function headerOf(ledger: (typeof ledgerKeys)[number], key: string): string {
  return ledgerByKey(ledger).columns.find((c) => c.key === key)?.header ?? key;
}

function rowSummary(ledger: (typeof ledgerKeys)[number], data: Data): string {
  // The first few columns name a row well enough (序号, date or 案件编号, category, topic).
  return ledgerByKey(ledger)
    .columns.slice(1, 4)
    .map((c) => shown(data[c.key]))
    .join(' · ');
}

/** Rows added, changed (field by field) and removed against the previous version. */
export function DiffView({ diff }: { diff: SubmissionDiff }) {
  // Keyboard and screen-reader users land on the changes they asked for.
  useEffect(() => document.getElementById('diff-title')?.focus(), [diff.submissionId]);
  const title = diff.previous
    ? `第 ${diff.version} 版与第 ${diff.previous.version} 版的差异`
    : `第 ${diff.version} 版是首次报送，以下为全部行`;
  const total = ledgerKeys.reduce(
    (n, k) =>
      n +
      (diff.ledgers[k]?.added.length ?? 0) +
      (diff.ledgers[k]?.changed.length ?? 0) +
      (diff.ledgers[k]?.removed.length ?? 0),
    0,
  );
  return (
    <section class="card diff" aria-labelledby="diff-title">
      <h3 id="diff-title" tabIndex={-1}>
        {title}
      </h3>
      {total === 0 && <p class="muted">两个版本的数据完全相同。</p>}
      {ledgerKeys.map((ledger) => {
        const d = diff.ledgers[ledger];
        if (!d || d.added.length + d.changed.length + d.removed.length === 0) return null;
        const name = ledgerByKey(ledger).sheetName;
        return (
          <div key={ledger}>
            <h4>
              {name}：新增 {d.added.length} 行，修改 {d.changed.length} 行，删除 {d.removed.length} 行
            </h4>
            <ul class="changes">
              {d.added.map((r) => (
                <li key={`a${r.seq}`} class="added">
                  <span class="tag st-ok">新增</span>序号 {r.seq}（第 {r.row} 行）：{rowSummary(ledger, r.data)}
                </li>
              ))}
              {d.changed.map((r) => (
                <li key={`c${r.seq}`} class="changed">
                  <span class="tag st-late">修改</span>序号 {r.seq}（第 {r.row} 行）：
                  <ul>
                    {r.fields.map((f) => (
                      <li key={f}>
                        {headerOf(ledger, f)}：<del>{shown(r.before[f])}</del> → <ins>{shown(r.after[f])}</ins>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
              {d.removed.map((r) => (
                <li key={`r${r.seq}`} class="removed">
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
