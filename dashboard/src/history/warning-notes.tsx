import { useState } from 'preact/hooks';
import type { SubmissionWarnings } from '#shared/api/schemas.ts';
import { errorText } from '../ui/error-text.ts';
import { warningPlace } from './warning-place.ts';
import { ScrollRegion } from '../ui/scroll-region.tsx';

/**
 * The warnings a version was accepted with and the clerk's 核实说明, a page at a time (a version
 * can carry 10,000): explained ones first among those shown.
 */
export function WarningNotes({
  data,
  nextPage,
}: {
  data: SubmissionWarnings;
  nextPage: (cursor: string) => Promise<SubmissionWarnings>;
}) {
  const [pages, setPages] = useState<readonly SubmissionWarnings[]>([data]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  if (data.warningCount === 0) return null;
  const warnings = pages.flatMap((p) => p.warnings);
  const next = pages.at(-1)?.next ?? null;
  const ordered = [...warnings].sort((a, b) => Number(b.note !== null) - Number(a.note !== null));
  const explained = ordered.filter((w) => w.note !== null).length;
  const more = async (cursor: string): Promise<void> => {
    setLoading(true);
    setFailed(null);
    try {
      const page = await nextPage(cursor);
      setPages((before) => [...before, page]);
    } catch (error) {
      setFailed(errorText(error));
    } finally {
      setLoading(false);
    }
  };
  const shownText =
    warnings.length < data.warningCount
      ? `，已显示 ${warnings.length} 条，其中 ${explained} 条有说明`
      : `，${explained} 条有说明`;
  return (
    <section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">
        第 {data.version} 版的提醒与核实说明（{data.warningCount} 条提醒{shownText}）
      </h3>
      <ScrollRegion label="提醒与核实说明">
        <table class="data">
          <thead>
            <tr>
              {['单元格', '提醒', '核实说明'].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ordered.map((w, i) => (
              <tr key={i}>
                <th scope="row">{warningPlace(w)}</th>
                <td>{w.message}</td>
                <td>{w.note ?? <span class="muted">（未填写）</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {next !== null && (
        <p class="issue-more">
          <button type="button" onClick={() => void more(next)} disabled={loading}>
            {loading
              ? '正在加载更多提醒…'
              : `再显示 ${Math.min(data.warnings.length, data.warningCount - warnings.length)} 条提醒`}
          </button>
        </p>
      )}
      {failed && (
        <p class="notice error" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
