import { thisYear } from '../this-year.ts';

/** 年度 of the uploaded ledgers: by default the template's stamp (else this year); in January, often last year. */
export function LedgerYear({ year, onChange }: { year: number | null; onChange: (year: number | null) => void }) {
  const now = thisYear();
  return (
    <div class="field">
      <label for="ledger-year">台账年度</label>
      <select
        id="ledger-year"
        value={year ?? ''}
        onChange={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
      >
        <option value="">自动（按模板标记，否则今年）</option>
        {[now, now - 1].map((y) => (
          <option key={y} value={y}>
            {y} 年
          </option>
        ))}
      </select>
    </div>
  );
}
