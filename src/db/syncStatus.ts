/**
 * Light, read-mostly state of the sync service on this device (issue 15): the set-up (server
 * address, token, role), the hand-in state and the outbox. All of it lives in `kv`, which is never
 * exported: the token cannot leave the device in a bundle. No zod and no exchange code here, so
 * the status bar and the start-up check stay in the first load.
 */
import { EXCHANGE_KV, type ExportHistoryItem, unexportedCount } from './exchangeStatus';
import { db } from './schema';
import { write } from './write';

export const SYNC_KV = {
  config: 'sync.config',
  state: 'sync.state',
  outbox: 'sync.outbox',
  queued: 'sync.queued',
} as const;

export type SyncRole = 'coordinator' | 'device';

/** Set when this device was paired (tablet) or set up (coordinator) with the service. */
export interface SyncConfig {
  server: string;
  token: string;
  role: SyncRole;
  processId: string;
  deviceId: string;
  /** The process passphrase: bundles travel encrypted with it (PBKDF2 + AES-GCM envelope). */
  passphrase?: string | undefined;
  /** The service said the process asks for encrypted bundles. */
  encryptionRequired?: boolean | undefined;
  pairedAt: string;
}

export interface SyncError {
  /** The server's error code, or `network`. */
  code: string;
  /** The server's Dutch message (may be empty: the app then says it in its own words). */
  message: string;
  at: string;
}

export interface SyncState {
  lastPushAt?: string;
  lastPullAt?: string;
  lastAttemptAt?: string;
  /** Failed attempts in a row (back-off grows with it; 0 after a success). */
  failures: number;
  /** No automatic attempt before this time (ms). */
  nextAttemptAt?: number;
  error?: SyncError | undefined;
  /** The server refused this device's token: it was revoked. Nothing is sent any more; data stays. */
  revoked?: boolean;
  bundleCursor?: string | number | null;
  publicationCursor?: string | number | null;
  /** Bundles sent (tablet) or fetched and merged (coordinator), in total. */
  pushed: number;
  pulled: number;
}

/** A bundle made for the service and not yet accepted by it: the exact bytes, so a retry is the same file. */
export interface OutboxItem {
  sha256: string;
  text: string;
  exportSeq: number;
  records: number;
  madeAt: string;
}

/**
 * Which of this device's exports are in the outbox or handed in already: every number up to
 * `upTo`, and the numbers in `also`. Written in the same transaction as the outbox, so after a
 * crash between an export (which marks its changes as exported) and its outbox write, the export
 * history shows the export that never reached the outbox (`missingHandIns`).
 */
export interface QueuedExports {
  upTo: number;
  also: number[];
}

const EMPTY_STATE: SyncState = { failures: 0, pushed: 0, pulled: 0 };

const kvValue = async <T>(key: string): Promise<T | undefined> =>
  (await db.kv.get(key))?.value as T | undefined;

/** `seq` added; `also` keeps only numbers above `upTo`, and `upTo` moves over what follows it. */
export function withQueued(q: QueuedExports, seq: number, floor = 0): QueuedExports {
  let upTo = Math.max(q.upTo, floor);
  const also = new Set([...q.also, seq].filter((n) => n > upTo));
  while (also.delete(upTo + 1)) upTo++;
  return { upTo, also: [...also].sort((a, b) => a - b) };
}

const isQueued = (q: QueuedExports, seq: number) => seq <= q.upTo || q.also.includes(seq);

/**
 * The queued exports, started when missing: every export made so far counts as queued (made before
 * pairing, or before this bookkeeping existed: not handed in afterwards, as before).
 */
async function queuedExports(): Promise<QueuedExports> {
  const q = await kvValue<QueuedExports>(SYNC_KV.queued);
  if (q) return q;
  const start: QueuedExports = { upTo: (await kvValue<number>(EXCHANGE_KV.exportSeq)) ?? 0, also: [] };
  await db.kv.put({ key: SYNC_KV.queued, value: start });
  return start;
}

export async function getSyncConfig(): Promise<SyncConfig | undefined> {
  return (await db.kv.get(SYNC_KV.config))?.value as SyncConfig | undefined;
}

export async function getSyncState(): Promise<SyncState> {
  return { ...EMPTY_STATE, ...((await db.kv.get(SYNC_KV.state))?.value as Partial<SyncState> | undefined) };
}

export async function getOutbox(): Promise<OutboxItem[]> {
  return ((await db.kv.get(SYNC_KV.outbox))?.value as OutboxItem[] | undefined) ?? [];
}

/** Save the set-up (after pairing); a fresh state, so an earlier refusal does not linger. */
export async function saveSyncConfig(config: SyncConfig): Promise<void> {
  await write([], async () => {
    const prev = { ...EMPTY_STATE, ...((await db.kv.get(SYNC_KV.state))?.value as Partial<SyncState>) };
    await queuedExports();
    await db.kv.bulkPut([
      { key: SYNC_KV.config, value: config },
      {
        key: SYNC_KV.state,
        value: { ...EMPTY_STATE, pushed: prev.pushed, pulled: prev.pulled } satisfies SyncState,
      },
    ]);
  });
}

/** Change part of the set-up (the passphrase). */
export async function patchSyncConfig(patch: Partial<SyncConfig>): Promise<void> {
  await write([], async () => {
    const prev = (await db.kv.get(SYNC_KV.config))?.value as SyncConfig | undefined;
    if (prev) await db.kv.put({ key: SYNC_KV.config, value: { ...prev, ...patch } });
  });
}

/**
 * Stop syncing on this device: the token and the state go; every record and the outbox stay (a
 * bundle waiting in the outbox is already marked as exported: it is handed in after a new pairing).
 */
export async function forgetSync(): Promise<void> {
  await write([], async () => {
    await db.kv.bulkDelete([SYNC_KV.config, SYNC_KV.state, SYNC_KV.queued]);
  });
}

/** Change part of the state, in one transaction (read and write together). */
export async function patchSyncState(patch: (s: SyncState) => Partial<SyncState>): Promise<SyncState> {
  return write([], async () => {
    const prev = { ...EMPTY_STATE, ...((await db.kv.get(SYNC_KV.state))?.value as Partial<SyncState>) };
    const next = { ...prev, ...patch(prev) };
    await db.kv.put({ key: SYNC_KV.state, value: next });
    return next;
  });
}

/**
 * Put a bundle of this device in the outbox, once per checksum and once per export number: false
 * (nothing changed) when that export is queued or handed in already, e.g. remade after a crash
 * while the first one did reach the outbox after all.
 */
export async function addToOutbox(item: OutboxItem): Promise<boolean> {
  return write([], async () => {
    const list = (await kvValue<OutboxItem[]>(SYNC_KV.outbox)) ?? [];
    const before = await kvValue<QueuedExports>(SYNC_KV.queued);
    if (list.some((i) => i.sha256 === item.sha256)) return false;
    if (before && isQueued(before, item.exportSeq)) return false;
    const q = before ?? (await queuedExports());
    await db.kv.bulkPut([
      { key: SYNC_KV.outbox, value: [...list, item] },
      { key: SYNC_KV.queued, value: withQueued(q, item.exportSeq) },
    ]);
    return true;
  });
}

/**
 * Exports this device made that are neither in the outbox nor handed in: a crash (or a failure)
 * came between the export and its outbox write. Their numbers, oldest first, to be made again
 * (`exportAgain`: same number and range). Exports older than the history cannot be made again and
 * stop being looked for.
 */
export async function missingHandIns(): Promise<number[]> {
  return write([], async () => {
    const q = await queuedExports();
    const history = (await kvValue<ExportHistoryItem[]>(EXCHANGE_KV.history)) ?? [];
    const outbox = (await kvValue<OutboxItem[]>(SYNC_KV.outbox)) ?? [];
    const oldest = Math.min(...history.map((h) => h.exportSeq));
    if (history.length && oldest - 1 > q.upTo) {
      await db.kv.put({ key: SYNC_KV.queued, value: withQueued(q, oldest - 1, oldest - 1) });
    }
    const inOutbox = new Set(outbox.map((i) => i.exportSeq));
    return history
      .map((h) => h.exportSeq)
      .filter((n) => !isQueued(q, n) && !inOutbox.has(n))
      .sort((a, b) => a - b);
  });
}

/** The service accepted this bundle: out of the outbox, and the time of the hand-in noted. */
export async function handedIn(sha256: string, at: Date): Promise<void> {
  await write([], async () => {
    const list = ((await db.kv.get(SYNC_KV.outbox))?.value as OutboxItem[] | undefined) ?? [];
    await db.kv.put({ key: SYNC_KV.outbox, value: list.filter((i) => i.sha256 !== sha256) });
    const prev = { ...EMPTY_STATE, ...((await db.kv.get(SYNC_KV.state))?.value as Partial<SyncState>) };
    const next: SyncState = {
      ...prev,
      lastPushAt: at.toISOString(),
      failures: 0,
      nextAttemptAt: undefined,
      error: undefined,
      pushed: prev.pushed + 1,
    };
    await db.kv.put({ key: SYNC_KV.state, value: next });
  });
}

export interface SyncStatus {
  config: Omit<SyncConfig, 'token' | 'passphrase'> & { hasPassphrase: boolean };
  state: SyncState;
  /** Changes on this device the service does not have yet (not exported, or in the outbox). */
  waiting: number;
  outbox: number;
}

/** For the status bar and the sync screen: undefined while sync is not set up. */
export async function syncStatus(): Promise<SyncStatus | undefined> {
  const config = await getSyncConfig();
  if (!config) return undefined;
  const [state, outbox, unexported] = await Promise.all([getSyncState(), getOutbox(), unexportedCount()]);
  const { token: _token, passphrase, ...rest } = config;
  return {
    config: { ...rest, hasPassphrase: !!passphrase },
    state,
    waiting: (config.role === 'device' ? unexported : 0) + outbox.reduce((n, i) => n + i.records, 0),
    outbox: outbox.length,
  };
}

/** Replace outbox entries (the same checksum order is kept). */
export async function replaceOutbox(change: (items: OutboxItem[]) => OutboxItem[]): Promise<void> {
  await write([], async () => {
    const list = ((await db.kv.get(SYNC_KV.outbox))?.value as OutboxItem[] | undefined) ?? [];
    await db.kv.put({ key: SYNC_KV.outbox, value: change(list) });
  });
}
