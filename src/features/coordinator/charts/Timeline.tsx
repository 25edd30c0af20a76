import type { TimelinePoint } from '../../../domain/analysis/overview';

const W = 760;
const H = 190;
const LEFT = 44;
const BOTTOM = 30;
const TOP = 18;

/** A small column chart of contributions per week or month; accessible as one labelled image. */
export function Timeline({
  points,
  labelOf,
  labelledBy,
  title,
}: {
  points: TimelinePoint[];
  labelOf: (p: TimelinePoint) => string;
  labelledBy: string;
  title: string;
}) {
  const max = Math.max(1, ...points.map((p) => p.count));
  const plotW = W - LEFT - 8;
  const plotH = H - TOP - BOTTOM;
  const step = plotW / Math.max(1, points.length);
  const barW = Math.max(2, Math.min(48, step * 0.7));
  const every = Math.ceil(points.length / 10);
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  return (
    <svg
      class="bs-chart__svg"
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-labelledby={labelledBy}
      focusable="false"
    >
      <title>{title}</title>
      <line x1={LEFT} x2={W - 8} y1={y(0)} y2={y(0)} stroke="#4b4b4b" />
      <line x1={LEFT} x2={W - 8} y1={y(max)} y2={y(max)} stroke="#c8c8c8" stroke-dasharray="4 4" />
      <text x={LEFT - 6} y={y(max) + 5} text-anchor="end" class="bs-chart__axis">
        {max}
      </text>
      <text x={LEFT - 6} y={y(0) + 5} text-anchor="end" class="bs-chart__axis">
        0
      </text>
      {points.map((p, i) => {
        const cx = LEFT + step * i + step / 2;
        return (
          <g key={p.key}>
            {p.count > 0 ? (
              <rect x={cx - barW / 2} y={y(p.count)} width={barW} height={y(0) - y(p.count)} fill="#00689e" />
            ) : null}
            {points.length <= 16 && p.count > 0 ? (
              <text x={cx} y={y(p.count) - 4} text-anchor="middle" class="bs-chart__axis">
                {p.count}
              </text>
            ) : null}
            {i % every === 0 ? (
              <text x={cx} y={H - 8} text-anchor="middle" class="bs-chart__axis">
                {labelOf(p)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
