import {
  aggregateId,
  aggregateKeysId,
  isAggregateKeys,
  SEP,
  unpackAggregate,
} from '../domain/analysis/aggregates';
import { byCode } from '../domain/order';
import { getKv } from './kv';
import { KIOSK_MODE_KEY, type KioskMode, readKioskMode } from './peek';
import { notDeleted } from './records';
import { db } from './schema';

/**
 * The light part of the kiosk repository, without zod: what the app frame needs on every start
 * (is this tablet in kiosk mode?) and what the meeting screen shows (counts). The rest is in
 * src/db/kiosk.ts, loaded with the kiosk screens.
 */
// Defined with the start-up peek (no Dexie there): the app frame reads kiosk mode before Dexie loads.
export { KIOSK_MODE_KEY, type KioskMode, readKioskMode } from './peek';

/** The kiosk mode, or null when the tablet is in the facilitator's normal mode. */
export async function getKioskMode(): Promise<KioskMode | null> {
  return readKioskMode(await getKv(KIOSK_MODE_KEY));
}

async function residentsOf(meetingId: string): Promise<number> {
  const rows = (await db.contributions.where('meetingId').equals(meetingId).toArray()).filter(notDeleted);
  return new Set(rows.filter((c) => c.source === 'kiosk').map((c) => c.respondentId ?? c.id)).size;
}

async function contactsOf(meetingId: string): Promise<number> {
  // Only those who want to hear back ("Wilt u meehelpen?" contacts are not feedback contacts; rows
  // from before issue 13 have no purpose and were all for feedback).
  const contacts = (await db.contacts.where('meetingId').equals(meetingId).toArray()).filter(
    (c) => notDeleted(c) && ((c as { purpose?: string }).purpose ?? 'terugkoppeling') === 'terugkoppeling',
  );
  return contacts.length;
}

/** How many residents filled in on the kiosk during a meeting, and how many left a contact. */
export async function kioskCounts(meetingId: string): Promise<{ residents: number; contacts: number }> {
  const [residents, contacts] = await Promise.all([residentsOf(meetingId), contactsOf(meetingId)]);
  return { residents, contacts };
}

/** The aggregate counters that change when a kiosk answer comes, goes or changes its respondent. */
const KIOSK_COUNTERS = [`source${SEP}kiosk`, `localRespondent${SEP}`, `respondent${SEP}`];
/** Per meeting: the residents counted at the last full read, and the kiosk counters then. */
const residentsAt = new Map<string, { counters: string; residents: number }>();

/**
 * kioskCounts for the live count on the meeting screen: it reads the meeting's aggregate row (one
 * small row, kept in the same transaction as every contribution) and reads the meeting's records
 * again only when the row's kiosk counters changed since the last full read. A facilitator's save
 * changes other counters only: it costs one small read, not the whole meeting (and the live query
 * then watches that row, not every contribution of the meeting).
 */
export async function kioskCountsOfMeeting(
  processId: string,
  meetingId: string,
): Promise<{ residents: number; contacts: number }> {
  // The row is stored packed against its process's key list: both come in one read.
  const [[row, keys], contacts] = await Promise.all([
    db.aggregates.bulkGet([aggregateId(processId, meetingId), aggregateKeysId(processId)]),
    contactsOf(meetingId),
  ]);
  const agg =
    row && !isAggregateKeys(row)
      ? unpackAggregate(row, keys && isAggregateKeys(keys) ? keys.keys : [])
      : undefined;
  const counters = JSON.stringify(
    Object.entries(agg?.counts ?? {})
      .filter(([k]) => KIOSK_COUNTERS.some((p) => k.startsWith(p)))
      .sort(([a], [b]) => byCode(a, b)),
  );
  const key = aggregateId(processId, meetingId);
  const known = residentsAt.get(key);
  if (known && known.counters === counters) return { residents: known.residents, contacts };
  const residents = await residentsOf(meetingId);
  residentsAt.set(key, { counters, residents });
  return { residents, contacts };
}
