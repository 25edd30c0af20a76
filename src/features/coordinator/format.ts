import type { MeasureCell } from '../../domain/analysis/reach';
import { formatNumber } from '../../i18n';

export const pct = (share: number) => `${formatNumber(share * 100, share < 0.1 && share > 0 ? 1 : 0)}%`;
export const idx = (index: number) => formatNumber(index, 2);

/** Count, or "<k" when the count is below k. */
export const people = (n: number, k: number) => (n < k ? `<${k}` : formatNumber(n));

/** The share of a measure as shown in per-group tables: "<k" when hidden, "–" without data. */
export function shareText(c: MeasureCell, k: number): string {
  if (c.suppressed) return `<${k}`;
  return c.share === null ? '–' : pct(c.share);
}

export function indexText(c: MeasureCell, k: number): string {
  if (c.suppressed) return `<${k}`;
  return c.index === null ? '–' : idx(c.index);
}
