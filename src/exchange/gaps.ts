/**
 * Which export numbers of which device are missing, from the log of imported bundles. Pure.
 * A device numbers its exports 1, 2, 3, …; a missing number means a file was lost or not yet
 * imported. An "export everything" (range from 1) holds every earlier change, so numbers below it
 * no longer count as missing.
 */

import { byName } from '../domain/order';
import type { BundleKind, BundleSource } from './format';

export interface LoggedImport {
  deviceId: string;
  deviceLabel: string;
  kind: BundleKind;
  exportSeq: number;
  range: { fromSeq: number; toSeq: number } | null;
  sources?: BundleSource[];
}

/** Export numbers from..to (inclusive) are missing. */
export interface SeqRange {
  from: number;
  to: number;
}

export interface DeviceGap {
  deviceId: string;
  deviceLabel: string;
  /**
   * The missing numbers as ranges: a file claiming export 1,000,000 after export 3 gives one
   * range, not a million entries (export numbers are bounded too: MAX_EXPORT_SEQ in ./format).
   */
  missing: SeqRange[];
  highest: number;
}

export function missingExports(log: LoggedImport[]): DeviceGap[] {
  // A Map keyed by device id: ids such as "constructor" or "__proto__" are ordinary keys.
  const byDevice = new Map<string, { label: string; seqs: number[]; coveredUpTo: number }>();
  const add = (s: BundleSource) => {
    let d = byDevice.get(s.deviceId);
    if (!d) {
      d = { label: s.deviceLabel, seqs: [], coveredUpTo: 0 };
      byDevice.set(s.deviceId, d);
    }
    d.label = s.deviceLabel || d.label;
    d.seqs.push(s.exportSeq);
    if (s.range?.fromSeq === 1) d.coveredUpTo = Math.max(d.coveredUpTo, s.exportSeq);
  };
  for (const entry of log) {
    if (entry.kind === 'device' && entry.exportSeq > 0) add(entry);
    if (entry.kind === 'merged') for (const s of entry.sources ?? []) add(s);
  }
  const gaps: DeviceGap[] = [];
  for (const [deviceId, d] of byDevice) {
    // Sorted numbers, then one range per hole: cost follows the number of imports, not the numbers.
    const seqs = d.seqs.sort((a, b) => a - b);
    const missing: SeqRange[] = [];
    let prev = d.coveredUpTo;
    for (const n of seqs) {
      if (n > prev + 1) missing.push({ from: prev + 1, to: n - 1 });
      if (n > prev) prev = n;
    }
    const highest = seqs[seqs.length - 1] ?? 0;
    if (missing.length) gaps.push({ deviceId, deviceLabel: d.label, missing, highest });
  }
  return gaps.sort((a, b) => byName(a.deviceLabel, b.deviceLabel));
}

/** How many numbers the ranges hold. */
export const missingCount = (ranges: SeqRange[]) => ranges.reduce((n, r) => n + r.to - r.from + 1, 0);

/**
 * The ranges as words: "4", "4 tot en met 9", "2, 4 tot en met 9 en 12". `through` and `and` are
 * the words of the language ("tot en met", "en"); at most `max` ranges, then "…".
 */
export function rangesText(ranges: SeqRange[], through: string, and: string, max = 10): string {
  const parts = ranges
    .slice(0, max)
    .map((r) =>
      r.from === r.to
        ? String(r.from)
        : r.to === r.from + 1
          ? `${r.from}, ${r.to}`
          : `${r.from} ${through} ${r.to}`,
    );
  if (ranges.length > max) parts.push('…');
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** The device exports a set of bundles holds (what a merged file lists in header.sources). */
export function sourcesOf(log: LoggedImport[]): BundleSource[] {
  const out = new Map<string, BundleSource>();
  const add = (s: BundleSource) => out.set(`${s.deviceId}#${s.exportSeq}`, s);
  for (const e of log) {
    if (e.kind === 'device' && e.exportSeq > 0)
      add({ deviceId: e.deviceId, deviceLabel: e.deviceLabel, exportSeq: e.exportSeq, range: e.range });
    if (e.kind === 'merged') for (const s of e.sources ?? []) add(s);
  }
  return [...out.values()].sort((a, b) =>
    a.deviceId === b.deviceId ? a.exportSeq - b.exportSeq : a.deviceId < b.deviceId ? -1 : 1,
  );
}
