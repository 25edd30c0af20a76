/**
 * One round of sync (issue 15 item 5), as small slices of work: between two slices the engine
 * waits for idle time (and for the user to stop typing), so a hand-in never slows the screen.
 * Tablet: export what is new into the outbox, push the outbox (exact bytes, content-addressed: a
 * retry can never store anything twice), then fetch publications. Coordinator: fetch every bundle
 * not seen yet and merge each through the file import path. No Dexie here: the database work is in
 * src/db/sync*.ts, so the tests drive this with a fake server.
 */
import { unexportedCount } from '../../db/exchangeStatus';
import { importSynced, makeHandIn, recoverHandIns, sealOutbox } from '../../db/sync';
import {
  getOutbox,
  getSyncConfig,
  getSyncState,
  handedIn,
  patchSyncState,
  type SyncConfig,
  type SyncError,
} from '../../db/syncStatus';
import { type SyncApi, SyncHttpError, SyncNetworkError } from './api';

export type RoundResult =
  | { ok: true; pushed: number; pulled: number; refusedFiles: number }
  | { ok: false; error: SyncError; revoked: boolean };

export interface RoundDeps {
  api: (config: SyncConfig) => SyncApi;
  /** Resolves when the next small piece of work may run (idle time, nobody typing). */
  slice: () => Promise<void>;
  now: () => number;
  random: () => number;
}

/** Back-off after `failures` failed rounds in a row: 5 s, 10 s, 20 s … up to 5 minutes, with jitter. */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 5 * 60_000;
export function backoffMs(failures: number, random: number): number {
  const raw = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);
  // Between 75 % and 100 %: tablets that lost the network together do not all return at once.
  return Math.round(raw * (0.75 + 0.25 * random));
}

/**
 * A refusal that means this device may no longer sync by itself: revoked by the coordinator, or a
 * token the service does not know (paired again elsewhere). Retrying cannot help; pairing can.
 */
export function isRevoked(e: unknown): boolean {
  return (
    e instanceof SyncHttpError && (e.status === 401 || e.code === 'revoked' || e.code === 'unauthorized')
  );
}

const PAGE_LIMIT = 50;

/** A bundle that cannot be read without (the right) process passphrase: the round stops before it. */
export class PassphraseNeeded extends Error {
  constructor() {
    super('passphrase');
    this.name = 'PassphraseNeeded';
  }
}

async function pullAll(
  config: SyncConfig,
  deps: RoundDeps,
  kind: 'bundles' | 'publications',
): Promise<{ pulled: number; refused: number }> {
  const api = deps.api(config);
  const cursorKey = kind === 'bundles' ? 'bundleCursor' : 'publicationCursor';
  let cursor = (await getSyncState())[cursorKey] ?? null;
  let pulled = 0;
  let refused = 0;
  for (let pages = 0; pages < PAGE_LIMIT; pages++) {
    await deps.slice();
    const page = kind === 'bundles' ? await api.listBundles(cursor) : await api.listPublications(cursor);
    for (const item of page.items) {
      await deps.slice();
      const text =
        kind === 'bundles' ? await api.getBundle(item.sha256) : await api.getPublication(item.sha256);
      const seq = 'exportSeq' in item ? `_${String(item.exportSeq).padStart(3, '0')}` : '';
      const report = await importSynced(
        text,
        `sync_${kind === 'bundles' ? 'tablet' : 'publicatie'}${seq}_${item.sha256.slice(0, 8)}`,
        config.passphrase || undefined,
      );
      const code = report.problems[0]?.code;
      // Without the right passphrase the cursor stays: once it is filled in, the bundle is fetched again.
      if (code === 'needsPassphrase' || code === 'wrongPassphrase') throw new PassphraseNeeded();
      if (report.status === 'refused') refused++;
      pulled++;
      // The cursor moves after each merge: an interruption fetches at most this one again (and a
      // second merge of the same bundle changes nothing).
      cursor = item.cursor;
      await patchSyncState((s) => ({
        [cursorKey]: cursor,
        pulled: s.pulled + 1,
        ...(report.status === 'refused'
          ? { error: { code: 'importRefused', message: code ?? '', at: new Date(deps.now()).toISOString() } }
          : {}),
      }));
    }
    if (!page.items.length || page.more === false || page.next === null || page.next === undefined) break;
    cursor = page.next;
  }
  return { pulled, refused };
}

async function pushAll(config: SyncConfig, deps: RoundDeps): Promise<number> {
  const api = deps.api(config);
  await deps.slice();
  // An export that a crash kept from the outbox first (made again with its own number), then what is new.
  await recoverHandIns(new Date(deps.now()));
  if ((await unexportedCount()) > 0) await makeHandIn(new Date(deps.now()));
  // Bundles made before the passphrase was filled in travel encrypted too.
  if (config.passphrase) await sealOutbox(config.passphrase);
  let pushed = 0;
  for (const item of await getOutbox()) {
    await deps.slice();
    await api.pushBundle(item.sha256, item.text);
    await handedIn(item.sha256, new Date(deps.now()));
    pushed++;
  }
  return pushed;
}

/**
 * One round. `manual`: "Nu synchroniseren" (also runs for a revoked device, so the user sees the
 * refusal again). Failures are kept in the state with the time of the next automatic attempt.
 */
export async function runRound(
  deps: RoundDeps,
  opts: { manual?: boolean } = {},
): Promise<RoundResult | null> {
  const config = await getSyncConfig();
  if (!config) return null;
  const before = await getSyncState();
  if (before.revoked && !opts.manual) return null;
  const at = () => new Date(deps.now()).toISOString();
  await patchSyncState(() => ({ lastAttemptAt: at() }));
  try {
    let pushed = 0;
    let pulled = 0;
    let refusedFiles = 0;
    if (config.role === 'device') {
      pushed = await pushAll(config, deps);
      const p = await pullAll(config, deps, 'publications');
      pulled = p.pulled;
      refusedFiles = p.refused;
    } else {
      const p = await pullAll(config, deps, 'bundles');
      pulled = p.pulled;
      refusedFiles = p.refused;
    }
    await patchSyncState(() => ({
      failures: 0,
      nextAttemptAt: undefined,
      revoked: false,
      ...(refusedFiles ? {} : { error: undefined }),
      ...(config.role === 'coordinator' || pulled ? { lastPullAt: at() } : {}),
    }));
    return { ok: true, pushed, pulled, refusedFiles };
  } catch (e) {
    const revoked = isRevoked(e);
    const error: SyncError =
      e instanceof SyncHttpError
        ? {
            code: e.code === 'unauthorized' ? 'unauthorized' : revoked ? 'revoked' : e.code,
            message: e.serverMessage,
            at: at(),
          }
        : e instanceof PassphraseNeeded
          ? { code: 'needsPassphrase', message: '', at: at() }
          : e instanceof SyncNetworkError
            ? { code: 'network', message: '', at: at() }
            : { code: 'failed', message: '', at: at() };
    if (!(e instanceof SyncHttpError) && !(e instanceof PassphraseNeeded) && !(e instanceof SyncNetworkError))
      console.error('sync', e);
    await patchSyncState((s) => ({
      failures: s.failures + 1,
      nextAttemptAt: revoked ? undefined : deps.now() + backoffMs(s.failures + 1, deps.random()),
      error,
      revoked,
    }));
    return { ok: false, error, revoked };
  }
}
