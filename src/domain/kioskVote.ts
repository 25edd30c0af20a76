import { GROUP_NO_ANSWER, GROUP_UNKNOWN } from './constants';
import { type KioskAnswers, NO_ANSWER, NONE_OF_THESE } from './kiosk';
import { type Allocations, compact, dotsUsed, type PriorityVoteFields } from './votes';

/**
 * One kiosk resident's dots ("Wat vindt u het belangrijkst?") as a priority vote, with the same
 * random respondent id and the same self-stated about-you answers as their contributions. Pure.
 */

/** "Geen van deze groepen" in a vote (a column of its own in the results, not "onbekend"). */
export const VOTE_GROUP_NONE = 'geen';

/** The self-stated groups of a ballot: skipped → onbekend, "zeg ik liever niet", none, or the groups. */
export function voteGroupsOf(a: Pick<KioskAnswers, 'groups'>): string[] {
  if (a.groups === undefined) return [GROUP_UNKNOWN];
  if (a.groups === NO_ANSWER) return [GROUP_NO_ANSWER];
  if (a.groups === NONE_OF_THESE) return [VOTE_GROUP_NONE];
  return [...new Set(a.groups)];
}

export interface KioskVoteContext {
  processId: string;
  meetingId: string;
  respondentId: string;
  agendaYear: number;
  /** The items on offer (dots on anything else are dropped). */
  itemIds: readonly string[];
  /** process.settings.dotsPerResident */
  budget: number;
}

/**
 * The vote to store, or null when the resident gave no dot (or, after a change of the agenda or the
 * budget while they were busy, more dots than allowed: then nothing is stored rather than a wrong vote).
 */
export function answersToVote(
  a: Pick<KioskAnswers, 'dots' | 'groups' | 'buurt' | 'ageBand'>,
  ctx: KioskVoteContext,
): PriorityVoteFields | null {
  const offered = new Set(ctx.itemIds);
  const allocations: Allocations = compact(
    Object.fromEntries(Object.entries(a.dots ?? {}).filter(([id]) => offered.has(id))),
  );
  const used = dotsUsed(allocations);
  if (used === 0 || used > ctx.budget) return null;
  return {
    processId: ctx.processId,
    meetingId: ctx.meetingId,
    agendaYear: ctx.agendaYear,
    source: 'kiosk',
    respondentId: ctx.respondentId,
    allocations,
    selfGroupIds: voteGroupsOf(a),
    ...(a.buurt ? { residentBuurtId: a.buurt } : {}),
    ...(a.ageBand ? { ageBand: a.ageBand } : {}),
  };
}
