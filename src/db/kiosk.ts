import { type ContactFields, contributionSlot, effectiveTimings, type KioskTimings } from '../domain/kiosk';
import {
  hashPin,
  hashRecoveryCode,
  isLocked,
  lockRemainingMs,
  NO_LOCK,
  newRecoveryCode,
  type PinLock,
  pinHashSchema,
  pinLockSchema,
  registerFailure,
  triesLeft,
  verifyPin,
  verifyRecoveryCode,
} from '../domain/pin';
import type { PriorityVoteFields } from '../domain/votes';
import { newContactRow } from './contacts';
import { type ContributionInput, insertContributions } from './contributions';
import { KIOSK_PIN_KEY } from './kioskPin';
import { KIOSK_MODE_KEY, type KioskMode, readKioskMode } from './kioskState';
import { getKv } from './kv';
import { db } from './schema';
import { type RecordFields, write } from './write';

export { hasKioskPin, KIOSK_PIN_KEY } from './kioskPin';
/**
 * Kiosk mode on this device (local only, never exported): whether the tablet is in resident mode
 * and for which meeting, the facilitator PIN (hash only), the lockout, and the resident's
 * in-progress answers (a draft that is thrown away when sent or abandoned).
 */
export { getKioskMode, KIOSK_MODE_KEY, type KioskMode, kioskCounts } from './kioskState';
export const KIOSK_LOCK_KEY = 'kiosk.pinLock';
/** The hash of the one-time recovery code for a forgotten PIN (never the code itself). */
export const KIOSK_RECOVERY_KEY = 'kiosk.pinRecovery';
/** Optional shorter timings for tests and demonstrations, e.g. `{ "idleMs": 5000 }` (see effectiveTimings). */
export const KIOSK_TIMINGS_KEY = 'kiosk.timings';
export const KIOSK_SESSION_DRAFT = 'kiosk:session';

/** Hand the tablet to residents: from now on only the kiosk is shown, whatever the address. */
export async function startKiosk(meetingId: string): Promise<KioskMode> {
  const mode = readKioskMode({ meetingId, startedAt: new Date().toISOString() });
  if (!mode) throw new Error(`not a meeting id: ${meetingId}`);
  await write([db.drafts], async () => {
    await db.drafts.delete(KIOSK_SESSION_DRAFT);
    await db.kv.put({ key: KIOSK_MODE_KEY, value: mode });
  });
  return mode;
}

/** Back to the facilitator: unsent answers of a resident are discarded. */
export async function leaveKiosk(): Promise<void> {
  await write([db.drafts], async () => {
    await db.drafts.delete(KIOSK_SESSION_DRAFT);
    await db.kv.delete(KIOSK_MODE_KEY);
  });
}

export async function getKioskTimings(): Promise<KioskTimings> {
  return effectiveTimings(await getKv(KIOSK_TIMINGS_KEY));
}

// ---- PIN ----

/**
 * Store a new PIN (as a salted hash), clear any lockout and make a new one-time recovery code
 * (stored hashed). Returns the recovery code: shown once, to be written on paper.
 */
export async function setKioskPin(pin: string): Promise<string> {
  const hash = await hashPin(pin);
  const code = newRecoveryCode();
  const recovery = await hashRecoveryCode(code);
  await write([], async () => {
    await db.kv.put({ key: KIOSK_PIN_KEY, value: hash });
    await db.kv.put({ key: KIOSK_LOCK_KEY, value: NO_LOCK });
    await db.kv.put({ key: KIOSK_RECOVERY_KEY, value: recovery });
  });
  return code;
}

export async function hasRecoveryCode(): Promise<boolean> {
  return pinHashSchema.safeParse(await getKv(KIOSK_RECOVERY_KEY)).success;
}

/**
 * Check a recovery code. Wrong codes count towards the same lockout as wrong PINs (a resident
 * cannot guess their way out); while locked even the right code is refused.
 */
export async function checkRecoveryCode(code: string, now = Date.now()): Promise<PinCheck> {
  const { lockMs } = await getKioskTimings();
  const lock = await getPinLock();
  if (isLocked(lock, now, lockMs))
    return { ok: false, locked: true, remainingMs: lockRemainingMs(lock, now, lockMs) };
  const stored = pinHashSchema.safeParse(await getKv(KIOSK_RECOVERY_KEY));
  if (stored.success && (await verifyRecoveryCode(code, stored.data))) return { ok: true };
  const next = registerFailure(lock, now, { lockMs });
  await db.kv.put({ key: KIOSK_LOCK_KEY, value: next });
  if (isLocked(next, now, lockMs))
    return { ok: false, locked: true, remainingMs: lockRemainingMs(next, now, lockMs) };
  return { ok: false, locked: false, triesLeft: triesLeft(next) };
}

/**
 * A forgotten PIN: the recovery code (checked again here, so no screen can skip it) sets a new
 * PIN. The old code is spent; the new PIN comes with a new recovery code, which is returned.
 */
export async function recoverKioskPin(
  code: string,
  pin: string,
  now = Date.now(),
): Promise<{ ok: true; recoveryCode: string } | (PinCheck & { ok: false })> {
  const r = await checkRecoveryCode(code, now);
  if (!r.ok) return r;
  return { ok: true, recoveryCode: await setKioskPin(pin) };
}

export async function getPinLock(): Promise<PinLock> {
  const r = pinLockSchema.safeParse(await getKv(KIOSK_LOCK_KEY));
  return r.success ? r.data : NO_LOCK;
}

export type PinCheck =
  | { ok: true }
  | { ok: false; locked: true; remainingMs: number }
  | { ok: false; locked: false; triesLeft: number };

/**
 * Check the facilitator PIN. Wrong tries are counted in the database, so a reload does not give
 * new tries; while locked, even the right PIN is refused.
 */
export async function checkKioskPin(pin: string, now = Date.now()): Promise<PinCheck> {
  const { lockMs } = await getKioskTimings();
  const lock = await getPinLock();
  if (isLocked(lock, now, lockMs))
    return { ok: false, locked: true, remainingMs: lockRemainingMs(lock, now, lockMs) };
  const stored = pinHashSchema.safeParse(await getKv(KIOSK_PIN_KEY));
  const right = stored.success && (await verifyPin(pin, stored.data));
  if (right) {
    await db.kv.put({ key: KIOSK_LOCK_KEY, value: NO_LOCK });
    return { ok: true };
  }
  const next = registerFailure(lock, now, { lockMs });
  await db.kv.put({ key: KIOSK_LOCK_KEY, value: next });
  if (isLocked(next, now, lockMs))
    return { ok: false, locked: true, remainingMs: lockRemainingMs(next, now, lockMs) };
  return { ok: false, locked: false, triesLeft: triesLeft(next) };
}

// ---- The resident's in-progress answers ----

export async function loadKioskSession(): Promise<unknown> {
  return (await db.drafts.get(KIOSK_SESSION_DRAFT))?.value;
}

export async function saveKioskSession(session: unknown): Promise<void> {
  await db.drafts.put({ key: KIOSK_SESSION_DRAFT, value: session, savedAt: Date.now() });
}

export async function clearKioskSession(): Promise<void> {
  await db.drafts.delete(KIOSK_SESSION_DRAFT);
}

/**
 * Save one resident's answers at the end of "own words" (issue 13: the shortest path ends there):
 * the contributions (the insertContributions block), the contact if any (its own table, no
 * respondent id), their dots if any (a priority vote) and the removal of the in-progress draft, all
 * in one transaction: all or nothing. Returns the saved contributions' ids by slot
 * (contributionSlot), so the extra questions can update them.
 */
export async function saveKioskResponse(
  contributions: ContributionInput[],
  contact: ContactFields | null,
  /** Issue 6: the resident's dots over the published agenda, in the same transaction. */
  vote: PriorityVoteFields | null = null,
): Promise<Record<string, string>> {
  if (contributions.length === 0 && !vote) throw new Error('nothing to send');
  return write([db.contributions, db.contacts, db.votes, db.drafts], async (tx) => {
    const rows = contributions.length ? await insertContributions(tx, contributions) : [];
    // The contact rule: its own day-only stamp, no tick of the clock the answers use.
    if (contact) await db.contacts.add((await newContactRow(contact)) as never);
    if (vote) await tx.create('votes', vote);
    await db.drafts.delete(KIOSK_SESSION_DRAFT);
    return Object.fromEntries(rows.map((r) => [contributionSlot(r), r.id]));
  });
}

/**
 * The extra questions ("Wilt u nog iets meer vertellen?"), in one transaction: the contributions
 * saved before get the about-you answers and the assessments (a new version of the same record,
 * by slot); a contribution without a saved one is added; the contact and the dots are added as in
 * saveKioskResponse. Returns the ids by slot again.
 */
export async function saveKioskMore(
  saved: Readonly<Record<string, string>>,
  contributions: ContributionInput[],
  contact: ContactFields | null,
  vote: PriorityVoteFields | null = null,
): Promise<Record<string, string>> {
  return write([db.contributions, db.contacts, db.votes, db.drafts], async (tx) => {
    const ids: Record<string, string> = {};
    const fresh: ContributionInput[] = [];
    for (const c of contributions) {
      const id = saved[contributionSlot(c)];
      const prev = id ? await tx.get('contributions', id) : undefined;
      if (prev && !prev.deleted) {
        // A skipped question leaves its field out (as on a first save), never stored as undefined.
        const row = await tx.change('contributions', prev, {
          selfGroupIds: c.selfGroupIds,
          ...(c.residentBuurtId !== undefined ? { residentBuurtId: c.residentBuurtId } : {}),
          ...(c.ageBand !== undefined ? { ageBand: c.ageBand } : {}),
          themeAssessments: c.themeAssessments,
        });
        ids[contributionSlot(row)] = row.id;
      } else fresh.push(c);
    }
    for (const row of fresh.length ? await insertContributions(tx, fresh) : [])
      ids[contributionSlot(row)] = row.id;
    if (contact) await db.contacts.add((await newContactRow(contact)) as never);
    if (vote) await tx.create('votes', vote);
    await db.drafts.delete(KIOSK_SESSION_DRAFT);
    return ids;
  });
}

/**
 * "Wilt u meehelpen?": a resident's contact to offer help, under the same contact rule as feedback
 * contacts (own day-only stamp, no respondent id, its own transaction apart from the answers).
 */
export async function saveHelperContact(contact: ContactFields): Promise<void> {
  await write([db.contacts], async () => {
    await db.contacts.add((await newContactRow(contact)) as never);
  });
}

/** "Hoe vond u dit?": one experience record (who "resident", the meeting), linked to nothing else. */
export async function saveKioskExperience(fields: RecordFields<'experiences'>): Promise<void> {
  await write([db.experiences], (tx) => tx.create('experiences', fields));
}
