/**
 * Which export numbers of which device are missing, from the log of imported bundles. Pure.
 * A device numbers its exports 1, 2, 3, …; a missing number means a file was lost or not yet
 * imported. An "export everything" (range from 1) holds every earlier change, so numbers below it
 * no longer count as missing.
 */
import type { BundleKind, BundleSource } from './format';

export interface LoggedImport {
  deviceId: string;
  deviceLabel: string;
  kind: BundleKind;
  exportSeq: number;
  range: { fromSeq: number; toSeq: number } | null;
  sources?: BundleSource[];
}

export interface DeviceGap {
  deviceId: string;
  deviceLabel: string;
  missing: number[];
  highest: number;
}

export function missingExports(log: LoggedImport[]): DeviceGap[] {
  const byDevice = new Map<string, { label: string; seqs: Set<number>; coveredUpTo: number }>();
  const add = (s: BundleSource) => {
    const d = byDevice.get(s.deviceId) ?? { label: s.deviceLabel, seqs: new Set(), coveredUpTo: 0 };
    d.label = s.deviceLabel || d.label;
    d.seqs.add(s.exportSeq);
    if (s.range?.fromSeq === 1) d.coveredUpTo = Math.max(d.coveredUpTo, s.exportSeq);
    byDevice.set(s.deviceId, d);
  };
  for (const entry of log) {
    if (entry.kind === 'device' && entry.exportSeq > 0) add(entry);
    if (entry.kind === 'merged') for (const s of entry.sources ?? []) add(s);
  }
  const gaps: DeviceGap[] = [];
  for (const [deviceId, d] of byDevice) {
    const highest = Math.max(...d.seqs);
    const missing: number[] = [];
    for (let k = d.coveredUpTo + 1; k < highest; k++) if (!d.seqs.has(k)) missing.push(k);
    if (missing.length) gaps.push({ deviceId, deviceLabel: d.label, missing, highest });
  }
  return gaps.sort((a, b) => a.deviceLabel.localeCompare(b.deviceLabel, 'nl'));
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
