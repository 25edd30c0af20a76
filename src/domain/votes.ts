import { yearSchema } from './agenda';
import { COMPLEMENT_MARK, listTable, protect, suppressCount } from './analysis/suppress';
import { ageBandSchema } from './contribution';
import type { Meeting } from './meeting';
import { byCode } from './order';
import { GROUP_NO_ANSWER, GROUP_UNKNOWN } from './process';
import { type RecordMeta, recordMetaSchema } from './record';
import { z } from './zod';

/**
 * Priorities: residents distribute dots over the published agenda items ("Wat vindt u het
 * belangrijkst?"). Two channels:
 *  - kiosk: one record per resident (random respondentId), their own dots, with optional about-you
 *    answers as in the kiosk flow (self-stated groups, never mixed with observed ones);
 *  - paper: one record per meeting with the dot totals per item counted from a paper sheet or a
 *    wall of stickers (anonymous; optionally how many people took part).
 * Pure: schemas and rules, no DOM, no Dexie.
 */

export const VOTE_SOURCES = ['kiosk', 'paper'] as const;
export const voteSourceSchema = z.enum(VOTE_SOURCES);
export type VoteSource = z.infer<typeof voteSourceSchema>;

/** The most dots the settings allow per resident (processSettingsSchema.dotsPerResident max). */
export const MAX_DOTS_PER_RESIDENT = 20;

/** Dots per agenda item id. */
export const allocationsSchema = z.record(
  z.uuid({ error: 'geen geldige id van een agendapunt' }),
  z
    .number()
    .check(z.int({ error: 'moet een heel getal zijn' }), z.gte(0, { error: 'minimaal 0' }), z.lte(1_000_000)),
);
export type Allocations = z.infer<typeof allocationsSchema>;

export const priorityVoteSchema = z
  .extend(recordMetaSchema, {
    processId: z.uuid(),
    meetingId: z.uuid(),
    /** The agenda version that was voted on. */
    agendaYear: yearSchema,
    source: voteSourceSchema,
    /** Kiosk: random id of this resident's visit (the same as on their contributions, if any). */
    respondentId: z.optional(z.uuid()),
    allocations: allocationsSchema,
    /** Paper: how many people put dots on the sheet, when counted. */
    participants: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100000))),
    /** Kiosk: optional about-you answers (self-stated). */
    selfGroupIds: z._default(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)), []),
    residentBuurtId: z.optional(z.string().check(z.maxLength(60))),
    ageBand: z.optional(z.union([ageBandSchema, z.literal(GROUP_NO_ANSWER)])),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.source === 'kiosk') {
        if (!v.respondentId)
          ctx.addIssue({
            code: 'custom',
            path: ['respondentId'],
            message: 'een stem uit de kiosk heeft een respondent',
          });
        if (dotsUsed(v.allocations) > MAX_DOTS_PER_RESIDENT)
          ctx.addIssue({
            code: 'custom',
            path: ['allocations'],
            message: `meer dan ${MAX_DOTS_PER_RESIDENT} stippen van één bewoner`,
          });
        if (v.participants !== undefined)
          ctx.addIssue({ code: 'custom', path: ['participants'], message: 'alleen bij papieren stemmen' });
      } else if (v.respondentId || v.selfGroupIds.length || v.residentBuurtId || v.ageBand) {
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: 'papieren stemmen zijn anoniem: geen respondent of vragen over de bewoner',
        });
      }
    }),
  );
export type PriorityVote = z.infer<typeof priorityVoteSchema>;
export type PriorityVoteFields = Omit<PriorityVote, keyof RecordMeta>;

// ---- One resident's dots ----

export function dotsUsed(allocations: Readonly<Allocations>): number {
  return Object.values(allocations).reduce((a, b) => a + b, 0);
}

/** One more dot on an item, unless the budget is used up (then the same allocations). */
export function addDot(allocations: Readonly<Allocations>, itemId: string, budget: number): Allocations {
  if (dotsUsed(allocations) >= budget) return { ...allocations };
  return { ...allocations, [itemId]: (allocations[itemId] ?? 0) + 1 };
}

/** One dot less on an item (never below 0; an item at 0 disappears from the allocations). */
export function removeDot(allocations: Readonly<Allocations>, itemId: string): Allocations {
  const next = { ...allocations };
  const n = (next[itemId] ?? 0) - 1;
  if (n > 0) next[itemId] = n;
  else delete next[itemId];
  return next;
}

export type BallotProblem = 'empty' | 'over-budget' | 'unknown-item' | 'not-whole';

/**
 * Is this a valid ballot for the items on offer? At least one dot, never more than the budget,
 * more than one dot on one item allowed, only items on offer, whole numbers.
 */
export function checkBallot(
  allocations: Readonly<Allocations>,
  budget: number,
  itemIds: readonly string[],
): { ok: boolean; used: number; remaining: number; problems: BallotProblem[] } {
  const problems: BallotProblem[] = [];
  const values = Object.values(allocations);
  if (values.some((n) => !Number.isInteger(n) || n < 0)) problems.push('not-whole');
  const used = dotsUsed(allocations);
  if (used === 0) problems.push('empty');
  if (used > budget) problems.push('over-budget');
  if (Object.keys(allocations).some((id) => !itemIds.includes(id))) problems.push('unknown-item');
  return { ok: problems.length === 0, used, remaining: Math.max(0, budget - used), problems };
}

/** Allocations without items at 0 (what is stored). */
export function compact(allocations: Readonly<Allocations>): Allocations {
  return Object.fromEntries(Object.entries(allocations).filter(([, n]) => n > 0));
}

// ---- Results ----

/** A column of a breakdown: a buurt, a self-stated group or a channel. */
export interface Column {
  id: string;
  /** People behind the column: kiosk residents count 1, a paper sheet its participants (or estimate). */
  people: number;
  /** Fewer than k people: every number of this column is shown as "<k". */
  suppressed: boolean;
  /**
   * Hidden as well (shown as "x"), because with the total and the other columns the hidden
   * column could be worked out (complementary suppression, only in breakdowns that split everyone).
   */
  complement?: boolean;
}

export interface Breakdown {
  columns: Column[];
  /** dots[itemId][columnId] */
  dots: Record<string, Record<string, number>>;
}

export interface ItemTotal {
  itemId: string;
  total: number;
  kiosk: number;
  paper: number;
}

export interface PriorityResults {
  k: number;
  budget: number;
  /** Per item, most dots first (ties in the order of the items given). */
  items: ItemTotal[];
  totalDots: number;
  /** Kiosk residents whose dots counted. */
  kioskResidents: number;
  /** People on paper: the participants given, or the dots divided by the budget (rounded up). */
  paperPeople: number;
  /** Paper records without a participant count (their people are estimated). */
  paperEstimated: number;
  /** Kiosk ballots left out because they hold more dots than the budget allows. */
  refused: number;
  /** Dots on items that are not in this version (left out). */
  ignoredDots: number;
  /** Meetings with more than one paper record (possibly entered twice). */
  doublePaperMeetings: string[];
  byBuurt: Breakdown;
  byGroup: Breakdown;
  byChannel: Breakdown;
}

export interface TallyContext {
  /** The agenda items of the version that was voted on, in agenda order. */
  itemIds: readonly string[];
  meetingsById: ReadonlyMap<string, Meeting>;
  /** process.settings.minGroupSize */
  k: number;
  /** process.settings.dotsPerResident */
  budget: number;
}

function peopleOf(v: PriorityVote, budget: number): number {
  if (v.source === 'kiosk') return 1;
  if (v.participants !== undefined) return v.participants;
  return Math.ceil(dotsUsed(v.allocations) / budget);
}

/** The self-stated groups a kiosk ballot counts for ("onbekend" when the question was skipped). */
function groupsOf(v: PriorityVote): string[] {
  return v.selfGroupIds.length ? [...new Set(v.selfGroupIds)] : [GROUP_UNKNOWN];
}

class BreakdownBuilder {
  private people = new Map<string, number>();
  private dots: Record<string, Record<string, number>> = {};
  constructor(itemIds: readonly string[]) {
    for (const id of itemIds) this.dots[id] = {};
  }
  add(col: string, people: number, allocations: Allocations) {
    this.people.set(col, (this.people.get(col) ?? 0) + people);
    for (const [item, n] of Object.entries(allocations)) {
      const row = this.dots[item];
      if (row) row[col] = (row[col] ?? 0) + n;
    }
  }
  /** `partition`: every person is in exactly one column (buurt, channel), so one hidden column needs a second. */
  build(k: number, order?: readonly string[], partition = false): Breakdown {
    const ids = [...this.people.keys()].sort((a, b) => {
      const ia = order?.indexOf(a) ?? -1;
      const ib = order?.indexOf(b) ?? -1;
      if (ia !== ib) return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib);
      return byCode(a, b);
    });
    // The one suppression module: columns of fewer than k people hidden; in a breakdown that
    // splits everyone, the item totals are shown (fixed), so hidden columns get complements until
    // none can be worked out from the totals.
    const table = listTable(new Map(ids.map((id) => [id, this.people.get(id) ?? 0])));
    const hidden = partition
      ? protect({ ...table, fixed: new Set(['__total__']) }, k)
      : protect({ cells: table.cells, rules: [] }, k);
    const columns: Column[] = ids.map((id) => {
      const people = this.people.get(id) ?? 0;
      const h = hidden.get(id);
      return h === 'complement'
        ? { id, people, suppressed: false, complement: true }
        : { id, people, suppressed: h === 'small' };
    });
    return { columns, dots: this.dots };
  }
}

/**
 * Totals per item, and by buurt (of the meeting), by self-stated group (kiosk only) and by
 * channel. The overall totals are never suppressed (they are the result); a breakdown column of
 * fewer than k people is (`cell` shows "<k"), and in the breakdowns that split everyone (buurt,
 * channel) a lone hidden column takes the next smallest one with it ("x"), so it cannot be worked
 * out from the totals. Deleted votes, votes of another version's items
 * and over-budget kiosk ballots do not count.
 */
export function tallyVotes(
  votes: readonly PriorityVote[],
  ctx: TallyContext,
  options: { groupOrder?: readonly string[]; buurtOrder?: readonly string[] } = {},
): PriorityResults {
  const known = new Set(ctx.itemIds);
  const totals = new Map(ctx.itemIds.map((id) => [id, { itemId: id, total: 0, kiosk: 0, paper: 0 }]));
  const byBuurt = new BreakdownBuilder(ctx.itemIds);
  const byGroup = new BreakdownBuilder(ctx.itemIds);
  const byChannel = new BreakdownBuilder(ctx.itemIds);
  const respondents = new Set<string>();
  const paperPerMeeting = new Map<string, number>();
  let refused = 0;
  let ignoredDots = 0;
  let paperPeople = 0;
  let paperEstimated = 0;

  for (const v of votes) {
    if (v.deleted) continue;
    if (v.source === 'kiosk' && dotsUsed(v.allocations) > ctx.budget) {
      refused++;
      continue;
    }
    const counted: Allocations = {};
    for (const [id, n] of Object.entries(v.allocations)) {
      if (!known.has(id)) {
        ignoredDots += n;
        continue;
      }
      if (n > 0) counted[id] = n;
    }
    if (!Object.keys(counted).length) continue;
    const people = peopleOf(v, ctx.budget);
    for (const [id, n] of Object.entries(counted)) {
      const t = totals.get(id)!;
      t.total += n;
      t[v.source === 'kiosk' ? 'kiosk' : 'paper'] += n;
    }
    byBuurt.add(ctx.meetingsById.get(v.meetingId)?.buurtId ?? GROUP_UNKNOWN, people, counted);
    byChannel.add(v.source, people, counted);
    if (v.source === 'kiosk') {
      respondents.add(v.respondentId ?? v.id);
      for (const g of groupsOf(v)) byGroup.add(g, 1, counted);
    } else {
      paperPeople += people;
      if (v.participants === undefined) paperEstimated++;
      paperPerMeeting.set(v.meetingId, (paperPerMeeting.get(v.meetingId) ?? 0) + 1);
    }
  }

  const items = [...totals.values()].sort(
    (a, b) => b.total - a.total || ctx.itemIds.indexOf(a.itemId) - ctx.itemIds.indexOf(b.itemId),
  );
  return {
    k: ctx.k,
    budget: ctx.budget,
    items,
    totalDots: items.reduce((s, i) => s + i.total, 0),
    kioskResidents: respondents.size,
    paperPeople,
    paperEstimated,
    refused,
    ignoredDots,
    doublePaperMeetings: [...paperPerMeeting].filter(([, n]) => n > 1).map(([id]) => id),
    byBuurt: byBuurt.build(ctx.k, options.buurtOrder, true),
    byGroup: byGroup.build(ctx.k, options.groupOrder),
    byChannel: byChannel.build(ctx.k, VOTE_SOURCES, true),
  };
}

/** Shown instead of a number that is hidden so a "<k" column cannot be worked out. */
export const HIDDEN = COMPLEMENT_MARK;

/** A breakdown cell as shown: the dots; "<k" when the column has fewer than k people; "x" when hidden as its complement. */
export function cell(b: Breakdown, itemId: string, columnId: string, k: number): number | string {
  const col = b.columns.find((c) => c.id === columnId);
  const n = b.dots[itemId]?.[columnId] ?? 0;
  if (col?.suppressed) return suppressCount(col.people, k);
  return col?.complement ? HIDDEN : n;
}

/** True when the split of the totals over kiosk and paper may not be shown. */
export function channelSplitHidden(r: PriorityResults): boolean {
  return r.byChannel.columns.some((c) => c.suppressed || c.complement);
}

/** A column's people as shown. */
export function peopleShown(col: Column, k: number): number | string {
  return suppressCount(col.people, k);
}
