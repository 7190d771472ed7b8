import { useEffect, useState } from 'preact/hooks';
import { submissionRows } from '#shared/api/schemas.ts';
import { type LedgerKey, ledgerByKey, ledgers } from '#shared/index.ts';
import type { Session } from '../session.ts';
import { LoadedView } from '../ui/loaded-view.tsx';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { useLoad } from '../use-load.ts';
import { cellText } from './cell-text.ts';
import type { Version } from './use-versions.ts';
import { VersionFile } from './version-file.tsx';

/** Rows per page: a screen or two of a wide ledger; the API pages them (GET /api/submissions/{id}/rows). */
export const CONTENT_PAGE = 50;

/**
 * 查看内容: a version's ledgers one at a time, every column the definition has, a page of rows at
 * a time; and the file it was uploaded as.
 */
export function VersionContent({ session, version }: { session: Session; version: Version }) {
  const firstWithRows = ledgers.find((l) => (version.counts[l.key] ?? 0) > 0)?.key ?? ledgers[0].key;
  const [ledger, setLedger] = useState<LedgerKey>(firstWithRows);
  // The cursors of the pages before the one shown: 上一页 pops one, 下一页 pushes the shown page's.
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const cursor = cursors.at(-1);
  useEffect(() => {
    // Keyboard and screen-reader users land on the content they asked for.
    document.getElementById('content-title')?.focus();
  }, [version.submissionId]);
  const [page] = useLoad(
    () =>
      session.api.json(submissionRows, `/submissions/${encodeURIComponent(version.submissionId)}/rows`, {
        query: { ledger, limit: CONTENT_PAGE, cursor },
      }),
    [version.submissionId, ledger, cursor],
  );
  const choose = (key: LedgerKey): void => {
    setLedger(key);
    setCursors([]);
  };
  return (
    <section class="card content" aria-labelledby="content-title">
      <h3 id="content-title" tabIndex={-1}>
        第 {version.version} 版的内容
      </h3>
      <VersionFile session={session} version={version} />
      <fieldset class="ledger-tabs">
        <legend>台账</legend>
        {ledgers.map((l) => (
          <button type="button" key={l.key} aria-pressed={l.key === ledger} onClick={() => choose(l.key)}>
            {l.sheetName}（{version.counts[l.key] ?? 0} 行）
          </button>
        ))}
      </fieldset>
      <LoadedView loaded={page}>
        {(p) => {
          // The page's own ledger: until the next one has loaded, rows stay under their own headers.
          const def = ledgerByKey(p.ledger);
          return p.total === 0 ? (
            <p class="muted">本版没有{def.sheetName}的数据。</p>
          ) : (
            <>
              <ScrollRegion label={`${def.sheetName}（第 ${version.version} 版）`}>
                <table class="data content-rows">
                  <thead>
                    <tr>
                      <th scope="col">行</th>
                      {def.columns.map((c) => (
                        <th scope="col" key={c.key}>
                          {c.header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {p.rows.map((r) => (
                      <tr key={r.row}>
                        <th scope="row">{r.row}</th>
                        {def.columns.map((c) => (
                          <td key={c.key} class={c.type === 'date' ? 'date' : undefined}>
                            {cellText(r.data[c.key])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <p class="pager">
                <span role="status">
                  第 {cursors.length * CONTENT_PAGE + 1}–{cursors.length * CONTENT_PAGE + p.rows.length} 条，共{' '}
                  {p.total} 条
                </span>
                <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  上一页
                </button>
                <button
                  type="button"
                  disabled={p.next === null}
                  onClick={() => {
                    const next = p.next;
                    if (next !== null) setCursors((c) => [...c, next]);
                  }}
                >
                  下一页
                </button>
              </p>
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
