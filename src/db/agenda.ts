import {
  type AgendaItem,
  type AgendaItemFields,
  carryOver,
  itemsOfYear,
  linkIds,
  unlinkIds,
} from '../domain/agenda';
import type { Feedback, FeedbackFields } from '../domain/feedback';
import { byCode } from '../domain/order';
import {
  type Allocations,
  checkBallot,
  compact,
  type PriorityVote,
  type PriorityVoteFields,
} from '../domain/votes';
import { InvalidRecordError } from './errors';
import { notDeleted } from './records';
import { db } from './schema';
import { write } from './write';

/**
 * The social agenda, priority votes and feedback to residents: the only code touching their
 * tables. Writes go through write() (src/db/write.ts) like every other repository.
 */

// ---- Reading ----

export async function listAgendaItems(processId: string): Promise<AgendaItem[]> {
  return (await db.agendaItems.where('processId').equals(processId).toArray()).filter(notDeleted);
}

export async function getAgendaItem(id: string): Promise<AgendaItem | undefined> {
  const item = await db.agendaItems.get(id);
  return item && !item.deleted ? item : undefined;
}

/** An item also when it is deleted (its screen offers the undo). */
export async function agendaItemById(id: string): Promise<AgendaItem | undefined> {
  return db.agendaItems.get(id);
}

export async function listVotes(processId: string): Promise<PriorityVote[]> {
  return (await db.votes.where('processId').equals(processId).toArray()).filter(notDeleted);
}

export async function listFeedback(processId: string): Promise<Feedback[]> {
  return (await db.feedback.where('processId').equals(processId).toArray()).filter(notDeleted);
}

/** Everything the agenda screens read for one process: the one agenda loader (src/db/readModels.ts). */
export { type AgendaData, loadAgendaData } from './readModels';

// ---- Agenda items ----

/** The cost note and endorsements may be left out (an item starts without them). */
export type AgendaItemInput = Omit<
  AgendaItemFields,
  'position' | 'publishedAt' | 'previousId' | 'costNote' | 'endorsements'
> &
  Partial<Pick<AgendaItemFields, 'costNote' | 'endorsements'>>;

/** A new item at the end of its year's version. */
export function addAgendaItem(input: AgendaItemInput): Promise<AgendaItem> {
  return write([db.agendaItems], async (tx) => {
    const same = (await listAgendaItems(input.processId)).filter((i) => i.agendaYear === input.agendaYear);
    const position = same.reduce((max, i) => Math.max(max, i.position + 1), 0);
    return tx.create('agendaItems', { costNote: '', endorsements: [], ...input, position });
  });
}

function changeItem(
  id: string,
  patch: (prev: AgendaItem) => Partial<AgendaItemFields> & { deleted?: boolean },
): Promise<AgendaItem> {
  return write([db.agendaItems], async (tx) => {
    const prev = await tx.get('agendaItems', id);
    if (!prev) throw new Error(`agenda item ${id} not found`);
    return tx.change('agendaItems', prev, patch(prev));
  });
}

export function updateAgendaItem(id: string, patch: Partial<AgendaItemInput>): Promise<AgendaItem> {
  return changeItem(id, () => patch);
}

/** Tombstone (travels to other devices; undo with restoreAgendaItem). */
export function deleteAgendaItem(id: string): Promise<AgendaItem> {
  return changeItem(id, () => ({ deleted: true }));
}

export function restoreAgendaItem(id: string): Promise<AgendaItem> {
  return changeItem(id, () => ({ deleted: false }));
}

export async function linkContributions(id: string, contributionIds: string[]): Promise<AgendaItem> {
  return changeItem(id, (prev) => ({
    linkedContributionIds: linkIds(prev.linkedContributionIds, contributionIds),
  }));
}

export async function unlinkContributions(id: string, contributionIds: string[]): Promise<AgendaItem> {
  return changeItem(id, (prev) => ({
    linkedContributionIds: unlinkIds(prev.linkedContributionIds, contributionIds),
  }));
}

/** Swap an item with its neighbour in the version (both records change, in one transaction). */
export async function moveAgendaItem(id: string, direction: -1 | 1): Promise<void> {
  await write([db.agendaItems], async (tx) => {
    const item = await tx.get('agendaItems', id);
    if (!item || item.deleted) return;
    const list = itemsOfYear(await listAgendaItems(item.processId), item.agendaYear);
    const i = list.findIndex((x) => x.id === id);
    const other = list[i + direction];
    if (!other) return;
    // Renumber the whole version so equal positions (after a merge) sort out too.
    const order = list.map((x) => x.id);
    [order[i], order[i + direction]] = [order[i + direction]!, order[i]!];
    for (const [pos, itemId] of order.entries()) {
      const prev = list.find((x) => x.id === itemId)!;
      if (prev.position !== pos) await tx.change('agendaItems', prev, { position: pos });
    }
  });
}

/**
 * Start the agenda of `toYear` from `fromYear`: unfinished items that still run are copied (the
 * old version stays as it was). Returns the new items; nothing happens twice.
 */
export function startAgendaYear(processId: string, fromYear: number, toYear: number): Promise<AgendaItem[]> {
  return write([db.agendaItems], async (tx) =>
    tx.createAll('agendaItems', carryOver(await listAgendaItems(processId), fromYear, toYear)),
  );
}

/** Mark every item of a version as published now (the publication bundle then carries them). */
export function markAgendaPublished(processId: string, year: number, at = new Date()): Promise<number> {
  return write([db.agendaItems], async (tx) => {
    const list = itemsOfYear(await listAgendaItems(processId), year);
    for (const prev of list) await tx.change('agendaItems', prev, { publishedAt: at.toISOString() });
    return list.length;
  });
}

// ---- Votes ----

export type KioskVoteInput = Pick<
  PriorityVoteFields,
  | 'processId'
  | 'meetingId'
  | 'agendaYear'
  | 'respondentId'
  | 'allocations'
  | 'selfGroupIds'
  | 'residentBuurtId'
  | 'ageBand'
>;

/**
 * One resident's dots from the kiosk. Refused (InvalidRecordError) when the ballot breaks the
 * rules: no dots, more than the budget, or items not on offer.
 */
export async function addKioskVote(
  input: KioskVoteInput,
  rules: { budget: number; itemIds: readonly string[] },
): Promise<PriorityVote> {
  const allocations = compact(input.allocations);
  const ballot = checkBallot(allocations, rules.budget, rules.itemIds);
  if (!ballot.ok) {
    throw new InvalidRecordError(ballot.problems.map((p) => ({ field: 'allocations', message: p })));
  }
  return write([db.votes], (tx) => tx.create('votes', { ...input, allocations, source: 'kiosk' }));
}

/** The paper totals entered on this device for a meeting (the oldest, if a merge brought two). */
export async function paperVoteOf(meetingId: string): Promise<PriorityVote | undefined> {
  const rows = (await db.votes.where('meetingId').equals(meetingId).toArray()).filter(
    (v) => !v.deleted && v.source === 'paper',
  );
  return rows.sort((a, b) => byCode(a.createdAt, b.createdAt) || byCode(a.id, b.id))[0];
}

/** Enter or correct the dot totals counted from a paper sheet or sticker wall at a meeting. */
export function savePaperVote(input: {
  processId: string;
  meetingId: string;
  agendaYear: number;
  allocations: Allocations;
  participants?: number;
}): Promise<PriorityVote> {
  return write([db.votes], async (tx) => {
    const prev = await paperVoteOf(input.meetingId);
    const fields = {
      agendaYear: input.agendaYear,
      allocations: compact(input.allocations),
      participants: input.participants,
    };
    return prev
      ? tx.change('votes', prev, fields)
      : tx.create('votes', {
          ...fields,
          processId: input.processId,
          meetingId: input.meetingId,
          source: 'paper',
          selfGroupIds: [],
        });
  });
}

export async function votesOfMeeting(meetingId: string): Promise<PriorityVote[]> {
  return (await db.votes.where('meetingId').equals(meetingId).toArray()).filter(notDeleted);
}

// ---- Feedback ----

export function addFeedback(input: FeedbackFields): Promise<Feedback> {
  return write([db.feedback], (tx) => tx.create('feedback', input));
}

async function setFeedbackDeleted(id: string, deleted: boolean): Promise<void> {
  await write([db.feedback], (tx) => tx.setDeleted('feedback', id, deleted));
}

export const deleteFeedback = (id: string) => setFeedbackDeleted(id, true);
export const restoreFeedback = (id: string) => setFeedbackDeleted(id, false);
