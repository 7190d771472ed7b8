import type { SubmissionWarnings } from '../../../shared/api/schemas.ts';
import { warningPlace } from './warning-place.ts';

/** The warnings a version was accepted with and the clerk's 核实说明: explained ones first. */
export function WarningNotes({ data }: { data: SubmissionWarnings }) {
  if (data.warnings.length === 0) return null;
  const ordered = [...data.warnings].sort((a, b) => Number(b.note !== null) - Number(a.note !== null));
  const explained = ordered.filter((w) => w.note !== null).length;
  return (
    <section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">第 {data.version} 版的提醒与核实说明（{data.warnings.length} 条提醒，{explained} 条有说明）</h3>
      <div class="table-scroll" role="region" aria-label="提醒与核实说明" tabIndex={0}>
        <table class="data">
          <thead>
            <tr>{['单元格', '提醒', '核实说明'].map((h) => <th scope="col" key={h}>{h}</th>)}</tr>
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
      </div>
    </section>
  );
}
