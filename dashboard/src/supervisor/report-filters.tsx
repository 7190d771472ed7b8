import type { StatusMatrix } from '#shared/api/schemas.ts';

export interface Filters {
  readonly scope: string;
  readonly from: string;
  readonly to: string;
}

/** 范围 and 统计区间: they narrow the charts and the 汇总 workbook alike. */
export function ReportFilters({
  year,
  units,
  filters,
  onChange,
}: {
  year: number;
  units: StatusMatrix['units'];
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  // Dates outside the chosen year would sum nothing: the pickers stay within it.
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const parents = new Set(units.map((u) => u.parentCode));
  // A scope is worth choosing when it sums something: the top and every unit with units below.
  const scopes = units.filter((u) => u.kind !== 'village' || parents.has(u.code));
  return (
    <fieldset class="filters">
      <legend>统计范围与区间（图表和汇总下载）</legend>
      <div class="field">
        <label for="scope">范围</label>
        <select
          id="scope"
          value={filters.scope}
          onChange={(e) => onChange({ ...filters, scope: e.currentTarget.value })}
        >
          {scopes.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="from">开始日期</label>
        <input
          id="from"
          type="date"
          value={filters.from}
          min={first}
          max={filters.to || last}
          onChange={(e) => onChange({ ...filters, from: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="to">结束日期</label>
        <input
          id="to"
          type="date"
          value={filters.to}
          min={filters.from || first}
          max={last}
          onChange={(e) => onChange({ ...filters, to: e.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}
