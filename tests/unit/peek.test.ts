import { describe, expect, it } from 'vitest';
import { KIOSK_MODE_KEY } from '../../src/db/kioskState';
import { setKv } from '../../src/db/kv';
import { installedVersionAtStart, peekAtStart } from '../../src/db/peek';
import { CURRENT_VERSION, db, nativeVersion } from '../../src/db/schema';

/**
 * The start-up peek (src/db/peek.ts) tells the app frame, without Dexie, whether a process is
 * stored and whether the tablet is in kiosk mode; on a fresh device it must not create the
 * database (Dexie creates it with its own versions).
 */
const dbNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('start-up peek', () => {
  it('a fresh device: nothing stored, no kiosk, and no database created', async () => {
    db.close();
    await db.delete();
    expect(await dbNames()).not.toContain('buurtstem');
    expect(await peekAtStart()).toEqual({ hasProcess: false, kiosk: null });
    expect(await dbNames()).not.toContain('buurtstem');
    // No version seen: the database code declares the named migrations (src/db/schema.ts).
    expect(installedVersionAtStart()).toBeUndefined();
    // Dexie still opens and creates it at its own version afterwards.
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
  });

  it('reads a stored process and kiosk mode, and leaves Dexie able to work on', async () => {
    db.close();
    await db.delete();
    await db.open();
    expect(await peekAtStart()).toEqual({ hasProcess: false, kiosk: null });
    // The version Dexie stored, as IndexedDB numbers it.
    expect(installedVersionAtStart()).toBe(nativeVersion(CURRENT_VERSION));
    await db.processes.put({ id: 'p1' } as never);
    const mode = { meetingId: '0b7f2a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b', startedAt: '2026-11-30T10:00:00.000Z' };
    await setKv(KIOSK_MODE_KEY, mode);
    expect(await peekAtStart()).toEqual({ hasProcess: true, kiosk: mode });
    // A damaged kiosk value reads as "not in kiosk mode", as getKioskMode does.
    await setKv(KIOSK_MODE_KEY, { meetingId: 'not-a-uuid', startedAt: 'x' });
    expect((await peekAtStart())?.kiosk).toBeNull();
    expect(await db.processes.count()).toBe(1);
  });
});
