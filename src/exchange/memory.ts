/**
 * Merging bundles in memory (the command line's `merge`, and tests that compare with the app):
 * the same rules as the app's import (src/db/exchange.ts), on a MemoryStore instead of IndexedDB.
 */

import { countResult, emptyCounts, type MemoryStore, type MergeCounts, type Version } from '../domain/merge';
import { byCode } from '../domain/order';
import { type BundleSource, EXCHANGE_TABLES, type ExchangeTable, PUBLISH_TABLES } from './format';
import { sourcesOf } from './gaps';
import type { ParsedBundle, TableVersions } from './read';
import type { BundleInput } from './write';

/** The record types an import takes from a bundle of this kind. */
export function allowedTables(kind: ParsedBundle['header']['kind']): readonly ExchangeTable[] {
  return kind === 'publish' ? PUBLISH_TABLES : EXCHANGE_TABLES;
}

export type MergeFileCounts = MergeCounts & { skipped: number };

/** Merge one checked bundle into the store; returns the counts as the app reports them. */
export function mergeIntoStore(store: MemoryStore, bundle: ParsedBundle): MergeFileCounts {
  const counts: MergeFileCounts = { ...emptyCounts(), skipped: 0 };
  const allowed = allowedTables(bundle.header.kind);
  for (const t of EXCHANGE_TABLES) {
    const incoming = [...(bundle.records[t] ?? []), ...(bundle.conflicts[t] ?? [])];
    if (!allowed.includes(t)) {
      counts.skipped += incoming.length;
      continue;
    }
    for (const v of incoming) countResult(counts, store.merge(t, v));
  }
  return counts;
}

/** The store as the payload of a bundle: winners as records, open conflict versions as conflicts. */
export function storePayload(store: MemoryStore): { records: TableVersions; conflicts: TableVersions } {
  const records: TableVersions = {};
  const conflicts: TableVersions = {};
  for (const t of EXCHANGE_TABLES) {
    const states = [...(store.tables.get(t)?.entries() ?? [])].sort(([a], [b]) => byCode(a, b));
    const current: Version[] = [];
    const lost: Version[] = [];
    for (const [, s] of states) {
      if (s.current) current.push(s.current);
      lost.push(...s.conflicts);
    }
    if (current.length) records[t] = current;
    if (lost.length) conflicts[t] = lost;
  }
  return { records, conflicts };
}

/** What `buurtstem merge` writes: a bundle of kind "merged" holding all the inputs. */
export function mergedBundleInput(store: MemoryStore, bundles: ParsedBundle[], now: Date): BundleInput {
  const processIds = new Set(bundles.map((b) => b.header.processId));
  const sources: BundleSource[] = sourcesOf(
    bundles.map((b) => ({
      deviceId: b.header.device.id,
      deviceLabel: b.header.device.label,
      kind: b.header.kind,
      exportSeq: b.header.exportSeq,
      range: b.header.range,
      sources: b.header.sources,
    })),
  );
  return {
    kind: 'merged',
    device: { id: 'buurtstem-cli', label: 'Buurtstem-opdrachtregel' },
    processId: processIds.size === 1 ? [...processIds][0]! : null,
    exportSeq: 0,
    range: null,
    sources,
    exportedAt: now.toISOString(),
    ...storePayload(store),
  };
}
