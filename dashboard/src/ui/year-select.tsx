import { thisYear } from '../this-year.ts';

/** This year and the two before: ledgers are yearly, and older years are rarely looked at. */
export function YearSelect({ id, year, onChange }: { id: string; year: number; onChange: (year: number) => void }) {
  const now = thisYear();
  return (
    <div class="field">
      <label for={id}>年度</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {[now, now - 1, now - 2].map((y) => (
          <option key={y} value={y}>
            {y} 年
          </option>
        ))}
      </select>
    </div>
  );
}
