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
} satisfies Record<string, (c: Contribution) => readonly string[]>;
/**
 * Kiosk respondents (reach "self" and the overview's respondent count) are one person over one or
 * more answers, so they are not counted per contribution but per respondent (RespondentState): a
 * respondent whose answers are all in one meeting (the kiosk makes them so) is one count under
 * `localRespondent` + the set of groups said, so a meeting's row stays a few keys however many
 * people answered; only a respondent with answers in several meetings is kept by name
 * (`respondent` = answers in this meeting, `respondentGroup` = respondent + group → answers).
 */
export const RESPONDENT_DIMENSIONS = ['localRespondent', 'respondent', 'respondentGroup'] as const;
export type Dimension = keyof typeof DIMENSIONS | (typeof RESPONDENT_DIMENSIONS)[number];
/** Separates the groups of a `localRespondent` key (group ids are slugs, never contain it). */
export const GROUP_SET_SEP = '\u001e';

const DIMENSION_NAMES = Object.keys(DIMENSIONS) as (keyof typeof DIMENSIONS)[];

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

/**
 * Every dimension's values of an aggregate with their counts, in one pass over its counters: what
 * the overview and reach read (valuesOf per dimension walks all counters each time).
 */
export function dimensionsOf(
  a: Pick<ContributionAggregate, 'counts'>,
): (d: Dimension) => readonly [string, number][] {
  const by = new Map<string, [string, number][]>();
  for (const k in a.counts) {
    const [d, value] = splitOnce(k);
    const list = by.get(d);
    const entry: [string, number] = [value, a.counts[k]!];
    if (list) list.push(entry);
    else by.set(d, [entry]);
  }
  return (d) => by.get(d) ?? [];
}

/**
 * Counter keys and pair values split at their first SEP, each distinct one once: a process has a
 * few hundred distinct keys in tens of thousands of counters (20,703 counters, 289 keys at 100,000
 * contributions), and the overview split each counter's key anew (issue 12). Emptied when it holds
 * more than SPLIT_KEPT (a long session over many processes).
 */
const splits = new Map<string, readonly [string, string]>();
const SPLIT_KEPT = 50_000;

/** `s` before and after its first SEP (all of it and '' when it has none). */
export function splitOnce(s: string): readonly [string, string] {
  let parts = splits.get(s);
  if (!parts) {
    const i = s.indexOf(SEP);
    parts = i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
    if (splits.size >= SPLIT_KEPT) splits.clear();
    splits.set(s, parts);
  }
  return parts;
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

/** A live kiosk answer of a resident: counted per respondent (RespondentState), not per contribution. */
export const isAnswer = (c: Contribution | undefined): c is Contribution =>
  isLive(c) && c.source === 'kiosk' && countsAsResident(c);

/**
 * One kiosk respondent of a process as the aggregates know them (kept beside the aggregates, in
 * the same transaction): per meeting, how many live answers and how many of them name each group.
 */
export interface RespondentState {
  /** respondentStateId(processId, respondent) */
  id: string;
  processId: string;
  respondent: string;
  meetings: Record<string, { answers: number; groups: Record<string, number> }>;
}

export const respondentStateId = (processId: string, respondent: string) => pair(processId, respondent);

const stateOf = (c: Contribution): RespondentState => ({
  id: respondentStateId(c.processId, respondentKey(c)),
  processId: c.processId,
  respondent: respondentKey(c),
  meetings: {},
});

/** Add (+1) or take out (-1) one answer of this respondent (in place). */
export function countAnswer(s: RespondentState, c: Contribution, delta: 1 | -1): void {
  let m = s.meetings[c.meetingId];
  if (!m) {
    m = { answers: 0, groups: {} };
    s.meetings[c.meetingId] = m;
  }
  m.answers += delta;
  for (const g of unique(c.selfGroupIds)) {
    const n = (m.groups[g] ?? 0) + delta;
    if (n > 0) m.groups[g] = n;
    else delete m.groups[g];
  }
  if (m.answers <= 0) delete s.meetings[c.meetingId];
}

/** The counters a respondent adds to the aggregates: [meetingId, counter key, count]. */
export function respondentCounts(s: RespondentState): [string, string, number][] {
  const meetings = Object.keys(s.meetings);
  if (meetings.length === 1) {
    const m = meetings[0]!;
    const groups = Object.keys(s.meetings[m]!.groups).sort();
    return [[m, pair('localRespondent', groups.join(GROUP_SET_SEP)), 1]];
  }
  const out: [string, string, number][] = [];
  for (const m of meetings) {
    const { answers, groups } = s.meetings[m]!;
    out.push([m, pair('respondent', s.respondent), answers]);
    for (const g in groups) out.push([m, pair('respondentGroup', pair(s.respondent, g)), groups[g]!]);
  }
  return out;
}

/** The aggregate ids a respondent's counters are in. */
export const respondentAggregateIds = (s: RespondentState) =>
  Object.keys(s.meetings).map((m) => aggregateId(s.processId, m));

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

/** The respondent state ids a change touches. */
export function touchedRespondents(
  before: Contribution | undefined,
  after: Contribution | undefined,
): string[] {
  const ids: string[] = [];
  if (isAnswer(before)) ids.push(respondentStateId(before.processId, respondentKey(before)));
  if (isAnswer(after)) {
    const id = respondentStateId(after.processId, respondentKey(after));
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const bump = (a: ContributionAggregate, key: string, n: number) => {
  const v = (a.counts[key] ?? 0) + n;
  if (v > 0) a.counts[key] = v;
  else delete a.counts[key];
};

/**
 * Apply changes (before → after) to the aggregates in `byId` (missing ones are created) and to the
 * respondents in `respondents` (as stored before the changes; missing ones are created, ones left
 * without answers keep an empty `meetings`: the caller deletes them). `byId` must hold every
 * aggregate of the touched respondents' meetings (respondentAggregateIds). Returns the ids of
 * aggregates whose recent list must be refilled from their records.
 */
export function applyChanges(
  byId: Map<string, ContributionAggregate>,
  changes: Iterable<{ before: Contribution | undefined; after: Contribution | undefined }>,
  respondents: Map<string, RespondentState> = new Map(),
): Set<string> {
  const recount = new Set<string>();
  const of = (processId: string, meetingId: string) => {
    const id = aggregateId(processId, meetingId);
    let a = byId.get(id);
    if (!a) {
      a = emptyAggregate(processId, meetingId);
      byId.set(id, a);
    }
    return a;
  };
  const list = [...changes];
  // The touched respondents' counters come out first and go back in after the changes (a
  // respondent may move from one meeting to two, or back).
  const touched = new Map<string, RespondentState>();
  const touch = (c: Contribution) => {
    const id = respondentStateId(c.processId, respondentKey(c));
    let s = touched.get(id);
    if (!s) {
      s = respondents.get(id) ?? stateOf(c);
      respondents.set(id, s);
      touched.set(id, s);
      for (const [m, k, n] of respondentCounts(s)) bump(of(s.processId, m), k, -n);
    }
    return s;
  };
  for (const { before, after } of list) {
    if (isLive(before)) {
      const a = of(before.processId, before.meetingId);
      if (!removeFromAggregate(a, before)) recount.add(a.id);
      if (isAnswer(before)) countAnswer(touch(before), before, -1);
    }
    if (isLive(after)) {
      addToAggregate(of(after.processId, after.meetingId), after);
      if (isAnswer(after)) countAnswer(touch(after), after, 1);
    }
  }
  for (const s of touched.values())
    for (const [m, k, n] of respondentCounts(s)) bump(of(s.processId, m), k, n);
  return recount;
}

/** The newest live contributions of one aggregate's records, newest first (a refill of `recent`). */
export function recentOf(contributions: Iterable<Contribution>): RecentEntry[] {
  const a = emptyAggregate('', '');
  for (const c of contributions) {
    if (!isLive(c)) continue;
    const e: RecentEntry = [c.createdAt, c.id];
    const r = a.recent;
    if (r.length < RECENT_KEPT || entryNewer(e, r[r.length - 1]!)) {
      let i = r.length;
      while (i > 0 && entryNewer(e, r[i - 1]!)) i--;
      r.splice(i, 0, e);
      if (r.length > RECENT_KEPT) r.pop();
    }
  }
  return a.recent;
}

/**
 * Every aggregate and respondent, counted from scratch from the records (the migration, the test).
 */
export function aggregatesFromScratch(
  contributions: Iterable<Contribution>,
): Map<string, ContributionAggregate> {
  return countFromScratch(contributions).aggregates;
}

export function countFromScratch(contributions: Iterable<Contribution>): {
  aggregates: Map<string, ContributionAggregate>;
  respondents: Map<string, RespondentState>;
} {
  const byId = new Map<string, ContributionAggregate>();
  const respondents = new Map<string, RespondentState>();
  for (const c of contributions) {
    if (!isLive(c)) continue;
    const id = aggregateId(c.processId, c.meetingId);
    let a = byId.get(id);
    if (!a) {
      a = emptyAggregate(c.processId, c.meetingId);
      byId.set(id, a);
    }
    addToAggregate(a, c);
    if (!isAnswer(c)) continue;
    const rid = respondentStateId(c.processId, respondentKey(c));
    let s = respondents.get(rid);
    if (!s) {
      s = stateOf(c);
      respondents.set(rid, s);
    }
    countAnswer(s, c, 1);
  }
  for (const s of respondents.values())
    for (const [m, k, n] of respondentCounts(s)) bump(byId.get(aggregateId(s.processId, m))!, k, n);
  return { aggregates: byId, respondents };
}

// ---- How the aggregates are stored ----

/**
 * Opening the overview reads every aggregate of a process, and their counter keys (dimension +
 * value, tens of characters each, mostly the same few hundred in every meeting) were most of those
 * bytes (1 MB at 100,000 contributions). So each process has one key list (AggregateKeys, a row of
 * the same table, read with its aggregates), and a stored aggregate holds its counters as numbers:
 * [key index, count, key index, count, ...]. Its live count stays readable without the key list
 * (the capture list reads only that). Keys are only ever appended to the list, so an index never
 * changes meaning.
 */
export interface StoredAggregate {
  /** aggregateId(processId, meetingId) */
  id: string;
  processId: string;
  meetingId: string;
  /** The live contributions counted (the `all` counter). */
  n: number;
  /** The counters as pairs: index into the process's key list, count (> 0). */
  c: number[];
  recent: RecentEntry[];
}

/** The counter keys of one process's stored aggregates, by index. */
export interface AggregateKeys {
  /** aggregateKeysId(processId) */
  id: string;
  processId: string;
  keys: string[];
}

export type AggregateRow = StoredAggregate | AggregateKeys;

/** Never an aggregateId (those start with a process id, a UUID). */
export const aggregateKeysId = (processId: string) => pair('keys', processId);

export const isAggregateKeys = (row: AggregateRow): row is AggregateKeys => 'keys' in row;

/** The live count of a stored aggregate (0 when there is none). */
export const storedCount = (row: AggregateRow | undefined) => (row && !isAggregateKeys(row) ? row.n : 0);

/** A process's key list while aggregates are packed: new keys are appended (`grown` tells). */
export class KeyList {
  readonly keys: string[];
  private readonly index = new Map<string, number>();
  grown = false;

  constructor(
    readonly processId: string,
    keys: readonly string[] = [],
  ) {
    this.keys = [...keys];
    for (let i = 0; i < this.keys.length; i++) this.index.set(this.keys[i]!, i);
  }

  indexOf(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.index.set(key, i);
      this.grown = true;
    }
    return i;
  }

  row(): AggregateKeys {
    return { id: aggregateKeysId(this.processId), processId: this.processId, keys: this.keys };
  }
}

export function packAggregate(a: ContributionAggregate, keys: KeyList): StoredAggregate {
  const c: number[] = [];
  for (const k in a.counts) c.push(keys.indexOf(k), a.counts[k]!);
  return {
    id: a.id,
    processId: a.processId,
    meetingId: a.meetingId,
    n: countOf(a, 'all'),
    c,
    recent: a.recent,
  };
}

export function unpackAggregate(s: StoredAggregate, keys: readonly string[]): ContributionAggregate {
  const counts: Record<string, number> = {};
  const c = s.c;
  for (let i = 0; i < c.length; i += 2) {
    const key = keys[c[i]!];
    if (key === undefined) throw new Error(`aggregate ${s.id}: counter key ${c[i]} unknown`);
    counts[key] = c[i + 1]!;
  }
  return { id: s.id, processId: s.processId, meetingId: s.meetingId, counts, recent: s.recent };
}

/** Stored rows (aggregates and key lists, of one or more processes) as aggregates. */
export function unpackAggregates(rows: readonly AggregateRow[]): ContributionAggregate[] {
  const keys = new Map<string, string[]>();
  for (const r of rows) if (isAggregateKeys(r)) keys.set(r.processId, r.keys);
  const out: ContributionAggregate[] = [];
  for (const r of rows) if (!isAggregateKeys(r)) out.push(unpackAggregate(r, keys.get(r.processId) ?? []));
  return out;
}

/**
 * Aggregates packed for storing, with the key list of each process. Given `lists` (the key lists as
 * stored, read in the same transaction), they are packed against those, and only a list that grew
 * is written; without, every list is new and written.
 */
export function packAggregates(
  aggregates: Iterable<ContributionAggregate>,
  lists?: Map<string, KeyList>,
): AggregateRow[] {
  const known = lists ?? new Map<string, KeyList>();
  const out: AggregateRow[] = [];
  for (const a of aggregates) {
    let keys = known.get(a.processId);
    if (!keys) {
      keys = new KeyList(a.processId);
      known.set(a.processId, keys);
    }
    out.push(packAggregate(a, keys));
  }
  for (const keys of known.values()) if (!lists || keys.grown) out.push(keys.row());
  return out;
}

/** An aggregate is empty when it counts nothing (then it is deleted, not stored). */
export const isEmptyAggregate = (a: ContributionAggregate) => countOf(a, 'all') === 0;
