/**
 * The app's view of the sync service (issue 15): the few calls the tablet and the coordinator make,
 * over `fetch` only. Built against the service's announced API (server/, src/sync/client.ts on the
 * sync-server branch); the scheduler and the screens take an `SyncApi`, so the tests give them a
 * fake server. Every refusal arrives as `{ error, message }` (Dutch) and becomes a SyncHttpError.
 */

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

export function createSyncApi(server: string, token: string | null, fetchFn: Fetch = fetch): SyncApi {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let res: Response;
    try {
      // No cookies, no referrer: the token is the only credential.
      res = await fetchFn(`${server}${path}`, {
        ...init,
        headers,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
    } catch (e) {
      throw new SyncNetworkError(e);
    }
    if (!res.ok) {
      let code = `http${res.status}`;
      let message = '';
      try {
        const body = (await res.json()) as { error?: unknown; message?: unknown };
        if (typeof body.error === 'string') code = body.error;
        if (typeof body.message === 'string') message = body.message;
      } catch {}
      throw new SyncHttpError(res.status, code, message);
    }
    return res;
  };
  const json = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await call(path, init);
    try {
      return (await res.json()) as T;
    } catch (e) {
      throw new SyncNetworkError(e);
    }
  };
  const text = async (path: string): Promise<string> => {
    const res = await call(path);
    try {
      return await res.text();
    } catch (e) {
      throw new SyncNetworkError(e);
    }
  };
  const post = <T>(path: string, body: unknown) =>
    json<T>(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const put = async (path: string, body: string, type = 'application/octet-stream') => {
    await call(path, { method: 'PUT', headers: { 'Content-Type': type }, body });
  };
  const q = (after: string | number | null) =>
    after === null ? '' : `?after=${encodeURIComponent(String(after))}`;
  const page = <T>(raw: Record<string, unknown>, key: string): Page<T> => ({
    items: Array.isArray(raw[key]) ? (raw[key] as T[]) : [],
    next: (raw.next as string | number | null | undefined) ?? null,
    ...(typeof raw.more === 'boolean' ? { more: raw.more } : {}),
  });
  return {
    async health() {
      try {
        await call('/health');
        return true;
      } catch {
        return false;
      }
    },
    setup: (input) => post<Paired>('/api/v1/setup', input),
    pair: (input) => post<Paired>('/api/v1/pair', input),
    pairingCode: () => post('/api/v1/pairing-codes', {}),
    pushBundle: (sha, body) => put(`/api/v1/bundles/${sha}`, body),
    listBundles: async (after) =>
      page<BundleInfo>(await json<Record<string, unknown>>(`/api/v1/bundles${q(after)}`), 'bundles'),
    getBundle: (sha) => text(`/api/v1/bundles/${sha}`),
    publish: (sha, body) => put(`/api/v1/publications/${sha}`, body),
    listPublications: async (after) =>
      page<PublicationInfo>(
        await json<Record<string, unknown>>(`/api/v1/publications${q(after)}`),
        'publications',
      ),
    getPublication: (sha) => text(`/api/v1/publications/${sha}`),
    devices: async () => {
      const raw = await json<unknown>('/api/v1/devices');
      if (Array.isArray(raw)) return raw as DeviceInfo[];
      const list = (raw as { devices?: unknown }).devices;
      return Array.isArray(list) ? (list as DeviceInfo[]) : [];
    },
    revoke: async (deviceId) => {
      await call(`/api/v1/devices/${encodeURIComponent(deviceId)}`, { method: 'DELETE' });
    },
    setPolicy: async (policy) => {
      await call('/api/v1/process/policy', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(policy),
      });
    },
  };
}
