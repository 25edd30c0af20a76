import type { MeasureCell } from '../../domain/analysis/reach';
import { type Hidden, hiddenCellText, shownCount } from '../../domain/analysis/suppress';
import { formatNumber } from '../../i18n';

export const pct = (share: number) => `${formatNumber(share * 100, share < 0.1 && share > 0 ? 1 : 0)}%`;
export const idx = (index: number) => formatNumber(index, 2);

/** Count, "<k" when it is 1 to k−1, "x" when hidden as a complement; a zero is shown as 0. */
export const people = (n: number, k: number, hidden?: Hidden) => {
  const shown = hidden === undefined ? shownCount(n, k) : shownCount(n, k, hidden);
  return typeof shown === 'number' ? formatNumber(shown) : shown;
};

/** The share of a measure as shown in per-group tables: "<k" or "x" when hidden, "–" without data. */
export function shareText(c: MeasureCell, k: number): string {
  return hiddenCellText(c, k) ?? (c.share === null ? '–' : pct(c.share));
}

export function indexText(c: MeasureCell, k: number): string {
  return hiddenCellText(c, k) ?? (c.index === null ? '–' : idx(c.index));
}
