import { getKv } from './kv';
import { notDeleted } from './records';
import { db } from './schema';

/**
 * The light part of the kiosk repository, without zod: what the app frame needs on every start
 * (is this tablet in kiosk mode?) and what the meeting screen shows (counts). The rest is in
 * src/db/kiosk.ts, loaded with the kiosk screens.
 */
export const KIOSK_MODE_KEY = 'kiosk.mode';

export interface KioskMode {
  meetingId: string;
  /** ISO date-time the tablet was handed over. */
  startedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Check a stored kiosk mode (a boundary: the kv table is only local, but may be damaged). */
export function readKioskMode(value: unknown): KioskMode | null {
  if (!value || typeof value !== 'object') return null;
  const { meetingId, startedAt } = value as Record<string, unknown>;
  if (typeof meetingId !== 'string' || !UUID.test(meetingId)) return null;
  if (typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) return null;
  return { meetingId, startedAt };
}

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
