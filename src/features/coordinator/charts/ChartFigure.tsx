import type { ComponentChildren } from 'preact';
import { useT } from '../../../i18n';

/**
 * A chart with its one-sentence summary and a table alternative. The SVG is labelled by the title
 * and the summary; the table holds the same numbers for screen readers, keyboard users and print.
 */
export function ChartFigure({
  id,
  title,
  summary,
  children,
  table,
  legend,
}: {
  id: string;
  title: string;
  summary: string;
  children: ComponentChildren;
  table: ComponentChildren;
  legend?: ComponentChildren;
}) {
  const t = useT();
  return (
    <figure class="bs-chart" aria-labelledby={`${id}-title`}>
      <h3 class="utrecht-heading-3" id={`${id}-title`}>
        {title}
      </h3>
      <p class="bs-chart__summary" id={`${id}-summary`}>
        {summary}
      </p>
      {children}
      {legend ? <div class="bs-chart__legend">{legend}</div> : null}
      <details class="bs-chart__table">
        <summary>{t('coord.chart.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

/** Split a label into at most two lines of about `max` characters (the second one cut with …). */
export function wrapLabel(label: string, max = 30): string[] {
  if (label.length <= max) return [label];
  const words = label.split(/\s+/);
  let first = '';
  let i = 0;
  while (i < words.length && `${first} ${words[i]}`.trim().length <= max) {
    first = `${first} ${words[i]}`.trim();
    i++;
  }
  if (!first) return [`${label.slice(0, max - 1)}…`];
  const rest = words.slice(i).join(' ');
  return [first, rest.length > max ? `${rest.slice(0, max - 1)}…` : rest];
}
