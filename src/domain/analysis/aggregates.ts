import type { Contribution } from '../contribution';
import { countsAsResident, speakerOf, voiceOf } from '../voices';

/**
 * Aggregates: counters of the live contributions per process × meeting, kept up to date in the
 * same transaction as every write and import (src/db/aggregates.ts), so the coordinator's
 * overview, reach and shared picture read a few hundred small rows instead of every contribution.
 * Buurt, day and work form are the meeting's, so they come from the meetings at read time (a
 * meeting moved to another day or buurt needs no recount).
 *
 * A counter key is `dimension` + SEP + value. A new dimension is one line in DIMENSIONS and a few
 * lines where the overview or reach reads it; the property test (tests/unit/aggregates.property.test.ts)
 * checks the stored counters against a recount and the pictures against the ones from records.
 */
export const SEP = '\u001f';
const pair = (a: string, b: string) => `${a}${SEP}${b}`;
// Records stored before a field existed may lack it (the migration counts them as they are).
const unique = (xs: readonly string[] | undefined) => (!xs ? [] : xs.length < 2 ? xs : [...new Set(xs)]);

/** Who is one kiosk respondent (one person, however many answers). */
export const respondentKey = (c: Contribution) => c.respondentId ?? c.id;

/** Dimension → the values one live contribution counts under. */
export const DIMENSIONS = {
  all: () => [''],
  // Residents' own words (issue 16): the overview's counts, channels, kinds and reach are theirs;
  // partners' and professionals' words are counted apart (speaker) and only named in the themes.
  resident: (c) => (countsAsResident(c) ? [''] : []),
  speaker: (c) => (countsAsResident(c) ? [] : [speakerOf(c)]),
  kind: (c) => (countsAsResident(c) ? [c.kind] : []),
  source: (c) => (countsAsResident(c) ? [c.source] : []),
  theme: (c) => unique(c.themeIds),
  themeVoice: (c) => unique(c.themeIds).map((t) => pair(t, voiceOf(c))),
  themeKind: (c) => unique(c.themeIds).map((t) => pair(t, c.kind)),
  noTheme: (c) => (countsAsResident(c) && !c.themeIds?.length ? [''] : []),
  // Reach, "observed": facilitator contributions and the groups they were tagged with.
  observed: (c) => (countsAsResident(c) && c.source !== 'kiosk' ? [''] : []),
  observedGroup: (c) => (countsAsResident(c) && c.source !== 'kiosk' ? unique(c.observedGroupIds) : []),
  // Reach, "self", and the overview's respondents: kiosk answers per respondent, and per
  // respondent the groups said (a count per answer, so removing one answer keeps the others').
  respondent: (c) => (countsAsResident(c) && c.source === 'kiosk' ? [respondentKey(c)] : []),
  respondentGroup: (c) =>
    countsAsResident(c) && c.source === 'kiosk'
      ? unique(c.selfGroupIds).map((g) => pair(respondentKey(c), g))
      : [],
} satisfies Record<string, (c: Contribution) => readonly string[]>;
export type Dimension = keyof typeof DIMENSIONS;

const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

/** Every counter key one live contribution adds 1 to. */
export function contributionAggregateKeys(c: Contribution): string[] {
  const keys: string[] = [];
  for (const d of DIMENSION_NAMES) for (const v of DIMENSIONS[d](c)) keys.push(pair(d, v));
  return keys;
}

/** The counter value of one key (0 when absent). */
export const countOf = (a: Pick<ContributionAggregate, 'counts'>, d: Dimension, value = '') =>
  a.counts[pair(d, value)] ?? 0;

/** The values a dimension counts in an aggregate, with their counts. */
export function* valuesOf(
  a: Pick<ContributionAggregate, 'counts'>,
  d: Dimension,
): Generator<[string, number]> {
  const prefix = `${d}${SEP}`;
  for (const k in a.counts) if (k.startsWith(prefix)) yield [k.slice(prefix.length), a.counts[k]!];
}

/** How many of the newest contributions each aggregate keeps (the overview's "recent" list). */
export const RECENT_KEPT = 10;
/** [createdAt, id] of a contribution, newest first. */
export type RecentEntry = [createdAt: string, id: string];

export interface ContributionAggregate {
  /** aggregateId(processId, meetingId) */
  id: string;
  processId: string;
  meetingId: string;
  /** Counter key → count; a key whose count falls to 0 is removed. */
  counts: Record<string, number>;
  /** The newest live contributions, newest first, at most RECENT_KEPT. */
  recent: RecentEntry[];
}

export const aggregateId = (processId: string, meetingId: string) => pair(processId, meetingId);

export const emptyAggregate = (processId: string, meetingId: string): ContributionAggregate => ({
  id: aggregateId(processId, meetingId),
  processId,
  meetingId,
  counts: {},
  recent: [],
});

export const entryNewer = (a: RecentEntry, b: RecentEntry) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/** Add a live contribution to its aggregate (in place). */
export function addToAggregate(agg: ContributionAggregate, c: Contribution): void {
  for (const k of contributionAggregateKeys(c)) agg.counts[k] = (agg.counts[k] ?? 0) + 1;
  const e: RecentEntry = [c.createdAt, c.id];
  const r = agg.recent;
  if (r.length < RECENT_KEPT || entryNewer(e, r[r.length - 1]!)) {
    let i = r.length;
    while (i > 0 && entryNewer(e, r[i - 1]!)) i--;
    r.splice(i, 0, e);
    if (r.length > RECENT_KEPT) r.pop();
  }
}

/**
 * Take a live contribution out of its aggregate (in place). Returns false when the recent list
 * lost a member it cannot refill by itself: then the caller recounts this meeting's records.
 */
export function removeFromAggregate(agg: ContributionAggregate, c: Contribution): boolean {
  for (const k of contributionAggregateKeys(c)) {
    const n = (agg.counts[k] ?? 0) - 1;
    if (n > 0) agg.counts[k] = n;
    else delete agg.counts[k];
  }
  const i = agg.recent.findIndex((e) => e[1] === c.id);
  if (i < 0) return true;
  agg.recent.splice(i, 1);
  // The list was full, so older contributions may exist that now belong in it.
  return agg.recent.length + 1 < RECENT_KEPT || countOf(agg, 'all') <= agg.recent.length;
}

export const isLive = (c: Contribution | undefined): c is Contribution => !!c && !c.deleted;

/**
 * One stored change of a contribution (before → after, either may be absent) as the aggregates
 * it touches: the ids of the aggregates to read, and how to apply the change to them.
 */
export function touchedAggregates(
  before: Contribution | undefined,
  after: Contribution | undefined,
): string[] {
  const ids: string[] = [];
  if (isLive(before)) ids.push(aggregateId(before.processId, before.meetingId));
  if (isLive(after)) {
    const id = aggregateId(after.processId, after.meetingId);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Apply changes (before → after) to the aggregates in `byId` (missing ones are created). Returns
 * the ids of aggregates whose recent list must be recounted from their records.
 */
export function applyChanges(
  byId: Map<string, ContributionAggregate>,
  changes: Iterable<{ before: Contribution | undefined; after: Contribution | undefined }>,
): Set<string> {
  const recount = new Set<string>();
  const of = (c: Contribution) => {
    const id = aggregateId(c.processId, c.meetingId);
    let a = byId.get(id);
    if (!a) {
      a = emptyAggregate(c.processId, c.meetingId);
      byId.set(id, a);
    }
    return a;
  };
  for (const { before, after } of changes) {
    if (isLive(before)) {
      const a = of(before);
      if (!removeFromAggregate(a, before)) recount.add(a.id);
    }
    if (isLive(after)) addToAggregate(of(after), after);
  }
  return recount;
}

/** Every aggregate, counted from scratch from the records (the migration, the recount, the test). */
export function aggregatesFromScratch(
  contributions: Iterable<Contribution>,
): Map<string, ContributionAggregate> {
  const byId = new Map<string, ContributionAggregate>();
  for (const c of contributions) {
    if (!isLive(c)) continue;
    const id = aggregateId(c.processId, c.meetingId);
    let a = byId.get(id);
    if (!a) {
      a = emptyAggregate(c.processId, c.meetingId);
      byId.set(id, a);
    }
    addToAggregate(a, c);
  }
  return byId;
}

/** An aggregate is empty when it counts nothing (then it is deleted, not stored). */
export const isEmptyAggregate = (a: ContributionAggregate) => countOf(a, 'all') === 0;
