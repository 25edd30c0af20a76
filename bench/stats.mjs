import { loadavg } from 'node:os';

/** The benches' one quantile: the value at `q` (0-1) of the sorted list, the median at 0.5. */
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** The middle value of `xs` (numbers), the upper one of the two middle values for an even count. */
export const median = (xs) => quantile(xs, 0.5);

/** The load averages (1, 5, 15 minutes), for a line of bench output. */
export const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/**
 * Wait until the one-minute load average is below 1, at most `maxS` seconds, and say how long (a
 * text to put after the row). Timing rows that compare with an absolute aim (Lighthouse, opening
 * the overview) otherwise measure what ran before them: in `npm run bench` the Lighthouse part
 * came right after the exchange part and started at a load average of 2.2 (capture screen 84-91
 * there, 95-99 on a quiet machine minutes later); Lighthouse's variability notes name resource
 * contention on the client as a large source of variation.
 */
export async function settle(maxS) {
  const t0 = Date.now();
  while (loadavg()[0] >= 1 && Date.now() - t0 < maxS * 1000) await new Promise((r) => setTimeout(r, 2000));
  const s = Math.round((Date.now() - t0) / 1000);
  if (loadavg()[0] >= 1) return ` (still busy after waiting ${s} s)`;
  return s > 0 ? ` (after waiting ${s} s for the machine to settle)` : '';
}
