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

/** How many residents filled in on the kiosk during a meeting, and how many left a contact. */
export async function kioskCounts(meetingId: string): Promise<{ residents: number; contacts: number }> {
  const rows = (await db.contributions.where('meetingId').equals(meetingId).toArray()).filter(notDeleted);
  const residents = new Set(rows.filter((c) => c.source === 'kiosk').map((c) => c.respondentId ?? c.id));
  // Only those who want to hear back ("Wilt u meehelpen?" contacts are not feedback contacts; rows
  // from before issue 13 have no purpose and were all for feedback).
  const contacts = (await db.contacts.where('meetingId').equals(meetingId).toArray()).filter(
    (c) => notDeleted(c) && ((c as { purpose?: string }).purpose ?? 'terugkoppeling') === 'terugkoppeling',
  );
  return { residents: residents.size, contacts: contacts.length };
}
