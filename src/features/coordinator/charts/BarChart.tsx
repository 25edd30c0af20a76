import { wrapLabel } from './ChartFigure';

export interface Bar {
  id: string;
  label: string;
  /** Bar length in the chart's unit; null draws no bar (no data, or a hidden small count). */
  value: number | null;
  /** Text at the end of the row ("12%", "<5", "54"). */
  valueText: string;
  /** A marker line (e.g. the population share), in the same unit. */
  marker?: number | null;
  /** Drawn with stripes and named in text: never by colour alone. */
  flagged?: boolean;
  flagText?: string;
}

/** Widths in SVG units: "wide" for the full page, "narrow" for a column (text stays about 14 px). */
const SIZES = {
  wide: { W: 760, LABEL_W: 250, VALUE_W: 230, wrap: 30 },
  narrow: { W: 540, LABEL_W: 150, VALUE_W: 150, wrap: 18 },
};
const LINE = 17;

/** Horizontal bars with optional marker lines; accessible as one labelled image. */
export function BarChart({
  id,
  bars,
  max,
  labelledBy,
  title,
  size = 'wide',
}: {
  size?: keyof typeof SIZES;
  id: string;
  bars: Bar[];
  max?: number;
  labelledBy: string;
  title: string;
}) {
  const { W, LABEL_W, VALUE_W, wrap } = SIZES[size];
  const BAR_AREA = W - LABEL_W - VALUE_W - 16;
  const top = Math.max(1e-9, max ?? Math.max(...bars.map((b) => Math.max(b.value ?? 0, b.marker ?? 0)), 0));
  const x = (v: number) => LABEL_W + Math.min(1, v / top) * BAR_AREA;
  let y = 4;
  const rows = bars.map((b) => {
    const lines = wrapLabel(b.label, wrap);
    const h = lines.length > 1 || b.flagged ? 46 : 32;
    const row = { b, lines, y, h };
    y += h + 6;
    return row;
  });
  const height = y + 2;
  return (
    <svg
      class={`bs-chart__svg bs-chart__svg--${size}`}
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={labelledBy}
      focusable="false"
    >
      <title>{title}</title>
      <defs>
        <pattern
          id={`${id}-stripes`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#fbe3c6" />
          <rect width="4" height="8" fill="#8a4b00" />
        </pattern>
      </defs>
      <line x1={LABEL_W} x2={LABEL_W} y1="0" y2={height} stroke="#4b4b4b" stroke-width="1" />
      {rows.map(({ b, lines, y: top0, h }) => {
        const mid = top0 + h / 2;
        const barW = b.value === null ? 0 : Math.max(b.value > 0 ? 2 : 0, x(b.value) - LABEL_W);
        return (
          <g key={b.id}>
            <text
              x={LABEL_W - 8}
              y={mid - (lines.length - 1) * (LINE / 2) + 5}
              text-anchor="end"
              class="bs-chart__label"
            >
              {lines.map((l, i) => (
                <tspan key={l} x={LABEL_W - 8} dy={i === 0 ? 0 : LINE}>
                  {l}
                </tspan>
              ))}
            </text>
            {barW > 0 ? (
              <rect
                x={LABEL_W}
                y={mid - 10}
                width={barW}
                height="20"
                fill={b.flagged ? `url(#${id}-stripes)` : '#00689e'}
                stroke={b.flagged ? '#8a4b00' : 'none'}
              />
            ) : null}
            {b.marker !== undefined && b.marker !== null ? (
              <line
                x1={x(b.marker)}
                x2={x(b.marker)}
                y1={mid - 15}
                y2={mid + 15}
                stroke="#1b1b1b"
                stroke-width="3"
              />
            ) : null}
            <text x={LABEL_W + BAR_AREA + 16} y={b.flagged ? mid - 4 : mid + 5} class="bs-chart__value">
              {b.valueText}
              {b.flagged && b.flagText ? (
                <tspan class="bs-chart__flag" x={LABEL_W + BAR_AREA + 16} dy={LINE}>
                  ▼ {b.flagText}
                </tspan>
              ) : null}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
