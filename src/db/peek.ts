/**
 * What the app frame must know before its first paint, read without Dexie (issue 12: Dexie is off the
 * first screen's critical path; it loads while the frame paints). One read-only look into the
 * database with the browser's own IndexedDB: is there a database at all (a fresh device has none),
 * is a process stored, is the tablet in kiosk mode. A fresh device's database is not created here:
 * the open is aborted in its upgrade, so Dexie creates it later with its own version history.
 */
export const KIOSK_MODE_KEY = 'kiosk.mode';
const DB_NAME = 'buurtstem';

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

/** The IndexedDB version of the database as the start-up peek found it (undefined: no peek, none stored). */
let installedVersion: number | undefined;

/**
 * The native IndexedDB version of the stored database that the peek saw (Dexie's version × 10), or
 * undefined when no peek saw one (a fresh device, no peek yet, a peek that failed). src/db/schema.ts
 * declares only the current schema when it is the current version (nothing to upgrade).
 */
export function installedVersionAtStart(): number | undefined {
  return installedVersion;
}

export interface StartPeek {
  /** A process is stored (false on a fresh device). */
  hasProcess: boolean;
  kiosk: KioskMode | null;
}

/**
 * The peek, or `undefined` when it could not tell (no IndexedDB, an error, a store missing, or no
 * answer within `timeoutMs`, e.g. an upgrade of another tab holding the database): the caller then
 * asks Dexie, as before.
 */
export function peekAtStart(timeoutMs = 1500): Promise<StartPeek | undefined> {
  installedVersion = undefined;
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: StartPeek | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
    };
    setTimeout(() => finish(undefined), timeoutMs);
    try {
      if (typeof indexedDB === 'undefined') return finish(undefined);
      const req = indexedDB.open(DB_NAME);
      // No database yet: a fresh device. Abort, so none is created with a version Dexie did not set;
      // the answer waits for the abort to end (the error event), so Dexie's open never meets it.
      let fresh = false;
      req.onupgradeneeded = () => {
        fresh = true;
        req.transaction?.abort();
      };
      req.onerror = (e) => {
        e.preventDefault();
        finish(fresh ? { hasProcess: false, kiosk: null } : undefined);
      };
      req.onblocked = () => finish(undefined);
      req.onsuccess = () => {
        const idb = req.result;
        installedVersion = idb.version;
        try {
          const names = idb.objectStoreNames;
          if (!names.contains('processes') || !names.contains('kv')) {
            idb.close();
            return finish(undefined);
          }
          const tx = idb.transaction(['processes', 'kv'], 'readonly');
          const count = tx.objectStore('processes').count();
          const mode = tx.objectStore('kv').get(KIOSK_MODE_KEY);
          tx.oncomplete = () =>
            finish({
              hasProcess: count.result > 0,
              kiosk: readKioskMode((mode.result as { value?: unknown } | undefined)?.value),
            });
          tx.onerror = () => finish(undefined);
          tx.onabort = () => finish(undefined);
          // Closes once the read is done; Dexie opens its own connection (an upgrade is never blocked by this one).
          idb.close();
        } catch {
          idb.close();
          finish(undefined);
        }
      };
    } catch {
      finish(undefined);
    }
  });
}
