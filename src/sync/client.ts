/**
 * A typed client of the sync service (server/app.ts): fetch only (no Dexie, no DOM), so the app,
 * the tests and the load test use the same code. Every failure is a SyncError with a `kind` a
 * program can act on and a Dutch `message` a person can read (the service's own sentence when it
 * sent one).
 */
import type { ZodType } from '../domain/zod';
import { sync as nlSync } from '../i18n/nl/sync';
import {
  bundlePageSchema,
  devicesSchema,
  healthSchema,
  meSchema,
  pairedSchema,
  pairingCodeSchema,
  policySchema,
  publicationPageSchema,
  pushResultSchema,
  revokedSchema,
} from './responses';
import {
  API_PREFIX,
  type BundlePage,
  type DeviceInfo,
  type ErrorBody,
  type Health,
  type Me,
  type Paired,
  type PairingCode,
  type PairRequest,
  type Policy,
  type PublicationPage,
  type PushResult,
  type Role,
  type SetupRequest,
  SYNC_ERROR_CODES,
  type SyncErrorCode,
} from './types';

export type * from './types';

/** What went wrong, as far as a program needs to know. */
export type SyncErrorKind =
  /** No connection to the service (network off, server down, DNS, CORS): try again later. */
  | 'offline'
  /** The coordinator revoked this device: stop syncing, keep the data, tell the user. */
  | 'revoked'
  /** The token is unknown (never paired, or paired again elsewhere): pair again. */
  | 'unauthorized'
  /** Only a coordinator may do this. */
  | 'forbidden'
  /** The pairing or set-up code has expired. */
  | 'expiredCode'
  /** The code was used before. */
  | 'usedCode'
  /** The code does not exist (typo). */
  | 'invalidCode'
  /** The service refused the bundle (bad file, wrong device or process, not encrypted while required): do not retry the same bytes. */
  | 'refusedBundle'
  /** Too large for the service. */
  | 'tooLarge'
  /** Too many requests: wait `retryAfter` seconds. */
  | 'rateLimited'
  /** Not found. */
  | 'notFound'
  /** A bad request (a bug in the caller). */
  | 'badRequest'
  /** The service failed (5xx, or an answer that is not the API's): retry later with back-off. */
  | 'server';

const KIND_OF: Record<SyncErrorCode, SyncErrorKind> = {
  unauthorized: 'unauthorized',
  revoked: 'revoked',
  forbidden: 'forbidden',
  codeInvalid: 'invalidCode',
  codeExpired: 'expiredCode',
  codeUsed: 'usedCode',
  badRequest: 'badRequest',
  hashMismatch: 'refusedBundle',
  bundleRefused: 'refusedBundle',
  wrongKind: 'refusedBundle',
  wrongDevice: 'refusedBundle',
  wrongProcess: 'refusedBundle',
  encryptionRequired: 'refusedBundle',
  envelopeWithoutHeader: 'refusedBundle',
  notFound: 'notFound',
  tooLarge: 'tooLarge',
  rateLimited: 'rateLimited',
  serverError: 'server',
};

/** Dutch sentences for failures the service could not word itself (from the one catalogue). */
export const CLIENT_MESSAGES = {
  offline: nlSync['sync.code.offline'],
  server: nlSync['sync.code.unexpected'],
} as const;

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** HTTP status (0 when there was no answer). */
    readonly status: number,
    /** The service's error code, when it sent one. */
    readonly code?: SyncErrorCode,
    /** For a refused bundle: each reason, in Dutch. */
    readonly problems: string[] = [],
    /** For rateLimited: seconds to wait. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** Worth trying again later with the same request (offline, server trouble, rate limit). */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server' || this.kind === 'rateLimited';
  }
}

export interface SyncClientOptions {
  /** The service's address, e.g. https://sync.gemeente.nl (without /api/v1). */
  baseUrl: string;
  token?: string | undefined;
  /** Another fetch (tests); default the global one. */
  fetch?: typeof fetch;
  /** Give up on a request after this many ms (default 60 s); counts as offline. */
  timeoutMs?: number;
}

/** The bytes of a bundle file as it is stored and sent: UTF-8 of its text. */
export type BundleBody = string | Uint8Array;

const encoder = new TextEncoder();
const bytesOf = (b: BundleBody): Uint8Array<ArrayBuffer> =>
  (typeof b === 'string' ? encoder.encode(b) : b) as Uint8Array<ArrayBuffer>;

/** SHA-256 of the bytes, lower-case hex: the bundle's address on the service. */
export async function contentAddress(body: BundleBody): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytesOf(body)));
  let out = '';
  for (const b of digest) out += b.toString(16).padStart(2, '0');
  return out;
}

export class SyncClient {
  readonly baseUrl: string;
  token: string | undefined;
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;

  constructor(opts: SyncClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.token = opts.token;
    this.fetchFn = opts.fetch ?? ((...args) => fetch(...args));
    this.timeoutMs = opts.timeoutMs ?? 60_000;
  }

  /** A client for the same service with a token (after pairing). */
  withToken(token: string): SyncClient {
    return new SyncClient({ baseUrl: this.baseUrl, token, fetch: this.fetchFn, timeoutMs: this.timeoutMs });
  }

  private async request(path: string, init: RequestInit = {}, auth = true): Promise<Response> {
    const headers = new Headers(init.headers);
    if (auth && this.token) headers.set('Authorization', `Bearer ${this.token}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let res: Response;
    try {
      res = await this.fetchFn(`${this.baseUrl}${path}`, { ...init, headers, signal: controller.signal });
    } catch (cause) {
      const e = new SyncError('offline', CLIENT_MESSAGES.offline, 0);
      // For logs and tests: why fetch failed (DNS, refused, reset, timeout).
      (e as Error).cause = cause;
      throw e;
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) return res;
    throw await errorOf(res);
  }

  /**
   * The answer's JSON, checked against the API's shape (./responses.ts): anything else (not JSON, a
   * field missing or of the wrong type) is "unexpected" and nothing is handed on.
   */
  private async json<T>(path: string, schema: ZodType<T>, init: RequestInit = {}, auth = true): Promise<T> {
    const res = await this.request(path, init, auth);
    let value: unknown;
    try {
      value = await res.json();
    } catch {
      throw unexpected(res.status);
    }
    const checked = schema.safeParse(value);
    if (!checked.success) throw unexpected(res.status);
    return checked.data;
  }

  private post<T>(path: string, schema: ZodType<T>, body: unknown, auth = true, method = 'POST'): Promise<T> {
    return this.json<T>(
      path,
      schema,
      { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) },
      auth,
    );
  }

  /** GET /health: resolves when the service is up and migrated. */
  health(): Promise<Health> {
    return this.json<Health>('/health', healthSchema, {}, false);
  }

  /** POST /api/v1/setup: the first coordinator of a process, with the set-up code from the service's log. */
  async setup(req: SetupRequest): Promise<Paired> {
    const paired = await this.post<Paired>(`${API_PREFIX}/setup`, pairedSchema, req, false);
    this.token = paired.token;
    return paired;
  }

  /** POST /api/v1/pair: a tablet (or another coordinator) with a code the coordinator showed. */
  async pair(req: PairRequest): Promise<Paired> {
    const paired = await this.post<Paired>(`${API_PREFIX}/pair`, pairedSchema, req, false);
    this.token = paired.token;
    return paired;
  }

  /** GET /api/v1/me: who this token is, and the process's encryption policy. */
  me(): Promise<Me> {
    return this.json<Me>(`${API_PREFIX}/me`, meSchema);
  }

  /** POST /api/v1/pairing-codes (coordinator): a one-time code, valid 15 minutes. */
  createPairingCode(role: Role = 'device'): Promise<PairingCode> {
    return this.post<PairingCode>(`${API_PREFIX}/pairing-codes`, pairingCodeSchema, { role });
  }

  private async put(path: string, body: BundleBody, sha256?: string): Promise<PushResult> {
    const bytes = bytesOf(body);
    const sha = sha256 ?? (await contentAddress(bytes));
    const res = await this.json<PushResult>(`${path}/${sha}`, pushResultSchema, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    // An acknowledgement of other bytes is no acknowledgement of these.
    if (res.sha256 !== sha) throw unexpected(200);
    return res;
  }

  /** PUT /api/v1/bundles/:sha256: this device's bundle file (plain or encrypted), exactly as exported. */
  pushBundle(body: BundleBody, sha256?: string): Promise<PushResult> {
    return this.put(`${API_PREFIX}/bundles`, body, sha256);
  }

  /** GET /api/v1/bundles?after= (coordinator): the next page of bundles after a cursor ("0" or omitted: from the start). */
  listBundles(after?: string): Promise<BundlePage> {
    return this.json<BundlePage>(
      `${API_PREFIX}/bundles${after ? `?after=${encodeURIComponent(after)}` : ''}`,
      bundlePageSchema,
    ).then((page) => forward(page, page.bundles, after));
  }

  /** GET /api/v1/bundles/:sha256 (coordinator): the bundle file's text. */
  async getBundle(sha256: string): Promise<string> {
    return (await this.request(`${API_PREFIX}/bundles/${sha256}`)).text();
  }

  /** PUT /api/v1/publications/:sha256 (coordinator): a publication bundle (kind "publish"). */
  pushPublication(body: BundleBody, sha256?: string): Promise<PushResult> {
    return this.put(`${API_PREFIX}/publications`, body, sha256);
  }

  /** GET /api/v1/publications?after=: publications of the process (any paired device). */
  listPublications(after?: string): Promise<PublicationPage> {
    return this.json<PublicationPage>(
      `${API_PREFIX}/publications${after ? `?after=${encodeURIComponent(after)}` : ''}`,
      publicationPageSchema,
    ).then((page) => forward(page, page.publications, after));
  }

  /** GET /api/v1/publications/:sha256: a publication's text. */
  async getPublication(sha256: string): Promise<string> {
    return (await this.request(`${API_PREFIX}/publications/${sha256}`)).text();
  }

  /** GET /api/v1/devices (coordinator): the paired devices, revoked ones included. */
  async listDevices(): Promise<DeviceInfo[]> {
    return (await this.json<{ devices: DeviceInfo[] }>(`${API_PREFIX}/devices`, devicesSchema)).devices;
  }

  /** DELETE /api/v1/devices/:deviceId (coordinator): revoke a device; its token stops working. */
  async revokeDevice(deviceId: string): Promise<void> {
    await this.json(`${API_PREFIX}/devices/${encodeURIComponent(deviceId)}`, revokedSchema, {
      method: 'DELETE',
    });
  }

  /** PUT /api/v1/process/policy (coordinator): whether bundles must be encrypted. */
  setPolicy(encryptionRequired: boolean): Promise<Policy> {
    return this.post<Policy>(
      `${API_PREFIX}/process/policy`,
      policySchema,
      { encryptionRequired },
      true,
      'PUT',
    );
  }

  /**
   * Every bundle after `after`, page by page (coordinator): yields each page's items with the
   * cursor to store once they are merged.
   */
  async *pullBundles(after = '0'): AsyncGenerator<BundlePage> {
    let cursor = after;
    for (;;) {
      const page = await this.listBundles(cursor);
      if (page.bundles.length) yield page;
      cursor = page.next;
      if (!page.more) return;
    }
  }
}

/** A wrong or hostile answer: the catalogue's "unexpected answer", retried later like server trouble. */
const unexpected = (status: number) => new SyncError('server', CLIENT_MESSAGES.server, status);

/**
 * A page moves forward: every cursor after `after`, in order, and `next` not behind the last one.
 * A service that sent the same page again with `more` would keep a pull going for ever.
 */
function forward<P extends { next: string; more: boolean }>(
  page: P,
  list: { cursor: string }[],
  after: string | undefined,
): P {
  let last = after && /^\d{1,18}$/.test(after) ? BigInt(after) : 0n;
  for (const item of list) {
    const c = BigInt(item.cursor);
    if (c <= last) throw unexpected(200);
    last = c;
  }
  if (BigInt(page.next) < last || (page.more && !list.length)) throw unexpected(200);
  return page;
}

async function errorOf(res: Response): Promise<SyncError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await res.json()) as Partial<ErrorBody>;
  } catch {}
  const code =
    body && typeof body.error === 'string' && (SYNC_ERROR_CODES as readonly string[]).includes(body.error)
      ? (body.error as SyncErrorCode)
      : undefined;
  const retryAfter = Number(res.headers.get('Retry-After')) || undefined;
  if (!code || typeof body?.message !== 'string') {
    // Not the service's answer (a proxy's error page, a 502): treat as server trouble.
    return new SyncError('server', CLIENT_MESSAGES.server, res.status);
  }
  const problems = Array.isArray(body.problems) ? body.problems.filter((p) => typeof p === 'string') : [];
  return new SyncError(KIND_OF[code], body.message, res.status, code, problems, retryAfter);
}
