import type { GroupReach, Measure, Reach } from './analysis/reach';
import { meetingsPerGroup } from './design';
import type { Meeting } from './meeting';
import type { Process } from './process';

/**
 * Plan against reality: per target group, how many meetings the design meant for it and how far
 * it has been reached so far. The reach figures come from the coordinator picture
 * (analysis/reach.ts `computeReach`); this module only sets them next to the plan.
 */
export type PlanVerdict =
  /** No meeting is meant for this group and it is not marked "later". */
  | 'niet-gepland'
  /** Explicitly left for a later stage. */
  | 'later'
  /** Planned, but nobody of the group was heard yet (or no meeting held yet). */
  | 'nog-niet-bereikt'
  /** Under-represented in at least one measure. */
  | 'ondervertegenwoordigd'
  /** At or above the threshold in at least one measure, under in none. */
  | 'op-koers'
  /** Too few people to say (counts below the smallest group shown). */
  | 'te-weinig-gegevens';

export interface PlanRow {
  groupId: string;
  /** Meetings meant for the group, any status. */
  planned: number;
  /** Of those, still to come (status gepland). */
  ahead: number;
  /** Of those, held (running or closed). */
  held: number;
  later: boolean;
  laterReason: string;
  /** The group's reach in the whole area (the coordinator picture), if computed. */
  reach: GroupReach | undefined;
  verdict: PlanVerdict;
}

const MEASURES: Measure[] = ['attendance', 'self', 'observed'];

/**
 * The verdict for one group: not planned (or later); on course when it is at or above the threshold
 * somewhere and under nowhere; under-represented once a meeting meant for it was held; otherwise
 * not reached yet (nothing heard, or its meetings are still to come) or too few people to say.
 */
export function verdictOf(
  planned: number,
  held: number,
  later: boolean,
  reach: GroupReach | undefined,
): PlanVerdict {
  if (planned === 0) return later ? 'later' : 'niet-gepland';
  const under = (reach?.underIn.length ?? 0) > 0;
  if (reach && !under && MEASURES.some((m) => reach[m].status === 'ok')) return 'op-koers';
  if (under && held > 0) return 'ondervertegenwoordigd';
  if (!reach || held === 0 || MEASURES.every((m) => reach[m].count === 0)) return 'nog-niet-bereikt';
  return 'te-weinig-gegevens';
}

export function planVersusReach(
  process: Process,
  meetings: readonly Meeting[],
  laterGroups: Readonly<Record<string, string>>,
  reach: Reach | undefined,
): PlanRow[] {
  const per = meetingsPerGroup(meetings, process.id);
  return process.targetGroups.map((g) => {
    const list = per.get(g.id) ?? [];
    const ahead = list.filter((m) => m.status === 'gepland').length;
    const r = reach?.area.groups.find((x) => x.groupId === g.id);
    const later = g.id in laterGroups;
    return {
      groupId: g.id,
      planned: list.length,
      ahead,
      held: list.length - ahead,
      later,
      laterReason: laterGroups[g.id] ?? '',
      reach: r,
      verdict: verdictOf(list.length, list.length - ahead, later, r),
    };
  });
}
