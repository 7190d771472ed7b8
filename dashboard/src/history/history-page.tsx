import { useState } from 'preact/hooks';
import { z } from 'zod/mini';
import { submissionDiff, submissionWarnings, unit as unitSchema } from '#shared/api/schemas.ts';
import { chinaDate } from '#web/format-time.ts';
import type { Session } from '../session.ts';
import { LoadedView } from '../ui/loaded-view.tsx';
import { thisYear } from '../this-year.ts';
import { YearSelect } from '../ui/year-select.tsx';
import { useLoad } from '../use-load.ts';
import { DiffView } from './diff-view.tsx';
import { ReturnForm } from './return-form.tsx';
import { useVersions, type Version } from './use-versions.ts';
import { VersionContent } from './version-content.tsx';
import { VersionTable, type VersionView } from './version-table.tsx';
import { WarningNotes } from './warning-notes.tsx';
const unitList = z.object({ units: z.array(unitSchema) });

/** A unit's versions (newest first, as the API lists them), the changes between them, and (for supervisors) 退回. Clerks see their own unit. */
export function HistoryPage({ session, unit }: { session: Session; unit: string | null }) {
  const { role } = session.who;
  const own = session.who.unit?.code ?? null;
  const [year, setYear] = useState(thisYear());
  const [units] = useLoad(
    () => (role === 'clerk' ? Promise.resolve([]) : session.api.json(unitList, '/units').then((r) => r.units)),
    [],
  );
  const chosen = role === 'clerk' ? own : unit;
  const { versions, more, loadingMore, moreError, loadMore, reload } = useVersions(session, chosen, year);
  const [shown, setShown] = useState<Version | null>(null);
  const [view, setView] = useState<VersionView>('content');
  const [returning, setReturning] = useState<Version | null>(null);
  const [diff] = useLoad(
    () =>
      shown && view === 'diff'
        ? session.api.json(submissionDiff, `/submissions/${encodeURIComponent(shown.submissionId)}/diff`)
        : Promise.resolve(null),
    [shown?.submissionId, view],
  );

  const warningsPage = (id: string, cursor?: string) =>
    session.api.json(
      submissionWarnings,
      `/submissions/${encodeURIComponent(id)}/warnings`,
      cursor === undefined ? {} : { query: { cursor } },
    );
  const [notes] = useLoad(
    () => (shown ? warningsPage(shown.submissionId) : Promise.resolve(null)),
    [shown?.submissionId],
  );

  const canReturn = (v: Version, all: readonly Version[]): boolean =>
    role !== 'clerk' && chosen !== own && !v.returned && v.version === all[0]?.version;

  return (
    <>
      <div class="toolbar">
        {role !== 'clerk' && (
          <LoadedView loaded={units}>
            {(list) => (
              <div class="field">
                <label for="history-unit">单位</label>
                <select
                  id="history-unit"
                  value={chosen ?? ''}
                  onChange={(e) => {
                    setShown(null);
                    setReturning(null);
                    location.hash = `#/history?unit=${encodeURIComponent(e.currentTarget.value)}`;
                  }}
                >
                  <option value="" disabled>
                    请选择单位
                  </option>
                  {list.map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </LoadedView>
        )}
        <YearSelect
          id="history-year"
          year={year}
          onChange={(y) => {
            setYear(y);
            setShown(null);
          }}
        />
      </div>
      {!chosen ? (
        <p class="muted">请选择一个单位查看其报送历史。</p>
      ) : (
        <LoadedView loaded={versions}>
          {(list) =>
            list.length === 0 ? (
              <p class="muted">{year} 年尚无报送。</p>
            ) : (
              <>
                {list[0]?.returned && (
                  <div class="notice error" role="alert">
                    最新的第 {list[0].version} 版已于 {chinaDate(list[0].returned.at)} 退回：{list[0].returned.reason}
                    {role === 'clerk' && '。请修改后重新报送。'}
                  </div>
                )}
                <VersionTable
                  versions={list}
                  selected={shown ? { submissionId: shown.submissionId, view } : null}
                  canReturn={(v) => canReturn(v, list)}
                  onShow={(v, as) => {
                    setReturning(null);
                    setShown(v);
                    setView(as);
                  }}
                  onReturn={(v) => setReturning(v)}
                />
                {more && (
                  <p class="issue-more">
                    <button type="button" onClick={loadMore} disabled={loadingMore}>
                      {loadingMore ? '正在加载更早的版本…' : '显示更早的版本'}
                    </button>
                  </p>
                )}
                {moreError && (
                  <p class="notice error" role="alert">
                    {moreError}
                  </p>
                )}
                {returning && (
                  <ReturnForm
                    session={session}
                    submissionId={returning.submissionId}
                    version={returning.version}
                    onCancel={() => setReturning(null)}
                    onReturned={() => {
                      setReturning(null);
                      reload();
                    }}
                  />
                )}
                {shown && view === 'content' && (
                  <VersionContent key={shown.submissionId} session={session} version={shown} />
                )}
                {shown && view === 'diff' && <LoadedView loaded={diff}>{(d) => d && <DiffView diff={d} />}</LoadedView>}
                {shown && (
                  <LoadedView loaded={notes}>
                    {(n) =>
                      n && (
                        <WarningNotes
                          key={n.submissionId}
                          data={n}
                          nextPage={(cursor) => warningsPage(n.submissionId, cursor)}
                        />
                      )
                    }
                  </LoadedView>
                )}
              </>
            )
          }
        </LoadedView>
      )}
    </>
  );
}
