import type { Bar } from './bar-chart.tsx';

const WIDTH = 360;
const HEIGHT = 190;
const BASE = 168;
const TOP = 20;

/** Vertical columns for a series in time order (参加人次 per month), each labelled with its number. */
export function ColumnChart({
  id,
  title,
  unit,
  bars,
}: {
  id: string;
  title: string;
  unit: string;
  bars: readonly Bar[];
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = WIDTH / Math.max(1, bars.length);
  const summary = bars.map((b) => `${b.label} ${b.value}${unit}`).join('，');
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}：${summary}`}>
        <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} class="baseline" />
        {bars.map((b, i) => {
          const h = ((BASE - TOP) * b.value) / max;
          const x = i * step + step * 0.2;
          return (
            <g key={b.label}>
              <rect x={x} y={BASE - h} width={step * 0.6} height={h} rx={2} class="bar" />
              {b.value > 0 && (
                <text x={x + step * 0.3} y={BASE - h - 5} text-anchor="middle" class="value">
                  {b.value}
                </text>
              )}
              <text x={x + step * 0.3} y={BASE + 16} text-anchor="middle" class="axis">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
