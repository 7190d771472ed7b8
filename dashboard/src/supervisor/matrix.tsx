import { useState } from 'preact/hooks';
import type { StatusMatrix } from '#shared/api/schemas.ts';
import { cellOf, LEGEND } from './status-cell.ts';
import { visibleRows } from './unit-tree.ts';
import { ScrollRegion } from '../ui/scroll-region.tsx';

/** Units × months; township rows open to their villages. */
export function Matrix({ matrix }: { matrix: StatusMatrix }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (code: string) => {
    const next = new Set(expanded);
    if (!next.delete(code)) next.add(code);
    setExpanded(next);
  };
  return (
    <section aria-labelledby="matrix-title">
      <h2 id="matrix-title">报送情况</h2>
      <ScrollRegion labelledBy="matrix-title">
        <table class="matrix">
          <caption class="visually-hidden">{matrix.year} 年各单位各月报送情况</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              {matrix.months.map((m) => (
                <th scope="col" key={m}>
                  {m}月
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visibleRows(matrix.units, expanded).map(({ unit, depth, children }) => (
              <tr key={unit.code} class={`depth-${Math.min(depth, 2)}`}>
                <th scope="row">
                  {depth > 0 && children > 0 ? (
                    <button
                      type="button"
                      class="toggle"
                      aria-expanded={expanded.has(unit.code)}
                      onClick={() => toggle(unit.code)}
                      aria-label={`${unit.name}的下级单位（${children} 个）`}
                    >
                      {expanded.has(unit.code) ? '▾' : '▸'}
                    </button>
                  ) : (
                    <span class="toggle-space" />
                  )}
                  <a href={`#/history?unit=${encodeURIComponent(unit.code)}`} title={`查看${unit.name}的报送历史`}>
                    {unit.name}
                  </a>
                </th>
                {matrix.months.map((m) => {
                  const status = unit.months[String(m)];
                  if (!status) return <td key={m} />;
                  const cell = cellOf(status);
                  return (
                    <td key={m} class={cell.css} title={`${unit.name} ${m}月：${cell.full}`}>
                      {cell.short}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul class="legend" aria-label="图例">
        {LEGEND.map((l) => (
          <li key={l.css}>
            <span class={`swatch ${l.css}`}>{l.short}</span>
            {l.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
