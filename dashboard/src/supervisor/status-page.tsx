import { useState } from 'preact/hooks';
import { overview, statusMatrix } from '#shared/api/schemas.ts';
import type { Session } from '../session.ts';
import { LoadedView } from '../ui/loaded-view.tsx';
import { thisYear } from '../this-year.ts';
import { YearSelect } from '../ui/year-select.tsx';
import { useLoad } from '../use-load.ts';
import { AwaitingResubmission } from './awaiting-resubmission.tsx';
import { Charts } from './charts.tsx';
import { TemplateDownload } from '../clerk/template-download.tsx';
import { ExportButton } from './export-button.tsx';
import { Matrix } from './matrix.tsx';
import { type Filters, ReportFilters } from './report-filters.tsx';

/** 总览: who has reported (matrix), what was done (charts), and the 汇总 download. */
export function StatusPage({ session }: { session: Session }) {
  const [year, setYear] = useState(thisYear());
  const [filters, setFilters] = useState<Filters>({ scope: session.who.unit?.code ?? '', from: '', to: '' });
  const [matrix] = useLoad(() => session.api.json(statusMatrix, '/status', { query: { year } }), [year]);
  const [figures] = useLoad(
    () =>
      session.api.json(overview, '/overview', {
        query: {
          year,
          scope: filters.scope || undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
        },
      }),
    [year, filters.scope, filters.from, filters.to],
  );
  function changeYear(next: number): void {
    setYear(next);
    // A range belongs to its year: kept, it would narrow the new year's charts and 汇总 to nothing.
    setFilters((f) => ({ ...f, from: '', to: '' }));
  }
  return (
    <>
      <div class="toolbar">
        <YearSelect id="status-year" year={year} onChange={changeYear} />
      </div>
      <LoadedView loaded={matrix}>
        {(m) => (
          <>
            <Matrix matrix={m} />
            <div class="report-tools">
              <ReportFilters year={year} units={m.units} filters={filters} onChange={setFilters} />
              <ExportButton session={session} year={year} filters={filters} what="workbook" />
              <ExportButton session={session} year={year} filters={filters} what="draft" />
              <TemplateDownload session={session} />
            </div>
          </>
        )}
      </LoadedView>
      <LoadedView loaded={figures}>
        {(o) => (
          <>
            <AwaitingResubmission overview={o} />
            <Charts overview={o} />
          </>
        )}
      </LoadedView>
    </>
  );
}
