import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importBundleText } from '../../src/db/exchange';
import { db } from '../../src/db/schema';
import type { ContributionAggregate } from '../../src/domain/analysis/aggregates';
import {
  aggregatesFromScratch,
  countFromScratch,
  type RespondentState,
  unpackAggregates,
} from '../../src/domain/analysis/aggregates';
import { canonicalJson, emptyCounts, MemoryStore, type Version } from '../../src/domain/merge';
import { deviceBundle, edit, contribution as made, T0, uuid } from '../helpers/exchangeData';
import { freshDb } from '../helpers/freshDb';

vi.setConfig({ testTimeout: 60_000 });
const NOW = T0 + 3600_000;

beforeEach(freshDb);

const sortAggs = (list: Iterable<ContributionAggregate>) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ ...a, counts: { ...a.counts } }));

const sortRespondents = (list: Iterable<RespondentState>) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id)).map((r) => JSON.parse(JSON.stringify(r)));

/** Records and open conflicts as stored, without local fields, sorted. */
async function stored() {
  const records = (await db.contributions.toArray())
    .map(({ localSeq: _s, ...r }) => r)
    .sort((a, b) => a.id.localeCompare(b.id));
  const conflicts = (await db.conflicts.toArray())
    .map((c) => canonicalJson([c.recordId, (c as unknown as { version: Version }).version]))
    .sort();
  return { records, conflicts };
}

/**
 * A tablet's file of mostly new records is added without reading them first (src/db/exchange.ts
 * mergeTable): the few records in it that exist after all are refused by IndexedDB one by one and
 * then merged with what is stored. The result must be what the merge rule gives (the in-memory
 * store of src/domain/merge.ts), counts included, with the aggregates equal to a recount.
 */
describe('a file of mostly new records with a few that exist', () => {
  // Facilitator records; kiosk answers of a few respondents (the aggregates' respondent counters,
  // another path of the aggregates middleware when some values fail).
  const kiosk = (n: number) => ({
    source: 'kiosk',
    respondentId: uuid(900 + (n % 4)),
    selfGroupIds: n % 2 ? ['jong'] : [],
  });
  it.each([
    ['facilitator', (_n: number) => ({})],
    ['kiosk', kiosk],
  ])(
    '%s: merges the existing ones by the merge rule, adds the rest, keeps the aggregates',
    async (_, extra) => {
      const contribution = (n: number, device: string, ms: number) => made(n, device, ms, extra(n));
      const a = [1, 2, 3].map((n) => contribution(n, 'tableta', T0 - 60_000 + n));
      const fileA = await deviceBundle('tableta', 1, { contributions: a });
      expect((await importBundleText(fileA.text, 'a.json', { now: NOW })).status).toBe('imported');

      // 40 new records with the three existing ones at odd places (a sample of the ids misses them):
      // record 1 unchanged, record 2 edited after tablet A's version, record 3 changed concurrently.
      // (looksNew asks for every second id of the first 32: all new ones.)
      const fresh = Array.from({ length: 40 }, (_, i) => contribution(100 + i, 'tabletb', T0 + i));
      const b = [
        fresh[0]!,
        a[0]!,
        fresh[1]!,
        edit(a[1]!, 'tabletb', T0 + 100, { text: 'aangepast', kind: 'knelpunt' }),
        fresh[2]!,
        { ...contribution(3, 'tabletb', T0 + 200), text: 'tegelijk anders' } as Version,
        ...fresh.slice(3),
      ];
      const fileB = await deviceBundle('tabletb', 1, { contributions: b });
      const report = await importBundleText(fileB.text, 'b.json', { now: NOW });
      expect(report.status).toBe('imported');

      const memory = new MemoryStore();
      for (const v of a) memory.merge('contributions', v);
      const counts = emptyCounts();
      for (const v of b) {
        const step = memory.merge('contributions', v);
        counts[step.outcome === 'conflict' ? 'unchanged' : step.outcome]++;
        counts.conflicts += step.newConflicts.length;
      }
      expect(report.counts).toEqual({ ...counts, skipped: 0 });
      // Record 2's edit and record 3's later concurrent version win (the earlier one stays as a conflict).
      expect(report.counts).toMatchObject({ new: 40, updated: 2, unchanged: 1, conflicts: 1 });

      const ids = [...new Set([...a, ...b].map((v) => v.id))].sort();
      const want = ids.map((id) => memory.stateOf('contributions', id));
      const got = await stored();
      expect(got.records).toEqual(want.map((s) => s.current));
      expect(got.conflicts).toEqual(
        want.flatMap((s) => s.conflicts.map((v) => canonicalJson([v.id, v]))).sort(),
      );

      const records = await db.contributions.toArray();
      expect(sortAggs(unpackAggregates(await db.aggregates.toArray()))).toEqual(
        sortAggs(aggregatesFromScratch(records).values()),
      );
      expect(sortRespondents(await db.respondents.toArray())).toEqual(
        sortRespondents(countFromScratch(records).respondents.values()),
      );
      // A full-merge re-import of both files changes nothing.
      for (const [f, name] of [
        [fileA, 'a.json'],
        [fileB, 'b.json'],
      ] as const) {
        const again = await importBundleText(f.text, name, { now: NOW, fullMerge: true });
        expect(again.counts.new + again.counts.updated + again.counts.conflicts).toBe(0);
      }
      expect(await stored()).toEqual(got);
    },
  );
});
