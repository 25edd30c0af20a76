import type { Contribution } from '../contribution';
import type { EarlierFinding } from '../earlierFinding';
import type { Attendance, Meeting } from '../meeting';
import type { Process } from '../process';
import { findingMatches } from '../voices';
import {
  type ContributionAggregate,
  countOf,
  dimensionsOf,
  entryNewer,
  GROUP_SET_SEP,
  type RecentEntry,
  SEP,
  splitOnce,
} from './aggregates';
import { respondentMeetingOrder } from './data';
import { type AnalysisFilter, meetingMatches } from './filter';
import {
  finishOverview,
  type Overview,
  type OverviewOptions,
  overviewScope,
  type ThemeCount,
  zeroKinds,
} from './overview';
import {
  type Acc,
  add,
  countRespondent,
  finishReach,
  type Reach,
  type ReachOptions,
  reachScopes,
} from './reach';

/**
 * The coordinator's overview and reach from the aggregates (src/domain/analysis/aggregates.ts):
 * for every filter the aggregates answer, the same result as computeOverview / computeReach on the
 * records (tests/unit/aggregates.property.test.ts).
 */
/** What the coordinator reads instead of every contribution. */
export interface AggregateData {
  meetings: readonly Meeting[];
  attendance: readonly Attendance[];
  aggregates: readonly ContributionAggregate[];
  /** The records of the recent contributions shown (recentIds), by id; fetched after. */
  recent: ReadonlyMap<string, Contribution>;
  /** Earlier findings (a small table): counted in the themes from the records. */
  findings?: readonly EarlierFinding[];
  /** Names the partners in the recent list. */
  keyFigures?: readonly { id: string; organisation: string; name: string }[];
}

/**
 * The ids of the overview's most recent contributions for this filter (newest first): the only
 * records the overview shows, read by id after the aggregates (src/db/readModels.ts loadRecent).
 */
export function recentIds(
  data: Pick<AggregateData, 'meetings' | 'aggregates'>,
  process: Process,
  filter: AnalysisFilter = {},
  n = 10,
): string[] {
  const live = new Set(
    data.meetings
      .filter((m) => !m.deleted && m.processId === process.id && meetingMatches(m, filter))
      .map((m) => m.id),
  );
  const entries: RecentEntry[] = [];
  for (const a of data.aggregates)
    if (a.processId === process.id && live.has(a.meetingId)) entries.push(...a.recent);
  entries.sort((x, y) => (entryNewer(x, y) ? -1 : entryNewer(y, x) ? 1 : 0));
  return entries.slice(0, n).map(([, id]) => id);
}

/** Can the aggregates answer this filter? Source, theme and group narrow contributions: they cannot. */
export function aggregatesAnswer(filter: AnalysisFilter, what: 'overview' | 'reach'): boolean {
  const any = (l: readonly unknown[] | undefined) => !!l && l.length > 0;
  // The reach's group list only chooses which groups are shown.
  return !any(filter.sources) && !any(filter.themeIds) && (what === 'reach' || !any(filter.groupIds));
}

/** Aggregates of the process, a respondent's first meeting first (respondentMeetingOrder). */
const ofProcess = (aggs: readonly ContributionAggregate[], processId: string) =>
  aggs
    .filter((a) => a.processId === processId)
    .sort((x, y) => respondentMeetingOrder(x.meetingId, y.meetingId));

/** The overview from aggregates; the same as computeOverview on the records for a filter they answer. */
export function overviewFromAggregates(
  data: AggregateData,
  process: Process,
  filter: AnalysisFilter = {},
  options: OverviewOptions = {},
): Overview {
  if (!aggregatesAnswer(filter, 'overview')) throw new Error('the aggregates cannot answer this filter');
  const recentMax = options.recent ?? 10;
  const scope = overviewScope(data, process, filter, options);
  const byKind = zeroKinds();
  const bySource = { facilitator: 0, kiosk: 0 };
  const themeCounts = new Map<string, ThemeCount>();
  // Respondents with answers in several meetings by name (counted once); the others are counts.
  const respondents = new Set<string>();
  let localRespondents = 0;
  const recentEntries: RecentEntry[] = [];
  let total = 0;
  let withoutTheme = 0;
  let orphans = 0;
  const bySpeaker = { partner: 0, professional: 0 };
  let earlier = 0;
  const themeCount = (t: string) => {
    let tc = themeCounts.get(t);
    if (!tc) {
      tc = { themeId: t, count: 0, residents: 0, partners: 0, earlier: 0, byKind: zeroKinds() };
      themeCounts.set(t, tc);
    }
    return tc;
  };
  // Earlier findings as computeOverview counts them: in the themes only.
  for (const f of data.findings ?? []) {
    if (f.deleted || f.processId !== process.id || !findingMatches(f, filter)) continue;
    earlier += 1;
    const seen = new Set<string>();
    for (const t of f.themeIds) {
      if (seen.has(t)) continue;
      seen.add(t);
      const tc = themeCount(t);
      tc.count += 1;
      tc.earlier += 1;
      tc.byKind[f.kind] += 1;
    }
  }
  for (const a of ofProcess(data.aggregates, process.id)) {
    const per = scope.perMeeting.get(a.meetingId);
    if (!per) {
      if (!scope.meetings.has(a.meetingId)) orphans += countOf(a, 'all');
      continue;
    }
    const valuesOf = dimensionsOf(a);
    const n = countOf(a, 'resident');
    total += n;
    for (const [s, c] of valuesOf('speaker')) bySpeaker[s === 'partner' ? 'partner' : 'professional'] += c;
    per.buurt.contributions += n;
    per.bucket.count += n;
    withoutTheme += countOf(a, 'noTheme');
    for (const [k, c] of valuesOf('kind')) byKind[k as keyof typeof byKind] += c;
    for (const [s, c] of valuesOf('source')) bySource[s as keyof typeof bySource] += c;
    for (const [r] of valuesOf('respondent')) respondents.add(r);
    for (const [, c] of valuesOf('localRespondent')) localRespondents += c;
    for (const [t, c] of valuesOf('theme')) themeCount(t).count += c;
    for (const [tv, c] of valuesOf('themeVoice')) {
      const [t, v] = splitOnce(tv);
      const tc = themeCount(t);
      if (v === 'resident') tc.residents += c;
      else if (v === 'earlier') tc.earlier += c;
      else tc.partners += c;
    }
    for (const [tk, c] of valuesOf('themeKind')) {
      const [t, k] = splitOnce(tk);
      themeCounts.get(t)!.byKind[k as keyof ReturnType<typeof zeroKinds>] += c;
    }
    recentEntries.push(...a.recent);
  }
  const recent = pickRecent(recentEntries, data.recent, recentMax);
  return finishOverview(scope, {
    total,
    bySpeaker,
    earlier,
    byKind,
    bySource,
    respondents: respondents.size + localRespondents,
    themeCounts,
    withoutTheme,
    recent,
    orphans,
  });
}

/** The newest `max` of `entries` whose records were read (`records`), newest first. */
function pickRecent(
  entries: RecentEntry[],
  records: ReadonlyMap<string, Contribution>,
  max: number,
): Contribution[] {
  const recent: Contribution[] = [];
  if (max <= 0) return recent;
  entries.sort((x, y) => (entryNewer(x, y) ? -1 : entryNewer(y, x) ? 1 : 0));
  for (const [, id] of entries) {
    const c = records.get(id);
    if (c) recent.push(c);
    if (recent.length >= max) break;
  }
  return recent;
}

/**
 * The overview's `recent` list alone, as overviewFromAggregates gives it: the coordinator's screen
 * shows the counts (computed with `{ recent: 0 }`) before the few recent records are read, and adds
 * this list when they are (issue 12 item 3: the count no longer waits for that second read).
 */
export function recentFromAggregates(
  data: AggregateData,
  process: Process,
  filter: AnalysisFilter = {},
  max = 10,
): Overview['recent'] {
  if (!aggregatesAnswer(filter, 'overview')) throw new Error('the aggregates cannot answer this filter');
  const { inScope, perMeeting } = overviewScope(data, process, filter);
  const entries: RecentEntry[] = [];
  // The same order as overviewFromAggregates pushes them (the sort is stable: ties keep it).
  for (const a of ofProcess(data.aggregates, process.id))
    if (perMeeting.has(a.meetingId)) entries.push(...a.recent);
  return pickRecent(entries, data.recent, max).map((c) => ({
    contribution: c,
    meeting: inScope.get(c.meetingId)!,
  }));
}

/** The reach from aggregates; the same as computeReach on the records for a filter they answer. */
export function reachFromAggregates(
  data: AggregateData,
  process: Process,
  filter: AnalysisFilter = {},
  options: ReachOptions = {},
): Reach {
  if (!aggregatesAnswer(filter, 'reach')) throw new Error('the aggregates cannot answer this filter');
  const scopes = reachScopes(data, process, filter);
  // One person, however many answers: counted once, in the first meeting (by id) of their answers.
  const respondents = new Map<string, { scope: { buurt: Acc; form: Acc }; groups: string[] }>();
  for (const a of ofProcess(data.aggregates, process.id)) {
    const scope = scopes.inScope.get(a.meetingId);
    if (!scope) continue;
    const { buurt, form } = scope;
    const valuesOf = dimensionsOf(a);
    const observed = countOf(a, 'observed');
    buurt.base.observed += observed;
    form.base.observed += observed;
    for (const [g, n] of valuesOf('observedGroup')) {
      add(buurt.count.observed, g, n);
      add(form.count.observed, g, n);
    }
    // A respondent whose answers are all in this meeting: counted here, once per person.
    for (const [set, n] of valuesOf('localRespondent')) {
      countRespondent(scope, set ? set.split(GROUP_SET_SEP) : [], n);
    }
    for (const [r] of valuesOf('respondent')) {
      if (!respondents.has(r)) respondents.set(r, { scope, groups: [] });
    }
    for (const [rg] of valuesOf('respondentGroup')) {
      const i = rg.indexOf(SEP);
      const r = respondents.get(rg.slice(0, i))!;
      const g = rg.slice(i + 1);
      if (!r.groups.includes(g)) r.groups.push(g);
    }
  }
  for (const r of respondents.values()) countRespondent(r.scope, r.groups);
  return finishReach(scopes, process, filter, options);
}
