// The constants, not the record schemas beside them: the coordinator's overview needs no zod (issue 12).
import { CONTRIBUTION_KINDS, type ContributionKind } from '../constants';
import type { Contribution } from '../contribution';
import type { Meeting } from '../meeting';
import { byCode } from '../order';
import type { Process } from '../process';
import { findingMatches, type Voice, voiceOf } from '../voices';
import { type AnalysisData, attendanceByMeeting, meetingDay, meetingsById } from './data';
import { type AnalysisFilter, contributionMatches, meetingMatches } from './filter';
import { autoGranularity, type Bucket, bucketOf, bucketRange, type Granularity } from './time';

export type KindCounts = Record<ContributionKind, number>;

export interface ThemeCount {
  themeId: string;
  /** Everything that named the theme: residents, partners and professionals, earlier findings. */
  count: number;
  /** Of which residents' contributions (the figures for residents). */
  residents: number;
  /** Of which partners' and professionals' contributions (shown apart). */
  partners: number;
  /** Of which earlier findings (shown apart, marked as such). */
  earlier: number;
  /** By kind, all voices together. */
  byKind: KindCounts;
}

export interface BuurtCount {
  buurtId: string;
  /** Matching contributions in this buurt. */
  contributions: number;
  /** Meetings in this buurt within the filter's buurt, meeting, period and work form. */
  meetings: number;
  /** People counted in those meetings (sum of attendance totals). */
  attendance: number;
}

export interface TimelinePoint extends Bucket {
  count: number;
}

export interface RecentContribution {
  contribution: Contribution;
  meeting: Meeting;
}

export interface Overview {
  /** Residents' contributions matching the filter (partners, professionals and earlier findings apart). */
  contributions: number;
  /** Contributions of partners and of professionals matching the filter (never in residents' figures). */
  bySpeaker: { partner: number; professional: number };
  /** Earlier findings matching the filter (buurt, period, theme). */
  earlier: number;
  meetings: number;
  /** Distinct kiosk respondents among the matching contributions. */
  respondents: number;
  /** People counted in the meetings within the filter. */
  attendance: number;
  /** Residents' contributions by channel. */
  bySource: { facilitator: number; kiosk: number };
  /** Residents' contributions by kind. */
  byKind: KindCounts;
  /** Per theme, most raised first. A contribution with two themes counts for both. */
  byTheme: ThemeCount[];
  withoutTheme: number;
  byBuurt: BuurtCount[];
  granularity: Granularity;
  timeline: TimelinePoint[];
  /** Most recently written first (all voices; the screen marks partners and professionals). */
  recent: RecentContribution[];
  /** Contributions whose meeting is unknown or deleted on this device (not counted). */
  orphans: number;
}

export interface OverviewOptions {
  granularity?: Granularity | 'auto';
  recent?: number;
}

export const zeroKinds = (): KindCounts =>
  Object.fromEntries(CONTRIBUTION_KINDS.map((k) => [k, 0])) as KindCounts;

export const newer = (a: Contribution, b: Contribution) =>
  a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

/**
 * The overview of the merged picture, in one pass over the contributions: counts per theme and
 * kind, per buurt, over time, and the most recent contributions with their meeting.
 */
export function computeOverview(
  data: AnalysisData,
  process: Process,
  filter: AnalysisFilter = {},
  options: OverviewOptions = {},
): Overview {
  const recentMax = options.recent ?? 10;
  const scope = overviewScope(data, process, filter, options);
  const { meetings, inScope, perMeeting } = scope;

  const themeCounts = new Map<string, ThemeCount>();
  const byKind = zeroKinds();
  const bySource = { facilitator: 0, kiosk: 0 };
  const respondents = new Set<string>();
  const recent: Contribution[] = [];
  let total = 0;
  let withoutTheme = 0;
  let orphans = 0;
  const bySpeaker = { partner: 0, professional: 0 };
  let earlier = 0;
  const countThemes = (themes: readonly string[], kind: ContributionKind, voice: Voice) => {
    for (let i = 0; i < themes.length; i++) {
      const id = themes[i]!;
      if (i > 0 && themes.indexOf(id) < i) continue; // the same theme twice counts once
      let tc = themeCounts.get(id);
      if (!tc) {
        tc = { themeId: id, count: 0, residents: 0, partners: 0, earlier: 0, byKind: zeroKinds() };
        themeCounts.set(id, tc);
      }
      tc.count += 1;
      if (voice === 'resident') tc.residents += 1;
      else if (voice === 'earlier') tc.earlier += 1;
      else tc.partners += 1;
      tc.byKind[kind] += 1;
    }
  };
  // Earlier findings: no meeting; they count in the themes only (never in reach or the timeline).
  for (const f of data.findings ?? []) {
    if (f.deleted || f.processId !== process.id || !findingMatches(f, filter)) continue;
    earlier += 1;
    countThemes(f.themeIds, f.kind, 'earlier');
  }

  for (const c of data.contributions) {
    if (c.deleted || c.processId !== process.id) continue;
    const m = inScope.get(c.meetingId);
    if (!m) {
      if (!meetings.has(c.meetingId)) orphans += 1;
      continue;
    }
    if (!contributionMatches(c, filter)) continue;
    const voice = voiceOf(c);
    countThemes(c.themeIds, c.kind, voice);
    if (voice !== 'resident') {
      bySpeaker[voice === 'partner' ? 'partner' : 'professional'] += 1;
    } else {
      total += 1;
      byKind[c.kind] += 1;
      bySource[c.source] += 1;
      if (c.source === 'kiosk') respondents.add(c.respondentId ?? c.id);
      const per = perMeeting.get(m.id)!;
      per.buurt.contributions += 1;
      per.bucket.count += 1;
      if (c.themeIds.length === 0) withoutTheme += 1;
    }
    // Keep the newest few in order (insertion into a short sorted list).
    if (recentMax > 0 && (recent.length < recentMax || newer(c, recent[recent.length - 1]!))) {
      let i = recent.length;
      while (i > 0 && newer(c, recent[i - 1]!)) i--;
      recent.splice(i, 0, c);
      if (recent.length > recentMax) recent.pop();
    }
  }
  return finishOverview(scope, {
    total,
    bySpeaker,
    earlier,
    byKind,
    bySource,
    respondents: respondents.size,
    themeCounts,
    withoutTheme,
    recent,
    orphans,
  });
}

/** The meetings side of an overview: which meetings count, their buurt rows, days and buckets. */
export interface OverviewScope {
  process: Process;
  /** Live meetings of the process. */
  meetings: Map<string, Meeting>;
  /** Those within the filter's buurt, meeting, period and work form. */
  inScope: Map<string, Meeting>;
  byBuurt: Map<string, BuurtCount>;
  /** Per meeting in scope: its buurt row and timeline bucket (counting only adds to them). */
  perMeeting: Map<string, { buurt: BuurtCount; bucket: { count: number } }>;
  buckets: Map<string, { count: number }>;
  people: number;
  firstDay: string;
  lastDay: string;
  granularity: Granularity;
}

/** What the contributions add to an overview (from the records, or from src/domain/analysis/aggregates.ts). */
export interface OverviewCounts {
  /** Residents' contributions (issue 16: partners, professionals and earlier findings apart). */
  total: number;
  bySpeaker: { partner: number; professional: number };
  earlier: number;
  byKind: KindCounts;
  bySource: { facilitator: number; kiosk: number };
  respondents: number;
  themeCounts: Map<string, ThemeCount>;
  withoutTheme: number;
  /** Newest first, at most `recent` of the options. */
  recent: Contribution[];
  orphans: number;
}

export function overviewScope(
  data: Pick<AnalysisData, 'meetings' | 'attendance'>,
  process: Process,
  filter: AnalysisFilter = {},
  options: OverviewOptions = {},
): OverviewScope {
  const meetings = meetingsById({ ...data, contributions: [] }, process.id);
  const attendance = attendanceByMeeting({ ...data, contributions: [] });

  // Per meeting, once: in scope or not, and its day.
  const inScope = new Map<string, Meeting>();
  const byBuurt = new Map<string, BuurtCount>();
  const buurtRow = (id: string) => {
    let row = byBuurt.get(id);
    if (!row) {
      row = { buurtId: id, contributions: 0, meetings: 0, attendance: 0 };
      byBuurt.set(id, row);
    }
    return row;
  };
  let firstDay = '';
  let lastDay = '';
  let people = 0;
  for (const m of meetings.values()) {
    if (!meetingMatches(m, filter)) continue;
    inScope.set(m.id, m);
    const row = buurtRow(m.buurtId);
    row.meetings += 1;
    const att = attendance.get(m.id)?.total ?? 0;
    row.attendance += att;
    people += att;
    const day = meetingDay(m);
    if (!firstDay || day < firstDay) firstDay = day;
    if (!lastDay || day > lastDay) lastDay = day;
  }
  const granularity =
    options.granularity && options.granularity !== 'auto'
      ? options.granularity
      : firstDay
        ? autoGranularity(firstDay, lastDay)
        : 'week';
  // Per meeting once: its buurt row and its timeline bucket (the loop below only adds).
  const buckets = new Map<string, { count: number }>();
  const perMeeting = new Map<string, { buurt: BuurtCount; bucket: { count: number } }>();
  for (const m of inScope.values()) {
    const key = bucketOf(meetingDay(m), granularity).key;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { count: 0 };
      buckets.set(key, bucket);
    }
    perMeeting.set(m.id, { buurt: buurtRow(m.buurtId), bucket });
  }
  return {
    process,
    meetings,
    inScope,
    byBuurt,
    perMeeting,
    buckets,
    people,
    firstDay,
    lastDay,
    granularity,
  };
}

export function finishOverview(scope: OverviewScope, counts: OverviewCounts): Overview {
  const { process, inScope, byBuurt, buckets, firstDay, lastDay, granularity } = scope;
  const buurtOrder = process.buurten.map((b) => b.id);
  const { themeCounts, recent } = counts;
  const themeOrder = new Map(process.themes.map((t, i) => [t.id, i]));
  const order = (id: string) => themeOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const byTheme = [...themeCounts.values()].sort(
    (a, b) => b.count - a.count || order(a.themeId) - order(b.themeId) || byCode(a.themeId, b.themeId),
  );
  const buurtRank = (id: string) => {
    const i = buurtOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const timeline = firstDay
    ? bucketRange(firstDay, lastDay, granularity).map((b) => ({
        ...b,
        count: buckets.get(b.key)?.count ?? 0,
      }))
    : [];

  return {
    contributions: counts.total,
    bySpeaker: counts.bySpeaker,
    earlier: counts.earlier,
    meetings: inScope.size,
    respondents: counts.respondents,
    attendance: scope.people,
    bySource: counts.bySource,
    byKind: counts.byKind,
    byTheme,
    withoutTheme: counts.withoutTheme,
    byBuurt: [...byBuurt.values()].sort(
      (a, b) => buurtRank(a.buurtId) - buurtRank(b.buurtId) || byCode(a.buurtId, b.buurtId),
    ),
    granularity,
    timeline,
    recent: recent.map((c) => ({ contribution: c, meeting: inScope.get(c.meetingId)! })),
    orphans: counts.orphans,
  };
}
