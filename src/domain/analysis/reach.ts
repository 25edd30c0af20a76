// The constants, not the record schemas beside them: the coordinator's overview needs no zod (issue 12).
import { GROUP_NO_ANSWER, WORK_FORMS, type WorkForm } from '../constants';
import type { Process } from '../process';
import { countsInReach } from '../voices';
import { type AnalysisData, attendanceByMeeting, meetingsById, respondentMeetingOrder } from './data';
import { type AnalysisFilter, contributionMatches, meetingMatches } from './filter';
import {
  type Hidden,
  isSuppressed,
  protect,
  type SumRule,
  type Suppression,
  type SuppressionTable,
} from './suppress';

/**
 * The three ways Buurtstem knows who was heard. They are never added up into one number:
 *  - self: kiosk respondents who said themselves they belong to the group (per respondent);
 *  - observed: facilitator contributions the facilitator tagged with the group (per contribution);
 *  - attendance: people counted in the room per group (sum of byGroup / sum of totals).
 */
export const MEASURES = ['self', 'observed', 'attendance'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * - under: the representation index is below the threshold (also when the count is hidden as
 *   "<k": then even k−1 people would give an index below the threshold);
 * - ok: at or above the threshold;
 * - unknown: fewer than k, too few to say;
 * - nopop: no population share configured for this group here;
 * - none: nobody was heard this way here.
 */
export type ReachStatus = 'under' | 'ok' | 'unknown' | 'nopop' | 'none';

export interface MeasureCell {
  /** People (self, attendance) or contributions (observed) of the group. */
  count: number;
  /** All respondents / facilitator contributions / people counted. */
  base: number;
  /** count / base; null when base is 0. */
  share: number | null;
  /** share / population share; null when either is missing or the count is suppressed. */
  index: number | null;
  /** The count is hidden (1 to k−1 people, or as a complement) or the share could give it away. */
  suppressed: boolean;
  /** How the count is hidden: 'small' shows "<k", 'complement' shows "x" (src/domain/analysis/suppress.ts). */
  hidden: Hidden;
  /** How the base is hidden. */
  baseHidden: Hidden;
  status: ReachStatus;
}

export interface WorkFormReach {
  workForm: WorkForm;
  count: number;
  base: number;
  share: number;
}

export interface GroupReach {
  groupId: string;
  /** Share of the population (per buurt, or share.total for the whole area); null when unknown. */
  population: number | null;
  self: MeasureCell;
  observed: MeasureCell;
  attendance: MeasureCell;
  /** The measures in which this group is under-represented. */
  underIn: Measure[];
  /** Per measure, the work forms that reached the largest share of this group (at least k), best first. */
  bestWorkForms: Record<Measure, WorkFormReach[]>;
}

export interface ScopeReach {
  /** null: all buurten within the filter together. */
  buurtId: string | null;
  bases: Record<Measure, number>;
  /** Kiosk respondents who chose "zeg ik liever niet". */
  selfNoAnswer: number;
  groups: GroupReach[];
}

export interface Reach {
  k: number;
  threshold: number;
  area: ScopeReach;
  buurten: ScopeReach[];
  /** Every hidden cell of the reach (and of `together`), by id. */
  hidden: Suppression;
}

export interface ReachOptions {
  /** How many work forms to suggest per group and measure. */
  bestWorkForms?: number;
  /**
   * Cells shown in the same output as the reach (the attendance per meeting of a report), with
   * their sums to the reach's cells (reachCellId): protected together, so no hidden cell can be
   * worked out across the tables.
   */
  together?: SuppressionTable;
}

/** Counts of one scope (a buurt, a buurt × work form, or everything). */
export interface Acc {
  base: Record<Measure, number>;
  count: Record<Measure, Map<string, number>>;
  selfNoAnswer: number;
}

export const newAcc = (): Acc => ({
  base: { self: 0, observed: 0, attendance: 0 },
  count: { self: new Map(), observed: new Map(), attendance: new Map() },
  selfNoAnswer: 0,
});

const acc = (map: Map<string, Acc>, key: string) => {
  let a = map.get(key);
  if (!a) {
    a = newAcc();
    map.set(key, a);
  }
  return a;
};

export const add = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, (map.get(key) ?? 0) + n);

interface Respondent {
  meetingId: string;
  scope: { buurt: Acc; form: Acc };
  groups: string[];
}

export function cellOf(
  count: number,
  base: number,
  population: number | null,
  k: number,
  threshold: number,
  hidden: Hidden = isSuppressed(count, k) ? 'small' : null,
  baseHidden: Hidden = isSuppressed(base, k) ? 'small' : null,
): MeasureCell {
  const share = base > 0 ? count / base : null;
  // A share of a shown count over a hidden base would give the base away (count / share).
  const suppressed = hidden !== null || (baseHidden !== null && count > 0);
  const cell = { count, base, share, index: null, suppressed, hidden, baseHidden };
  if (share === null) return { ...cell, status: 'none' };
  if (population === null || population <= 0) return { ...cell, status: 'nopop' };
  if (hidden === 'small') {
    // Hidden count: judge by the largest value it could have (k − 1), so the mark reveals nothing.
    // Only over a shown base: the verdict would otherwise narrow a hidden base down.
    const upper = (k - 1) / base / population;
    return { ...cell, status: baseHidden === null && upper < threshold ? 'under' : 'unknown' };
  }
  // A complement or a hidden base: the verdict would narrow the hidden number down; and over
  // fewer than k people heard in all, nothing can be said about a group.
  if (suppressed || baseHidden !== null) return { ...cell, status: 'unknown' };
  const index = share / population;
  return { ...cell, index, status: index < threshold ? 'under' : 'ok' };
}

/**
 * Complementary suppression over the reach tables (one table per measure): per group, the count
 * of all buurten together is the sum of the buurten's counts, and so are the bases. Hidden counts
 * are hidden further until none can be worked out from the others (src/domain/analysis/suppress.ts).
 */
export const reachCellId = (measure: Measure, buurtId: string | null, what: string) =>
  `${measure}|${buurtId ?? '*'}|${what}`;
/** The id of a scope's base in the reach table (`what` of reachCellId). */
export const BASE = '#base';

function protectReach(
  area: ScopeReach,
  buurten: ScopeReach[],
  k: number,
  threshold: number,
  extra: SuppressionTable | undefined,
): Suppression {
  const cells = new Map<string, number>(extra?.cells ?? []);
  const rules: SumRule[] = [...(extra?.rules ?? [])];
  for (const m of MEASURES) {
    const id = (s: ScopeReach, what: string) => reachCellId(m, s.buurtId, what);
    cells.set(id(area, BASE), area.bases[m]);
    for (const b of buurten) cells.set(id(b, BASE), b.bases[m]);
    rules.push({ total: id(area, BASE), parts: buurten.map((b) => id(b, BASE)) });
    area.groups.forEach((g, i) => {
      cells.set(id(area, g.groupId), g[m].count);
      for (const b of buurten) cells.set(id(b, g.groupId), b.groups[i]![m].count);
      rules.push({ total: id(area, g.groupId), parts: buurten.map((b) => id(b, g.groupId)) });
    });
  }
  const hidden = protect({ cells, rules, ...(extra?.fixed ? { fixed: extra.fixed } : {}) }, k);
  for (const s of [area, ...buurten]) {
    for (const g of s.groups) {
      for (const m of MEASURES) {
        const c = g[m];
        const baseHidden = hidden.get(reachCellId(m, s.buurtId, BASE)) ?? null;
        const h = hidden.get(reachCellId(m, s.buurtId, g.groupId)) ?? null;
        g[m] = cellOf(c.count, c.base, g.population, k, threshold, h, baseHidden);
      }
      g.underIn = MEASURES.filter((x) => g[x].status === 'under');
    }
  }
  return hidden;
}

/**
 * Reach of every target group against its population share, per buurt and for all buurten in the
 * filter together, in one pass over the contributions. The filter's group list chooses which groups
 * are shown (it does not narrow the contributions, or every share would be 100%). Attendance
 * follows the meeting filters only (buurt, meeting, period, work form).
 */
export function computeReach(
  data: AnalysisData,
  process: Process,
  filter: AnalysisFilter = {},
  options: ReachOptions = {},
): Reach {
  const contributionFilter: AnalysisFilter = { ...filter, groupIds: [] };
  const scopes = reachScopes(data, process, filter);
  const { inScope } = scopes;

  const respondents = new Map<string, Respondent>();
  for (const c of data.contributions) {
    if (c.deleted || c.processId !== process.id) continue;
    const scope = inScope.get(c.meetingId);
    if (!scope || !contributionMatches(c, contributionFilter)) continue;
    // Partners' and professionals' words are shown apart, never as residents reached.
    if (!countsInReach(c)) continue;
    if (c.source === 'kiosk') {
      // One person, however many answers: counted once, in the first of their meetings
      // (respondentMeetingOrder), whatever order the records come in.
      const key = c.respondentId ?? c.id;
      let r = respondents.get(key);
      if (!r) {
        r = { meetingId: c.meetingId, scope, groups: [] };
        respondents.set(key, r);
      } else if (respondentMeetingOrder(c.meetingId, r.meetingId) < 0) {
        r.meetingId = c.meetingId;
        r.scope = scope;
      }
      for (const g of c.selfGroupIds) if (!r.groups.includes(g)) r.groups.push(g);
    } else {
      const { buurt, form } = scope;
      buurt.base.observed += 1;
      form.base.observed += 1;
      const groups = c.observedGroupIds;
      for (let i = 0; i < groups.length; i++) {
        const g = groups[i]!;
        if (i > 0 && groups.indexOf(g) < i) continue; // the same tag twice counts once
        add(buurt.count.observed, g, 1);
        add(form.count.observed, g, 1);
      }
    }
  }
  for (const r of respondents.values()) countRespondent(r.scope, r.groups);

  return finishReach(scopes, process, filter, options);
}

/** The meetings side of the reach: per buurt and per buurt × work form, with the attendance counted in. */
export interface ReachScopes {
  byBuurt: Map<string, Acc>;
  byBuurtForm: Map<string, Acc>;
  /** Per meeting in scope: the counters of its buurt and its buurt × work form. */
  inScope: Map<string, { buurt: Acc; form: Acc }>;
}

export function reachScopes(
  data: Pick<AnalysisData, 'meetings' | 'attendance'>,
  process: Process,
  filter: AnalysisFilter,
): ReachScopes {
  const meetings = meetingsById({ ...data, contributions: [] }, process.id);
  const attendance = attendanceByMeeting({ ...data, contributions: [] });

  const byBuurt = new Map<string, Acc>();
  const byBuurtForm = new Map<string, Acc>(); // key `${buurtId}|${workForm}`

  // Per meeting once: the counters of its buurt and of its buurt × work form.
  const inScope = new Map<string, { buurt: Acc; form: Acc }>();
  for (const m of meetings.values()) {
    if (!meetingMatches(m, filter)) continue;
    const buurt = acc(byBuurt, m.buurtId);
    const form = acc(byBuurtForm, `${m.buurtId}|${m.workForm}`);
    inScope.set(m.id, { buurt, form });
    const att = attendance.get(m.id);
    if (!att) continue;
    for (const a of [buurt, form]) {
      a.base.attendance += att.total;
      for (const [g, n] of Object.entries(att.byGroup)) add(a.count.attendance, g, n);
    }
  }

  return { byBuurt, byBuurtForm, inScope };
}

/** Count `n` kiosk respondents (each with these self-stated groups, once) into their meeting's counters. */
export function countRespondent(scope: { buurt: Acc; form: Acc }, groups: readonly string[], n = 1): void {
  for (const a of [scope.buurt, scope.form]) {
    a.base.self += n;
    if (groups.includes(GROUP_NO_ANSWER)) a.selfNoAnswer += n;
    for (const g of groups) add(a.count.self, g, n);
  }
}

/** Shares, indexes, best work forms and suppression, from the counted scopes. */
export function finishReach(
  scopes: ReachScopes,
  process: Process,
  filter: AnalysisFilter = {},
  options: ReachOptions = {},
): Reach {
  const k = process.settings.minGroupSize;
  const threshold = process.settings.underRepresentationThreshold;
  const topN = options.bestWorkForms ?? 2;
  const { byBuurt, byBuurtForm } = scopes;
  const groups = process.targetGroups.filter(
    (g) => !filter.groupIds?.length || filter.groupIds.includes(g.id),
  );
  const merge = (target: Acc, from: Acc) => {
    target.selfNoAnswer += from.selfNoAnswer;
    for (const m of MEASURES) {
      target.base[m] += from.base[m];
      for (const [g, n] of from.count[m]) add(target.count[m], g, n);
    }
  };

  const scope = (buurtIds: string[], buurtId: string | null): ScopeReach => {
    const total = newAcc();
    const forms = new Map<WorkForm, Acc>();
    for (const b of buurtIds) {
      const a = byBuurt.get(b);
      if (a) merge(total, a);
      for (const wf of WORK_FORMS) {
        const f = byBuurtForm.get(`${b}|${wf}`);
        if (f) merge(acc(forms as Map<string, Acc>, wf), f);
      }
    }
    return {
      buurtId,
      bases: { ...total.base },
      selfNoAnswer: total.selfNoAnswer,
      groups: groups.map((g) => {
        // All buurten together: the area's share, or the buurt's own when the filter holds just one.
        const only = buurtId ?? (buurtIds.length === 1 ? buurtIds[0]! : null);
        const population = (only === null ? g.share.total : g.share.byBuurt[only]) ?? null;
        const cells = Object.fromEntries(
          MEASURES.map((m) => [
            m,
            cellOf(total.count[m].get(g.id) ?? 0, total.base[m], population, k, threshold),
          ]),
        ) as Record<Measure, MeasureCell>;
        const bestWorkForms = Object.fromEntries(
          MEASURES.map((m) => {
            const list: WorkFormReach[] = [];
            for (const [wf, a] of forms) {
              const count = a.count[m].get(g.id) ?? 0;
              if (count >= k && a.base[m] > 0)
                list.push({ workForm: wf, count, base: a.base[m], share: count / a.base[m] });
            }
            list.sort((x, y) => y.share - x.share || y.count - x.count);
            return [m, list.slice(0, topN)];
          }),
        ) as Record<Measure, WorkFormReach[]>;
        return {
          groupId: g.id,
          population,
          ...cells,
          underIn: MEASURES.filter((m) => cells[m].status === 'under'),
          bestWorkForms,
        };
      }),
    };
  };

  const configured = process.buurten.map((b) => b.id);
  const seen = [...byBuurt.keys()];
  const buurtIds = [...configured, ...seen.filter((id) => !configured.includes(id)).sort()].filter(
    (id) => !filter.buurtIds?.length || filter.buurtIds.includes(id),
  );
  const area = scope(buurtIds, null);
  const buurten = buurtIds.map((b) => scope([b], b));
  const hidden = protectReach(area, buurten, k, threshold, options.together);
  return { k, threshold, area, buurten, hidden };
}
