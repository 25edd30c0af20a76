import { isSuppressed } from './analysis/suppress';
import type { Contribution, ContributionSource } from './contribution';
import type { Meeting } from './meeting';
import { byCode, byName } from './order';
import { GROUP_UNKNOWN } from './process';
import { nonEmptyText, type RecordMeta, recordMetaSchema, slugSchema } from './record';
import { TEXT_MAX } from './textLimits';
import { z } from './zod';

/**
 * The social agenda (sociale agenda) of an area: what the municipality and its partners will do,
 * built from what residents said. Pure: schemas and rules, no DOM, no Dexie.
 *
 * Versions per year (design):
 *  - Every agenda item belongs to one agenda version, named by its year: `agendaYear`. "The agenda
 *    2027" is the set of live items with agendaYear 2027, ordered by `position`.
 *  - An item runs over several years (`years.from`–`years.to`, e.g. 2026–2029). That is a property
 *    of the plan, not of the version.
 *  - A new year's version is started by carrying the items over (`carryOver`): each item that still
 *    runs in the new year and is not finished (gerealiseerd / niet haalbaar) is copied into the new
 *    version with `previousId` pointing at last year's copy. Last year's items are not changed
 *    again, so the agenda of 2026 stays readable as it was, next to 2027's. Following
 *    `previousId` backwards gives the history of one item over the years (`lineage`).
 *  - `publishedAt` is set when the coordinator publishes the version to the tablets; only published
 *    items of the newest published version are offered for priority voting (`votableItems`).
 */

export const AGENDA_STATUSES = [
  'voorgesteld',
  'gekozen',
  'in-uitvoering',
  'gerealiseerd',
  'niet-haalbaar',
] as const;
export const agendaStatusSchema = z.enum(AGENDA_STATUSES);
export type AgendaStatus = z.infer<typeof agendaStatusSchema>;

/** Statuses after which an item is not carried into a new year's version or voted on. */
export const FINAL_STATUSES: readonly AgendaStatus[] = ['gerealiseerd', 'niet-haalbaar'];

export const yearSchema = z
  .number({ error: 'moet een jaartal zijn' })
  .check(
    z.int({ error: 'moet een jaartal zijn' }),
    z.gte(2000, { error: 'jaartal vanaf 2000' }),
    z.lte(2100, { error: 'jaartal tot en met 2100' }),
  );

export const yearsSchema = z
  .object({ from: yearSchema, to: yearSchema })
  .check(z.refine((y) => y.to >= y.from, { error: 'het eindjaar ligt voor het beginjaar', path: ['to'] }));

/** "PM" (pro memorie): the cost is not known yet, as the participation note itself writes. */
export const COST_PM = 'PM';

/**
 * A key figure (or body) that endorses an item: the "gedragen" agenda made visible. `who` is how
 * the endorsement is shown (role and organisation, as the key figure is known at work);
 * `keyFigureId` links it to a key figure of the design when it came from that list.
 */
export const endorsementSchema = z.object({
  keyFigureId: z.optional(z.uuid()),
  who: nonEmptyText(200),
  /** The day it was endorsed (local date). */
  date: z.iso.date({ error: 'geen geldige datum' }),
  note: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
});
export type Endorsement = z.infer<typeof endorsementSchema>;

export const agendaItemSchema = z
  .extend(recordMetaSchema, {
    processId: z.uuid(),
    /** The agenda version (year) this item belongs to. */
    agendaYear: yearSchema,
    /** The same item in the previous year's version (history over the years). */
    previousId: z.optional(z.uuid()),
    /** Order within the version. */
    position: z._default(z.number().check(z.int(), z.gte(0), z.lte(100000)), 0),
    title: nonEmptyText(TEXT_MAX.agendaTitle),
    /** Plain language (B1), for residents and the "Wat we hoorden" report. */
    description: z._default(z.string().check(z.trim(), z.maxLength(TEXT_MAX.agendaDescription)), ''),
    /** A short text for the kiosk (one line with a pictogram); the title is used when empty. */
    residentText: z._default(
      z.string().check(
        z.trim(),
        z.maxLength(TEXT_MAX.agendaResidentText, {
          error: `maximaal ${TEXT_MAX.agendaResidentText} tekens`,
        }),
      ),
      '',
    ),
    themeIds: z._default(z.array(slugSchema).check(z.maxLength(50)), []),
    /** Buurten the item is for; empty: the whole area. */
    buurtIds: z._default(z.array(slugSchema).check(z.maxLength(100)), []),
    years: yearsSchema,
    status: agendaStatusSchema,
    /** Why the status is what it is; required for "niet haalbaar". */
    statusReason: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
    /** The team or partner that carries the item out. */
    responsible: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
    linkedContributionIds: z._default(z.array(z.uuid()).check(z.maxLength(10000)), []),
    /** Cost estimate in euros, or "PM" when not known yet; absent when not filled in. */
    cost: z.optional(
      z.union([
        z
          .number({ error: 'moet een bedrag of PM zijn' })
          .check(z.gte(0, { error: 'minimaal 0' }), z.lte(1e9)),
        z.literal(COST_PM),
      ]),
    ),
    /** The financial frame in words ("binnen de subsidieregeling vrijwillige inzet"). */
    costNote: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
    /** The connected process (config connectedProcesses) this item belongs to. */
    connectedProcessId: z.optional(slugSchema),
    /** Who endorsed the item, and when. */
    endorsements: z._default(z.array(endorsementSchema).check(z.maxLength(100)), []),
    /** When the coordinator last published this version to the tablets. */
    publishedAt: z.optional(z.iso.datetime({ offset: true })),
  })
  .check(
    z.superRefine((item, ctx) => {
      if (item.status === 'niet-haalbaar' && !item.statusReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['statusReason'],
          message: 'zeg waarom het niet haalbaar is',
        });
      }
      if (new Set(item.linkedContributionIds).size !== item.linkedContributionIds.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['linkedContributionIds'],
          message: 'dezelfde inbreng is twee keer gekoppeld',
        });
      }
    }),
  );
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaItemFields = Omit<AgendaItem, keyof RecordMeta>;

const live = <T extends { deleted: boolean }>(list: readonly T[]) => list.filter((x) => !x.deleted);

const byPosition = (a: AgendaItem, b: AgendaItem) =>
  a.position - b.position || byName(a.title, b.title) || byCode(a.id, b.id);

// ---- Versions ----

/** The years that have an agenda version, oldest first. */
export function agendaYears(items: readonly AgendaItem[]): number[] {
  return [...new Set(live(items).map((i) => i.agendaYear))].sort((a, b) => a - b);
}

/** The live items of one version, in agenda order. */
export function itemsOfYear(items: readonly AgendaItem[], year: number): AgendaItem[] {
  return live(items)
    .filter((i) => i.agendaYear === year)
    .sort(byPosition);
}

/** The newest version's year, or undefined without items. */
export function latestYear(items: readonly AgendaItem[]): number | undefined {
  return agendaYears(items).at(-1);
}

/**
 * The fields of next year's copies: items of `fromYear` that are not finished and still run in
 * `toYear`. Items already carried into `toYear` (some item there has them as previousId) are skipped,
 * so carrying over twice does not double anything.
 */
export function carryOver(
  items: readonly AgendaItem[],
  fromYear: number,
  toYear: number,
): AgendaItemFields[] {
  const already = new Set(itemsOfYear(items, toYear).map((i) => i.previousId));
  const start = itemsOfYear(items, toYear).length;
  return itemsOfYear(items, fromYear)
    .filter((i) => !FINAL_STATUSES.includes(i.status) && i.years.to >= toYear && !already.has(i.id))
    .map((i, n) => ({
      processId: i.processId,
      agendaYear: toYear,
      previousId: i.id,
      position: start + n,
      title: i.title,
      description: i.description,
      residentText: i.residentText,
      themeIds: [...i.themeIds],
      buurtIds: [...i.buurtIds],
      years: { ...i.years },
      status: i.status,
      statusReason: i.statusReason,
      responsible: i.responsible,
      linkedContributionIds: [...i.linkedContributionIds],
      ...(i.cost !== undefined ? { cost: i.cost } : {}),
      costNote: i.costNote,
      ...(i.connectedProcessId ? { connectedProcessId: i.connectedProcessId } : {}),
      // Endorsements belong to a year's version: the new version is endorsed anew.
      endorsements: [],
    }));
}

/**
 * One item over the years: its predecessors (previousId) and its successors (items carried over
 * from it), oldest first. Deleted copies are left out.
 */
export function lineage(items: readonly AgendaItem[], item: AgendaItem): AgendaItem[] {
  const all = live(items);
  const byId = new Map(all.map((i) => [i.id, i]));
  const chain: AgendaItem[] = [item];
  const seen = new Set([item.id]);
  let prev = item.previousId ? byId.get(item.previousId) : undefined;
  while (prev && !seen.has(prev.id)) {
    chain.unshift(prev);
    seen.add(prev.id);
    prev = prev.previousId ? byId.get(prev.previousId) : undefined;
  }
  let last = item;
  for (;;) {
    const next = all
      .filter((i) => i.previousId === last.id && !seen.has(i.id))
      .sort((a, b) => a.agendaYear - b.agendaYear || byCode(a.createdAt, b.createdAt))[0];
    if (!next) break;
    chain.push(next);
    seen.add(next.id);
    last = next;
  }
  return chain;
}

/**
 * The items residents can vote on: the newest published version, without finished items.
 * Empty when nothing was published (then the kiosk offers no priority question).
 */
export function votableItems(items: readonly AgendaItem[]): AgendaItem[] {
  const published = live(items).filter((i) => i.publishedAt);
  const year = latestYear(published);
  if (year === undefined) return [];
  return itemsOfYear(published, year).filter((i) => !FINAL_STATUSES.includes(i.status));
}

/** The text residents see on the tablet. */
export function residentTextOf(item: AgendaItem): string {
  return item.residentText || item.title;
}

// ---- Linking ----

/** Add contributions to an item's links (no doubles, order kept). */
export function linkIds(current: readonly string[], add: readonly string[]): string[] {
  const out = [...current];
  const seen = new Set(current);
  for (const id of add) {
    if (!seen.has(id)) {
      out.push(id);
      seen.add(id);
    }
  }
  return out;
}

export function unlinkIds(current: readonly string[], remove: readonly string[]): string[] {
  const drop = new Set(remove);
  return current.filter((id) => !drop.has(id));
}

/** What the coordinator narrows the contribution list to when linking. Empty lists: no restriction. */
export interface LinkFilter {
  themeIds?: readonly string[];
  buurtIds?: readonly string[];
  /** Any of these among the self-stated or observed groups (never counted together, only filtered). */
  groupIds?: readonly string[];
  /** Words that must all occur in the text (case and accents ignored). */
  text?: string;
  /** Only contributions not linked to any item of this version yet. */
  unlinkedOnly?: boolean;
}

/** Lowercase, accents removed: "Ontmoetingsplek" and "ontmoetingsplek" match. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function filterContributions(
  contributions: readonly Contribution[],
  meetingsById: ReadonlyMap<string, Meeting>,
  f: LinkFilter,
  linkedIds: ReadonlySet<string> = new Set(),
): Contribution[] {
  const words = fold(f.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return contributions.filter((c) => {
    if (c.deleted) return false;
    if (f.themeIds?.length && !c.themeIds.some((t) => f.themeIds!.includes(t))) return false;
    if (f.buurtIds?.length) {
      const b = meetingsById.get(c.meetingId)?.buurtId;
      if (!b || !f.buurtIds.includes(b)) return false;
    }
    if (f.groupIds?.length) {
      const g = f.groupIds;
      if (!c.selfGroupIds.some((id) => g.includes(id)) && !c.observedGroupIds.some((id) => g.includes(id)))
        return false;
    }
    if (words.length) {
      const text = fold(c.text);
      if (!words.every((w) => text.includes(w))) return false;
    }
    if (f.unlinkedOnly && linkedIds.has(c.id)) return false;
    return true;
  });
}

/** Ids of contributions linked to any item of the list. */
export function linkedSet(items: readonly AgendaItem[]): Set<string> {
  return new Set(live(items).flatMap((i) => i.linkedContributionIds));
}

// ---- Support counts ----

export interface Support {
  /** Linked contributions that exist here and are not deleted. */
  contributions: number;
  /** How many others in the room agreed with them (sum of agreeCount). */
  agreed: number;
  /** Linked ids whose contribution is not on this device (not imported yet) or deleted. */
  missing: number;
  /** Contributions per buurt of their meeting ("onbekend" when the meeting is not here). */
  byBuurt: Record<string, number>;
  /** Kiosk contributions per self-stated group ("onbekend" when no group was given). */
  bySelfGroup: Record<string, number>;
  /** Facilitator contributions per observed group ("onbekend" when none was tagged). Never mixed with self. */
  byObservedGroup: Record<string, number>;
  bySource: Record<ContributionSource, number>;
}

const inc = (rec: Record<string, number>, key: string, by = 1) => {
  rec[key] = (rec[key] ?? 0) + by;
};

/** How many contributions, from which groups and buurten, support an item. */
export function supportOf(
  item: Pick<AgendaItem, 'linkedContributionIds'>,
  contributionsById: ReadonlyMap<string, Contribution>,
  meetingsById: ReadonlyMap<string, Meeting>,
): Support {
  const s: Support = {
    contributions: 0,
    agreed: 0,
    missing: 0,
    byBuurt: {},
    bySelfGroup: {},
    byObservedGroup: {},
    bySource: { facilitator: 0, kiosk: 0 },
  };
  for (const id of item.linkedContributionIds) {
    const c = contributionsById.get(id);
    if (!c || c.deleted) {
      s.missing++;
      continue;
    }
    s.contributions++;
    s.agreed += c.agreeCount;
    s.bySource[c.source]++;
    inc(s.byBuurt, meetingsById.get(c.meetingId)?.buurtId ?? GROUP_UNKNOWN);
    if (c.source === 'kiosk') {
      if (c.selfGroupIds.length) for (const g of new Set(c.selfGroupIds)) inc(s.bySelfGroup, g);
      else inc(s.bySelfGroup, GROUP_UNKNOWN);
    } else if (c.observedGroupIds.length) {
      for (const g of new Set(c.observedGroupIds)) inc(s.byObservedGroup, g);
    } else inc(s.byObservedGroup, GROUP_UNKNOWN);
  }
  return s;
}

/** Group counts as shown in a per-group table: a count below k is hidden ("<k"). */
export function shownGroupCounts(
  counts: Record<string, number>,
  k: number,
): { id: string; count: number; suppressed: boolean }[] {
  return (
    Object.entries(counts)
      // k 0: counts that are not about people (no suppression asked for).
      .map(([id, count]) => ({ id, count, suppressed: k > 0 && isSuppressed(count, k) }))
      .sort((a, b) => b.count - a.count || byCode(a.id, b.id))
  );
}

// ---- Suggestions ----

/** Common Dutch words that say nothing about the subject. */
const STOPWORDS = new Set(
  (
    'aan al alle alles als also altijd andere ben bij dan dat de deze die dit doen door dus een eens en er ' +
    'geen graag had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kunnen maar me meer men met ' +
    'mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze ook op over te tot u uit uw van veel ' +
    'voor waar wat we wel werd wij wil worden wordt zal ze zich zijn zo zou zoals komen gaan goed beter buurt ' +
    'mensen wordt willen zouden kunnen tegen onder boven tussen zonder'
  ).split(' '),
);

/** Words that say something, folded and crudely stemmed (bankjes → bankj, ontmoeten → ontmoet). */
export function keywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(text).split(/[^a-z0-9]+/)) {
    if (w.length < 4 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    let stem = w;
    for (const end of ['en', 'es', 'e', 's']) {
      if (stem.endsWith(end) && stem.length - end.length >= 4) {
        stem = stem.slice(0, -end.length);
        break;
      }
    }
    out.add(stem);
  }
  return out;
}

/** Two stems match when equal or when one starts with the other and the shorter has 5+ letters. */
function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 5 && l.startsWith(s);
}

export interface Suggestion {
  contribution: Contribution;
  score: number;
  sharedThemes: string[];
  sharedWords: string[];
}

/**
 * Contributions that probably belong to an item, best first: 2 points per shared theme, 1 per
 * shared word of the title and description, 1 when heard in one of the item's buurten (only when
 * there is a theme or word in common). Already linked and deleted contributions are left out.
 */
export function suggestContributions(
  item: Pick<AgendaItem, 'title' | 'description' | 'themeIds' | 'buurtIds' | 'linkedContributionIds'>,
  contributions: readonly Contribution[],
  meetingsById: ReadonlyMap<string, Meeting>,
  limit = 20,
): Suggestion[] {
  const itemWords = [...keywords(`${item.title} ${item.description}`)];
  const linked = new Set(item.linkedContributionIds);
  const out: Suggestion[] = [];
  for (const c of contributions) {
    if (c.deleted || linked.has(c.id)) continue;
    const sharedThemes = c.themeIds.filter((t) => item.themeIds.includes(t));
    const cWords = [...keywords(c.text)];
    const sharedWords = itemWords.filter((w) => cWords.some((x) => wordsMatch(w, x)));
    if (!sharedThemes.length && !sharedWords.length) continue;
    const buurt = meetingsById.get(c.meetingId)?.buurtId;
    const inBuurt = item.buurtIds.length > 0 && buurt !== undefined && item.buurtIds.includes(buurt);
    const score = 2 * sharedThemes.length + sharedWords.length + (inBuurt ? 1 : 0);
    out.push({ contribution: c, score, sharedThemes, sharedWords });
  }
  return out
    .sort(
      (a, b) =>
        b.score - a.score ||
        byCode(b.contribution.createdAt, a.contribution.createdAt) ||
        byCode(a.contribution.id, b.contribution.id),
    )
    .slice(0, limit);
}
