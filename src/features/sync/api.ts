/**
 * The app's view of the sync service (issue 15): the few calls the tablet and the coordinator make,
 * through the service's typed client (src/sync/client.ts). The scheduler and the screens take a
 * `SyncApi`, so the tests give them a fake server. A refusal (the service's `{ error, message }`,
 * Dutch) becomes a SyncHttpError; no answer at all a SyncNetworkError (try again later).
 */
import { SyncClient, SyncError } from '../../sync/client';

export type SyncRole = 'coordinator' | 'device';

export interface Paired {
  token: string;
  role: SyncRole;
  processId: string;
  /** The process asks for encrypted bundles (the service's default). */
  encryptionRequired?: boolean;
}

export interface BundleInfo {
  sha256: string;
  deviceId: string;
  exportSeq: number;
  size: number;
  receivedAt: string;
  cursor: string | number;
}

export interface PublicationInfo {
  sha256: string;
  size?: number;
  receivedAt?: string;
  cursor: string | number;
}

export interface DeviceInfo {
  deviceId: string;
  label: string;
  role?: SyncRole;
  pairedAt?: string;
  lastSeenAt?: string | null;
  revokedAt?: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | number | null;
  /** The service says whether another page follows (absent: ask until a page is empty). */
  more?: boolean;
}

/** The server answered with a refusal (4xx/5xx): its code and its Dutch message. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
  ) {
    super(`${status} ${code}: ${serverMessage}`);
    this.name = 'SyncHttpError';
  }
}

/** No answer at all: offline, server down, connection cut in the middle of an upload. */
export class SyncNetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'SyncNetworkError';
  }
}

export interface SyncApi {
  health(): Promise<boolean>;
  setup(input: {
    code: string;
    processId: string;
    deviceId: string;
    label: string;
    encryptionRequired: boolean;
  }): Promise<Paired>;
  pair(input: { code: string; deviceId: string; label: string }): Promise<Paired>;
  pairingCode(): Promise<{ code: string; expiresAt: string }>;
  pushBundle(sha256: string, body: string): Promise<void>;
  listBundles(after: string | number | null): Promise<Page<BundleInfo>>;
  getBundle(sha256: string): Promise<string>;
  publish(sha256: string, body: string): Promise<void>;
  listPublications(after: string | number | null): Promise<Page<PublicationInfo>>;
  getPublication(sha256: string): Promise<string>;
  devices(): Promise<DeviceInfo[]>;
  revoke(deviceId: string): Promise<void>;
  setPolicy(policy: { encryptionRequired: boolean }): Promise<void>;
}

/** "sync.example.nl" → "https://sync.example.nl"; no trailing slash; null when it is no web address. */
export function normaliseServer(input: string): string | null {
  let s = input.trim();
  if (!s || /\s/.test(s)) return null;
  if (!/^https?:\/\//i.test(s)) s = `https://${s}`;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (u.username || u.password || u.search || u.hash) return null;
    // A host name with a dot (sync.gemeente.nl), localhost, or an IP address; nothing else.
    const host = u.hostname;
    if (!/^[a-z0-9.-]+$/i.test(host) && !/^\[[0-9a-f:.]+\]$/i.test(host)) return null;
    if (!host.includes('.') && host !== 'localhost' && !host.startsWith('[')) return null;
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

type Fetch = typeof fetch;

/** The service's client (src/sync/client.ts), its errors in the two kinds the scheduler tells apart. */
async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof SyncError) {
      if (e.kind === 'offline' || e.status === 0) throw new SyncNetworkError(e);
      throw new SyncHttpError(e.status, e.code ?? e.kind, e.message);
    }
    throw new SyncNetworkError(e);
  }
}

export function createSyncApi(server: string, token: string | null, fetchFn?: Fetch): SyncApi {
  const client = new SyncClient({
    baseUrl: server,
    token: token ?? undefined,
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
  const page = <T>(items: T[], next: string, more: boolean): Page<T> => ({ items, next, more });
  const after = (a: string | number | null) => (a === null ? undefined : String(a));
  return {
    health: () =>
      client.health().then(
        () => true,
        () => false,
      ),
    setup: (input) => mapped(() => client.setup(input)),
    pair: (input) => mapped(() => client.pair(input)),
    pairingCode: () => mapped(() => client.createPairingCode('device')),
    pushBundle: async (sha, body) => {
      await mapped(() => client.pushBundle(body, sha));
    },
    listBundles: (a) =>
      mapped(async () => {
        const p = await client.listBundles(after(a));
        return page<BundleInfo>(p.bundles, p.next, p.more);
      }),
    getBundle: (sha) => mapped(() => client.getBundle(sha)),
    publish: async (sha, body) => {
      await mapped(() => client.pushPublication(body, sha));
    },
    listPublications: (a) =>
      mapped(async () => {
        const p = await client.listPublications(after(a));
        return page<PublicationInfo>(p.publications, p.next, p.more);
      }),
    getPublication: (sha) => mapped(() => client.getPublication(sha)),
    devices: () => mapped(() => client.listDevices()),
    revoke: (deviceId) => mapped(() => client.revokeDevice(deviceId)),
    setPolicy: async (policy) => {
      await mapped(() => client.setPolicy(policy.encryptionRequired));
    },
  };
}
