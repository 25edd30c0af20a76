import type { AgendaItem } from '../../domain/agenda';
import type { ItemTotal } from '../../domain/votes';
import { useT } from '../../i18n';

const ROW = 44;
const LABEL_W = 260;
const BAR_W = 440;
const NUM_W = 60;

/** Shorten a label to fit the label column (the full title is in the table). */
function shorten(text: string, max = 34): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Horizontal bars: dots per item, kiosk and paper stacked (kiosk dark, paper striped so the parts
 * differ without colour), or one bar when the split may not be shown (small-group suppression). An image with a text alternative; the same figures are in the table
 * that follows it.
 */
export function PriorityChart({
  totals,
  items,
  split,
}: {
  totals: ItemTotal[];
  items: ReadonlyMap<string, AgendaItem>;
  /** Show kiosk and paper apart (not when one of them has fewer than k people). */
  split: boolean;
}) {
  const t = useT();
  const max = Math.max(1, ...totals.map((r) => r.total));
  const height = totals.length * ROW + 36;
  const width = LABEL_W + BAR_W + NUM_W;
  const scale = (n: number) => (n / max) * BAR_W;
  const summary = totals.map((r) => `${items.get(r.itemId)?.title ?? '?'}: ${r.total}`).join('; ');
  return (
    <figure class="bs-prio-chart">
      <figcaption class="utrecht-heading-3">{t('agenda.prio.chart')}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`${t('agenda.prio.chartLabel')} ${summary}`}
        class="bs-prio-chart__svg"
      >
        <defs>
          <pattern
            id="bs-paper-stripes"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#cfe3f1" />
            <rect width="3" height="8" fill="#00689e" />
          </pattern>
        </defs>
        {totals.map((r, i) => {
          const y = i * ROW + 6;
          const title = items.get(r.itemId)?.title ?? '?';
          return (
            <g key={r.itemId}>
              <text
                x={LABEL_W - 10}
                y={y + ROW / 2}
                text-anchor="end"
                dominant-baseline="middle"
                class="bs-prio-chart__label"
              >
                {shorten(title)}
              </text>
              {split ? (
                <>
                  <rect x={LABEL_W} y={y + 6} width={scale(r.kiosk)} height={ROW - 16} fill="#004d75" />
                  <rect
                    x={LABEL_W + scale(r.kiosk)}
                    y={y + 6}
                    width={scale(r.paper)}
                    height={ROW - 16}
                    fill="url(#bs-paper-stripes)"
                    stroke="#004d75"
                    stroke-width={r.paper ? 1 : 0}
                  />
                </>
              ) : (
                <rect x={LABEL_W} y={y + 6} width={scale(r.total)} height={ROW - 16} fill="#004d75" />
              )}
              <text
                x={LABEL_W + scale(r.total) + 8}
                y={y + ROW / 2}
                dominant-baseline="middle"
                class="bs-prio-chart__num"
              >
                {r.total}
              </text>
            </g>
          );
        })}
        {split ? (
          <g transform={`translate(${LABEL_W}, ${totals.length * ROW + 14})`} class="bs-prio-chart__legend">
            <rect width="16" height="16" fill="#004d75" />
            <text x="22" y="13">
              {t('agenda.prio.kiosk')}
            </text>
            <rect x="110" width="16" height="16" fill="url(#bs-paper-stripes)" stroke="#004d75" />
            <text x="132" y="13">
              {t('agenda.prio.paper')}
            </text>
          </g>
        ) : null}
      </svg>
    </figure>
  );
}
