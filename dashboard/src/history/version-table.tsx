import { ledgers } from '#shared/ledgers/registry.ts';
import { rowCountsBySheet } from '#shared/ledgers/row-counts.ts';
import { placedMessage } from '#shared/messages/places.ts';
import { chinaDateTime } from '#web/format-time.ts';
import type { Version } from './use-versions.ts';
import { ScrollRegion } from '../ui/scroll-region.tsx';

/** The rows column names the ledgers as the sheets do, without the 台账 they all but share. */
const ROWS_HEADER = `${ledgers.map((l) => l.sheetName.replace(/台账$/, '')).join(' / ')}（行）`;

/** What a version is shown as: every row of its ledgers (查看内容), or its changes against the one before. */
export type VersionView = 'content' | 'diff';

/** Every version of a unit, newest first, with what can be done to each. */
export function VersionTable({
  versions,
  selected,
  canReturn,
  onShow,
  onReturn,
}: {
  versions: readonly Version[];
  /** The version shown below the table, and whether as its content or as its changes. */
  selected: { submissionId: string; view: VersionView } | null;
  /** Only the newest version can be returned, and only by a supervisor above the unit. */
  canReturn: (v: Version) => boolean;
  onShow: (v: Version, view: VersionView) => void;
  onReturn: (v: Version) => void;
}) {
  return (
    <ScrollRegion label="报送版本">
      <table class="data">
        <thead>
          <tr>
            {['版本', '提交时间', ROWS_HEADER, '警告', '状态', '操作'].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.submissionId} class={v.submissionId === selected?.submissionId ? 'selected' : undefined}>
              <th scope="row">第 {v.version} 版</th>
              <td>{chinaDateTime(v.receivedAt)}</td>
              <td>
                {rowCountsBySheet(v.counts)
                  .map((c) => c.rows)
                  .join(' / ')}
                {/* A version that erased rows the one before had is marked, in the clerk's confirmed words. */}
                {v.fewerRows.length > 0 && (
                  <>
                    <span class="tag st-late">数据减少</span>
                    {v.fewerRows.map((w) => (
                      <span class="reason" key={w.message}>
                        {placedMessage(w)}
                        {w.note ? `（核实说明：${w.note}）` : ''}
                      </span>
                    ))}
                  </>
                )}
              </td>
              <td>{v.warningCount}</td>
              <td>
                {v.returned ? (
                  <>
                    <span class="tag st-returned">已退回</span>
                    <span class="reason">原因：{v.returned.reason}</span>
                    {v.returned.cells.length > 0 && (
                      <span class="reason">
                        需修改：{v.returned.cells.map((c) => `${c.sheet}!${c.cell}`).join('、')}
                      </span>
                    )}
                  </>
                ) : (
                  <span class="tag st-ok">有效</span>
                )}
              </td>
              <td class="actions">
                <button
                  type="button"
                  aria-pressed={v.submissionId === selected?.submissionId && selected.view === 'content'}
                  onClick={() => onShow(v, 'content')}
                >
                  查看内容
                </button>
                {v.version > 1 && (
                  <button
                    type="button"
                    aria-pressed={v.submissionId === selected?.submissionId && selected.view === 'diff'}
                    onClick={() => onShow(v, 'diff')}
                  >
                    对比第 {v.version - 1} 版
                  </button>
                )}
                {canReturn(v) && (
                  <button type="button" class="danger" onClick={() => onReturn(v)}>
                    退回
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
