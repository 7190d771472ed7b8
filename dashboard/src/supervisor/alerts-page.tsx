import { useState } from 'preact/hooks';
import { overview, statusMatrix } from '#shared/api/schemas.ts';
import type { Session } from '../session.ts';
import { LoadedView } from '../ui/loaded-view.tsx';
import { thisYear } from '../this-year.ts';
import { YearSelect } from '../ui/year-select.tsx';
import { useLoad } from '../use-load.ts';
import { AlertTable } from './alert-table.tsx';
import { ReminderList } from './reminder-list.tsx';

/** 预警与催报: the two lists a supervisor acts on. */
export function AlertsPage({ session }: { session: Session }) {
  const [year, setYear] = useState(thisYear());
  const [matrix] = useLoad(() => session.api.json(statusMatrix, '/status', { query: { year } }), [year]);
  const [figures] = useLoad(() => session.api.json(overview, '/overview', { query: { year } }), [year]);
  return (
    <>
      <div class="toolbar">
        <YearSelect id="alerts-year" year={year} onChange={setYear} />
      </div>
      <div class="two-columns">
        <LoadedView loaded={matrix}>{(m) => <ReminderList key={m.year} matrix={m} />}</LoadedView>
        <LoadedView loaded={figures}>{(o) => <AlertTable overview={o} />}</LoadedView>
      </div>
    </>
  );
}
