export interface Bar {
  readonly label: string;
  readonly value: number;
}

const ROW = 24;
const LABEL = 96;
const WIDTH = 360;

/** Horizontal bars with their numbers written out, so the figure reads without the colour or the length. */
export function BarChart({ id, title, unit, bars }: { id: string; title: string; unit: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  const summary = bars.map((b) => `${b.label} ${b.value}${unit}`).join('，');
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p class="muted">暂无数据</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={`${title}：${summary}`}
          preserveAspectRatio="xMinYMin meet"
        >
          {bars.map((b, i) => {
            const y = 4 + i * ROW;
            const w = Math.max(b.value > 0 ? 2 : 0, ((WIDTH - LABEL - 44) * b.value) / max);
            return (
              <g key={b.label}>
                <text x={LABEL - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle" class="axis">
                  {b.label}
                </text>
                <rect x={LABEL} y={y + 4} width={w} height={ROW - 8} rx={3} class="bar" />
                <text x={LABEL + w + 6} y={y + ROW / 2} dominant-baseline="middle" class="value">
                  {b.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
