import { type AgendaItem, FINAL_STATUSES, itemsOfYear, latestYear } from './agenda';
import { attendanceByMeeting } from './analysis/data';
import type { Contribution } from './contribution';
import type { Attendance, Meeting } from './meeting';
import { byCode } from './order';
import type { Buurt } from './process';
import { nonEmptyText, type RecordMeta, recordMetaSchema, slugSchema } from './record';
import { TEXT_MAX } from './textLimits';
import { countsAsResident } from './voices';
import { z } from './zod';

/**
 * Feedback to residents ("terugkoppeling"): what was done with their input, and when and how they
 * heard it. One record per feedback moment:
 *  - per agenda item, "wat is ermee gedaan" with a date (agendaItemId, optionally for one buurt);
 *  - a "Wat we hoorden" report given to a buurt or at a meeting (buurtId or meetingId).
 * The dates tell the coordinator which buurten have not heard anything for too long.
 * Pure: schemas and rules, no DOM, no Dexie.
 */

export const FEEDBACK_CHANNELS = [
  'bijeenkomst',
  'verslag',
  'brief',
  'nieuwsbrief',
  'website',
  'email',
  'sms',
  'anders',
] as const;
export const feedbackChannelSchema = z.enum(FEEDBACK_CHANNELS);
export type FeedbackChannel = z.infer<typeof feedbackChannelSchema>;

export const isoDateSchema = z.iso.date({ error: 'geen geldige datum (jjjj-mm-dd)' });

export const feedbackSchema = z
  .extend(recordMetaSchema, {
    processId: z.uuid(),
    /** The buurt that was told. */
    buurtId: z.optional(slugSchema),
    /** The meeting where residents were told. */
    meetingId: z.optional(z.uuid()),
    /** The agenda item this is about (its "wat is ermee gedaan"). */
    agendaItemId: z.optional(z.uuid()),
    /** The day residents were told (local date). */
    date: isoDateSchema,
    /** What was done with the input, in plain words. */
    text: nonEmptyText(TEXT_MAX.feedbackText),
    channel: feedbackChannelSchema,
  })
  .check(
    z.refine((f) => f.buurtId || f.meetingId || f.agendaItemId, {
      error: 'kies een buurt, een bijeenkomst of een agendapunt',
      path: ['buurtId'],
    }),
  );
export type Feedback = z.infer<typeof feedbackSchema>;
export type FeedbackFields = Omit<Feedback, keyof RecordMeta>;

// ---- Dates (local days as "yyyy-mm-dd"; computed in UTC so no time zone can shift a day) ----

/** `day` plus whole months; the day is clamped to the month's end (31 jan + 1 = 28/29 feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${ny}-${p(nm + 1)}-${p(Math.min(d, last))}`;
}

/** Whole days from a to b (b later: positive). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcOf(b) - utcOf(a)) / 86_400_000);
}

function utcOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

// ---- Which buurten a feedback record reached ----

export interface FeedbackScope {
  meetingsById: ReadonlyMap<string, Meeting>;
  itemsById: ReadonlyMap<string, AgendaItem>;
  /** All buurt ids of the process (an area-wide item reaches all of them). */
  buurtIds: readonly string[];
}

/**
 * The buurten a feedback moment reached: its buurt; else the buurt of its meeting; else the buurten
 * of its agenda item (all buurten when the item is for the whole area).
 */
export function buurtenReached(f: Feedback, scope: FeedbackScope): string[] {
  if (f.buurtId) return [f.buurtId];
  if (f.meetingId) {
    const m = scope.meetingsById.get(f.meetingId);
    return m ? [m.buurtId] : [];
  }
  const item = f.agendaItemId ? scope.itemsById.get(f.agendaItemId) : undefined;
  if (!item) return [];
  return item.buurtIds.length ? [...item.buurtIds] : [...scope.buurtIds];
}

// ---- Feedback due ----

export type DueStatus = 'te-laat' | 'binnenkort' | 'op-tijd' | 'nog-niet-gehoord';

export interface BuurtDue {
  buurtId: string;
  /** First day residents of this buurt were heard (a meeting that started or is past). */
  firstHeard?: string;
  /** Last meeting held. */
  lastHeard?: string;
  lastFeedback?: string;
  /** Last feedback, else first heard, plus the interval. */
  dueBy?: string;
  /** Days past dueBy (0 when not overdue). */
  daysOverdue: number;
  status: DueStatus;
}

/** Days before dueBy from which a buurt is "binnenkort" (soon). */
export const SOON_DAYS = 14;

/** A meeting counts as "residents were heard" once it started, or once its day has passed. */
function heldOn(m: Meeting, today: string): string | undefined {
  if (m.deleted) return undefined;
  const day = m.startsAt.slice(0, 10);
  if (m.status !== 'gepland' || day < today) return day;
  return undefined;
}

/**
 * Per buurt: when residents were last told what happened with their input, and whether that is
 * longer ago than `intervalMonths` (process.settings.feedbackIntervalMonths). Due by: the last
 * feedback (or, when there was none since residents were first heard, the first meeting held) plus
 * the interval. A buurt where nobody was heard yet is not due. Overdue buurten first (longest overdue first), then soon, then on time.
 */
export function feedbackDue(input: {
  buurten: readonly Pick<Buurt, 'id'>[];
  meetings: readonly Meeting[];
  feedback: readonly Feedback[];
  items: readonly AgendaItem[];
  today: string;
  intervalMonths: number;
}): BuurtDue[] {
  const { today } = input;
  const buurtIds = input.buurten.map((b) => b.id);
  const scope: FeedbackScope = {
    meetingsById: new Map(input.meetings.map((m) => [m.id, m])),
    itemsById: new Map(input.items.map((i) => [i.id, i])),
    buurtIds,
  };
  const first = new Map<string, string>();
  const lastHeard = new Map<string, string>();
  for (const m of input.meetings) {
    const day = heldOn(m, today);
    if (!day) continue;
    if (!first.has(m.buurtId) || day < first.get(m.buurtId)!) first.set(m.buurtId, day);
    if (!lastHeard.has(m.buurtId) || day > lastHeard.get(m.buurtId)!) lastHeard.set(m.buurtId, day);
  }
  const lastFeedback = new Map<string, string>();
  for (const f of input.feedback) {
    if (f.deleted || f.date > today) continue;
    for (const b of buurtenReached(f, scope)) {
      if (!lastFeedback.has(b) || f.date > lastFeedback.get(b)!) lastFeedback.set(b, f.date);
    }
  }
  const rank: Record<DueStatus, number> = {
    'te-laat': 0,
    binnenkort: 1,
    'op-tijd': 2,
    'nog-niet-gehoord': 3,
  };
  return buurtIds
    .map((buurtId): BuurtDue => {
      const fh = first.get(buurtId);
      const lf = lastFeedback.get(buurtId);
      const base = { buurtId, firstHeard: fh, lastHeard: lastHeard.get(buurtId), lastFeedback: lf };
      if (!fh) return { ...base, daysOverdue: 0, status: 'nog-niet-gehoord' };
      // Feedback given before anyone here was heard does not answer them.
      const since = lf && lf >= fh ? lf : fh;
      const dueBy = addMonths(since, input.intervalMonths);
      const late = daysBetween(dueBy, today);
      const status: DueStatus = late > 0 ? 'te-laat' : -late <= SOON_DAYS ? 'binnenkort' : 'op-tijd';
      return { ...base, dueBy, daysOverdue: Math.max(0, late), status };
    })
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        b.daysOverdue - a.daysOverdue ||
        byCode(a.dueBy ?? '', b.dueBy ?? '') ||
        buurtIds.indexOf(a.buurtId) - buurtIds.indexOf(b.buurtId),
    );
}

// ---- "Wat we hoorden": the report for residents ----

export type ReportScope = { buurtId: string } | { meetingId: string };

export interface ReportItem {
  item: AgendaItem;
  /** Linked contributions heard in this buurt or meeting. */
  heardHere: number;
  /** The latest "wat is ermee gedaan" of this item (here or for everyone). */
  latest?: Feedback;
}

export interface HeardReport {
  buurtId: string;
  meeting?: Meeting;
  /** Meetings held in scope, oldest first. */
  meetings: Meeting[];
  contributions: number;
  /** Kiosk residents (distinct respondents) in scope. */
  kioskResidents: number;
  /** People counted in the room at the meetings in scope (0 when nobody counted). */
  attended: number;
  /** Most raised themes, with how many contributions named them. */
  themes: { themeId: string; count: number }[];
  quotes: Contribution[];
  /** Agenda items (newest version) that take up what was heard here, most support here first. */
  items: ReportItem[];
  /** Meetings planned in this buurt from today on. */
  upcoming: Meeting[];
  /** When residents hear from us again at the latest. */
  nextFeedbackBy: string;
}

/** A quote is worth printing: long enough to say something, short enough for a sheet. */
function quotable(c: Contribution): boolean {
  const n = c.text.trim().length;
  return n >= 15 && n <= 280;
}

/**
 * What residents of a buurt (or one meeting) raised, what the newest agenda version does with it
 * and what happens next. Quotes: the most agreed-with texts first, each adding a theme not quoted
 * yet (so the quotes cover several themes), then the next most agreed-with.
 */
export function buildHeardReport(input: {
  scope: ReportScope;
  meetings: readonly Meeting[];
  contributions: readonly Contribution[];
  items: readonly AgendaItem[];
  feedback: readonly Feedback[];
  attendance?: readonly Attendance[];
  today: string;
  intervalMonths: number;
  maxThemes?: number;
  maxQuotes?: number;
  /** Contributions the coordinator took out of the quotes before printing (removed or swapped). */
  excludeQuoteIds?: ReadonlySet<string>;
}): HeardReport | undefined {
  const { scope, today } = input;
  const liveMeetings = input.meetings.filter((m) => !m.deleted);
  const meeting = 'meetingId' in scope ? liveMeetings.find((m) => m.id === scope.meetingId) : undefined;
  if ('meetingId' in scope && !meeting) return undefined;
  const buurtId = meeting ? meeting.buurtId : (scope as { buurtId: string }).buurtId;
  const inScope = meeting ? [meeting] : liveMeetings.filter((m) => m.buurtId === buurtId && heldOn(m, today));
  const meetingIds = new Set(inScope.map((m) => m.id));
  // Residents' words only: partners' and professionals' input is not quoted or counted as theirs.
  const heard = input.contributions.filter(
    (c) => !c.deleted && meetingIds.has(c.meetingId) && countsAsResident(c),
  );

  const themeCount = new Map<string, number>();
  for (const c of heard) for (const t of new Set(c.themeIds)) themeCount.set(t, (themeCount.get(t) ?? 0) + 1);
  const themes = [...themeCount]
    .map(([themeId, count]) => ({ themeId, count }))
    .sort((a, b) => b.count - a.count || byCode(a.themeId, b.themeId))
    .slice(0, input.maxThemes ?? 5);

  const excluded = input.excludeQuoteIds ?? new Set<string>();
  const candidates = heard
    .filter((c) => quotable(c) && !excluded.has(c.id))
    .sort((a, b) => b.agreeCount - a.agreeCount || byCode(b.createdAt, a.createdAt) || byCode(a.id, b.id));
  const maxQuotes = input.maxQuotes ?? 3;
  const quotes: Contribution[] = [];
  // Most agreed-with first, each bringing a theme not quoted yet; then fill up in the same order.
  const covered = new Set<string>();
  for (const c of candidates) {
    if (quotes.length >= maxQuotes) break;
    if (c.themeIds.some((t) => !covered.has(t))) {
      quotes.push(c);
      for (const t of c.themeIds) covered.add(t);
    }
  }
  for (const c of candidates) if (quotes.length < maxQuotes && !quotes.includes(c)) quotes.push(c);

  const year = latestYear(input.items);
  const version = year === undefined ? [] : itemsOfYear(input.items, year);
  const heardIds = new Set(heard.map((c) => c.id));
  const topThemes = new Set(themes.map((t) => t.themeId));
  const items: ReportItem[] = version
    .filter((i) => !i.buurtIds.length || i.buurtIds.includes(buurtId))
    .map((item) => {
      const heardHere = item.linkedContributionIds.filter((id) => heardIds.has(id)).length;
      const latest = input.feedback
        .filter(
          (f) =>
            !f.deleted &&
            f.agendaItemId === item.id &&
            f.date <= today &&
            (!f.buurtId || f.buurtId === buurtId),
        )
        .sort((a, b) => byCode(b.date, a.date) || byCode(b.updatedAt, a.updatedAt))[0];
      return { item, heardHere, latest };
    })
    .filter((r) => r.heardHere > 0 || r.item.themeIds.some((t) => topThemes.has(t)))
    .sort((a, b) => b.heardHere - a.heardHere || a.item.position - b.item.position);

  const upcoming = liveMeetings
    .filter((m) => m.buurtId === buurtId && m.status === 'gepland' && m.startsAt.slice(0, 10) >= today)
    .sort((a, b) => byCode(a.startsAt, b.startsAt));

  const counts = attendanceByMeeting({ meetings: [], contributions: [], attendance: input.attendance ?? [] });
  const attended = inScope.reduce((n, m) => n + (counts.get(m.id)?.total ?? 0), 0);

  return {
    buurtId,
    meeting,
    attended,
    meetings: [...inScope].sort((a, b) => byCode(a.startsAt, b.startsAt)),
    contributions: heard.length,
    kioskResidents: new Set(heard.filter((c) => c.source === 'kiosk').map((c) => c.respondentId ?? c.id))
      .size,
    themes,
    quotes,
    items,
    upcoming,
    nextFeedbackBy: addMonths(today, input.intervalMonths),
  };
}

/** Items that still run (for "wat gaat er nu gebeuren"). */
export function isOpen(item: AgendaItem): boolean {
  return !FINAL_STATUSES.includes(item.status);
}
