/**
 * The sync service's HTTP API (Hono). Tablets push the bundles they already export; coordinators
 * pull them and publish configuration back. The service stores bytes and the few header fields it
 * needs; it merges nothing (docs/FORMAT.md, docs/PRIVACY.md "Synchronisatiedienst").
 * Every refusal is `{ error, message }` in Dutch with a 4xx status and stores nothing.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { BundleKind } from '../src/exchange/format';
import { problem } from '../src/exchange/problems';
import { translateNl } from '../src/i18n/nl';
import {
  API_PREFIX,
  type DeviceInfo,
  type ErrorBody,
  type Me,
  type Paired,
  type PairingCode,
  type Policy,
  type PushResult,
  type Role,
  type StoredItem,
} from '../src/sync/types';
import { inspectBundle, problemText } from './check';
import { groupCode, newCode, newToken, normaliseCode, sha256 } from './codes';
import type { Db, Queryable } from './db';
import { ERRORS, type ErrorCode } from './messages';
import { RateLimiter } from './rateLimit';

export interface ServiceOptions {
  db: Db;
  /** Largest bundle the service takes, in bytes (default 50 MB; a file may be up to 200 MB). */
  maxBundleBytes?: number;
  /** Requests per minute per token (burst = one minute's worth). Default 1,200. */
  tokenRatePerMinute?: number;
  /** Failed set-up, pairing or token attempts per minute per address (guessing). Default 20. */
  codeRatePerMinute?: number;
  /** Origins allowed to call the API from a browser; default any ("*": bearer tokens, no cookies). */
  corsOrigin?: string | string[];
  /** Use X-Forwarded-For for the address (only behind your own reverse proxy). */
  trustProxy?: boolean;
  pairingCodeMinutes?: number;
  setupCodeHours?: number;
  /** Bundles per page of a pull (default 500). */
  pageSize?: number;
  /** The clock (tests move it to make codes expire). */
  now?: () => number;
}

interface Auth {
  processId: string;
  deviceId: string;
  label: string;
  role: Role;
  tokenHash: string;
  encryptionRequired: boolean;
  lastSeenMs: number;
}

/**
 * What a route looks up in the same statement as the token (see `auth`): one round trip instead of
 * two. PGlite runs one statement at a time, so on the hot paths (a push, a fetch of one bundle)
 * every statement saved is throughput; with PostgreSQL it is a round trip less per request.
 */
type Found = Record<string, unknown> | undefined;
type Env = { Variables: { auth: Auth; found: Found } };

/**
 * A LATERAL subquery run with the token lookup: `d` is the device row, $1 the token hash, its own
 * parameters from $2. Its columns (named apart from the device's) arrive in `found`.
 */
interface AlongWith {
  sql: string;
  params: (c: Context<Env>) => unknown[];
}

/** A refusal: the route stops, nothing is stored (every write is one statement or one transaction). */
class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string> = {},
    readonly problems?: string[],
  ) {
    super(code);
  }
}

function errorResponse(
  c: Context,
  code: ErrorCode,
  params: Record<string, string> = {},
  problems?: string[],
) {
  const status = ERRORS[code];
  const message = translateNl(`sync.code.${code}`, params);
  const body: ErrorBody = { error: code, message, ...(problems ? { problems } : {}) };
  if (code === 'rateLimited') c.header('Retry-After', params.retryAfter ?? '10');
  return c.json(body, status);
}

const SHA = /^[0-9a-f]{64}$/;
/** "50 MB", or "2 kB" for small limits (tests). */
const formatBytes = (n: number) =>
  n >= 1e6 ? `${Math.round(n / 1e5) / 10} MB` : `${Math.round(n / 100) / 10} kB`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A small JSON body, read and checked field by field (no schema library needed for four fields). */
async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  try {
    const v = (await c.req.json()) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {}
  throw new Refusal('badRequest');
}
const str = (v: unknown, re: RegExp): string => {
  if (typeof v !== 'string' || !re.test(v)) throw new Refusal('badRequest');
  return v;
};
const label = (v: unknown): string => {
  if (typeof v !== 'string' || v.trim() === '' || v.length > 60) throw new Refusal('badRequest');
  return v.trim();
};
/** Cursors are the row numbers as text ("0" = from the start). */
const cursorOf = (v: string | undefined): string => {
  if (v === undefined || v === '') return '0';
  if (!/^\d{1,18}$/.test(v)) throw new Refusal('badRequest');
  return String(BigInt(v));
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The body as text, or null when it is not UTF-8 (a bundle file always is). */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));

/** A stable 64-bit lock key per process: inserts of one process are serialised (see 001_init.sql). */
const lockKey = (processId: string) =>
  BigInt.asIntN(64, BigInt(`0x${processId.replace(/-/g, '').slice(0, 16)}`)).toString();

export interface Service {
  app: Hono<Env>;
  /** A new one-time coordinator set-up code (shown once; stored hashed). */
  newSetupCode(): Promise<{ code: string; expiresAt: string }>;
  /** Use a known set-up code (BUURTSTEM_SETUP_CODE, tests). */
  addSetupCode(code: string): Promise<void>;
}

export function createService(opts: ServiceOptions): Service {
  const db = opts.db;
  const now = opts.now ?? Date.now;
  const maxBundle = opts.maxBundleBytes ?? 50 * 1000 * 1000;
  const tokenLimiter = new RateLimiter(opts.tokenRatePerMinute ?? 1200, now);
  const codeLimiter = new RateLimiter(opts.codeRatePerMinute ?? 20, now);
  const pageSize = opts.pageSize ?? 500;
  const pairingMs = (opts.pairingCodeMinutes ?? 15) * 60_000;
  const setupMs = (opts.setupCodeHours ?? 24) * 3_600_000;

  const app = new Hono<Env>();

  app.onError((err, c) => {
    if (err instanceof Refusal) return errorResponse(c, err.code, err.params, err.problems);
    if (err instanceof HTTPException && err.status === 413) {
      return errorResponse(c, 'tooLarge', { max: formatBytes(maxBundle) });
    }
    console.error(err);
    return errorResponse(c, 'serverError');
  });
  app.notFound((c) => errorResponse(c, 'notFound'));

  app.use(
    '*',
    cors({
      origin: opts.corsOrigin ?? '*',
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    // What the service sends is work of residents or a token: never cached along the way.
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  const address = (c: Context): string => {
    if (opts.trustProxy) {
      const fwd = c.req.header('x-forwarded-for');
      if (fwd) return fwd.split(',')[0]!.trim();
    }
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    return incoming?.socket?.remoteAddress ?? 'onbekend';
  };

  /** Guessing codes or tokens: only failed attempts count, and too many block the address a while. */
  const checkGuesses = (c: Context) => {
    const wait = codeLimiter.blocked(`ip:${address(c)}`);
    if (wait) throw new Refusal('rateLimited', { retryAfter: String(wait) });
  };
  const failedGuess = (c: Context) => {
    codeLimiter.take(`ip:${address(c)}`);
  };
  /** Runs a code-using step; a wrong, used or expired code counts as a failed guess. */
  const guarded = async <T>(c: Context, step: () => Promise<T>): Promise<T> => {
    checkGuesses(c);
    try {
      return await step();
    } catch (e) {
      if (
        e instanceof Refusal &&
        (e.code === 'codeInvalid' || e.code === 'codeUsed' || e.code === 'codeExpired')
      ) {
        failedGuess(c);
      }
      throw e;
    }
  };

  /**
   * Bearer token → device; a revoked device is told so in words. `along`: what the route needs from
   * the database, fetched in the same statement (in `found`; its columns NULL when nothing matched).
   */
  const auth = (role?: Role, along?: AlongWith) =>
    async function authMiddleware(c: Context<Env>, next: () => Promise<void>) {
      const header = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+([A-Za-z0-9_-]{20,100})$/.exec(header);
      checkGuesses(c);
      if (!m) throw new Refusal('unauthorized');
      // SHA-256, not a slow KDF: the token is 256 random bits, so there is nothing to guess; a slow
      // hash here would cost every request milliseconds of CPU and protect nothing.
      const tokenHash = sha256(m[1]!);
      const wait = tokenLimiter.take(tokenHash);
      if (wait) throw new Refusal('rateLimited', { retryAfter: String(wait) });
      const rows = await db.query<{
        process_id: string;
        device_id: string;
        label: string;
        role: Role;
        revoked_at: unknown;
        last_seen_at: unknown;
        encryption_required: boolean;
      }>(
        `SELECT d.process_id, d.device_id, d.label, d.role, d.revoked_at, d.last_seen_at, p.encryption_required${
          along ? ', x.*' : ''
        }
         FROM devices d JOIN processes p ON p.id = d.process_id${
           along ? ` LEFT JOIN LATERAL (${along.sql}) x ON true` : ''
         }
         WHERE d.token_hash = $1`,
        along ? [tokenHash, ...along.params(c)] : [tokenHash],
      );
      const row = rows[0];
      if (!row) {
        failedGuess(c);
        throw new Refusal('unauthorized');
      }
      if (row.revoked_at) throw new Refusal('revoked');
      if (role && row.role !== role) throw new Refusal('forbidden');
      c.set('auth', {
        processId: row.process_id,
        deviceId: row.device_id,
        label: row.label,
        role: row.role,
        tokenHash,
        encryptionRequired: row.encryption_required,
        lastSeenMs: row.last_seen_at ? new Date(iso(row.last_seen_at)).getTime() : 0,
      });
      // The columns of `along` (NULL when its subquery found nothing).
      c.set('found', along ? row : undefined);
      await next();
    };

  const policyOf = async (q: Queryable, processId: string): Promise<boolean> =>
    (
      await q.query<{ e: boolean }>('SELECT encryption_required AS e FROM processes WHERE id = $1', [
        processId,
      ])
    )[0]?.e ?? true;

  /** Pairs (or re-pairs) a device: a new token; the old one of that device stops working. */
  async function pairDevice(
    tx: Queryable,
    processId: string,
    deviceId: string,
    name: string,
    role: Role,
  ): Promise<Paired> {
    const token = newToken();
    await tx.query(
      `INSERT INTO devices (process_id, device_id, label, role, token_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (process_id, device_id) DO UPDATE
         SET label = EXCLUDED.label, role = EXCLUDED.role, token_hash = EXCLUDED.token_hash,
             paired_at = now(), revoked_at = NULL`,
      [processId, deviceId, name, role, sha256(token)],
    );
    return { token, role, processId, deviceId, encryptionRequired: await policyOf(tx, processId) };
  }

  /** Marks a one-time code used; refuses unknown, used and expired codes (in that words). */
  async function useCode(tx: Queryable, table: 'setup_codes' | 'pairing_codes', input: unknown) {
    if (typeof input !== 'string') throw new Refusal('badRequest');
    const hash = sha256(normaliseCode(input));
    const rows = await tx.query<{ expires_at: unknown; used_at: unknown; process_id?: string; role?: Role }>(
      `SELECT * FROM ${table} WHERE code_hash = $1 FOR UPDATE`,
      [hash],
    );
    const row = rows[0];
    if (!row) throw new Refusal('codeInvalid');
    if (row.used_at) throw new Refusal('codeUsed');
    if (new Date(iso(row.expires_at)).getTime() <= now()) throw new Refusal('codeExpired');
    await tx.query(`UPDATE ${table} SET used_at = $2 WHERE code_hash = $1`, [
      hash,
      new Date(now()).toISOString(),
    ]);
    return row;
  }

  app.get('/health', (c) => c.json({ ok: true }));

  const api = new Hono<Env>();
  // JSON bodies of the small endpoints: a few hundred bytes.
  const smallBody = bodyLimit({
    maxSize: 16 * 1024,
    onError: () => {
      throw new Refusal('badRequest');
    },
  });

  api.post('/setup', smallBody, async (c) => {
    const b = await jsonBody(c);
    const processId = str(b.processId, UUID).toLowerCase();
    const deviceId = str(b.deviceId, DEVICE_ID);
    const name = label(b.label);
    const encryptionRequired = b.encryptionRequired === undefined ? true : b.encryptionRequired;
    if (typeof encryptionRequired !== 'boolean') throw new Refusal('badRequest');
    const paired = await guarded(c, () =>
      db.transaction(async (tx) => {
        await useCode(tx, 'setup_codes', b.code);
        await tx.query(
          'INSERT INTO processes (id, encryption_required) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
          [processId, encryptionRequired],
        );
        return pairDevice(tx, processId, deviceId, name, 'coordinator');
      }),
    );
    return c.json(paired, 201);
  });

  api.post('/pair', smallBody, async (c) => {
    const b = await jsonBody(c);
    const deviceId = str(b.deviceId, DEVICE_ID);
    const name = label(b.label);
    const paired = await guarded(c, () =>
      db.transaction(async (tx) => {
        const code = await useCode(tx, 'pairing_codes', b.code);
        return pairDevice(tx, code.process_id!, deviceId, name, code.role!);
      }),
    );
    return c.json(paired, 201);
  });

  api.get('/me', auth(), async (c) => {
    const a = c.get('auth');
    const me: Me = {
      processId: a.processId,
      deviceId: a.deviceId,
      label: a.label,
      role: a.role,
      encryptionRequired: a.encryptionRequired,
    };
    return c.json(me);
  });

  api.post('/pairing-codes', smallBody, auth('coordinator'), async (c) => {
    const a = c.get('auth');
    let role: Role = 'device';
    if (c.req.header('content-type')?.includes('json')) {
      const b = await jsonBody(c);
      if (b.role !== undefined) {
        if (b.role !== 'device' && b.role !== 'coordinator') throw new Refusal('badRequest');
        role = b.role;
      }
    }
    const code = newCode(8);
    const expiresAt = new Date(now() + pairingMs).toISOString();
    await db.query(
      'INSERT INTO pairing_codes (code_hash, process_id, role, created_by, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [sha256(code), a.processId, role, a.deviceId, expiresAt],
    );
    const out: PairingCode = { code, expiresAt, role };
    return c.json(out, 201);
  });

  /** PUT of a bundle or publication: checks, then one insert; the same bytes again change nothing. */
  const push = (kind: BundleKind) => async (c: Context<Env>) => {
    const a = c.get('auth');
    const sha = c.req.param('sha256') ?? '';
    if (!SHA.test(sha)) throw new Refusal('badRequest');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const text = utf8Text(bytes);
    if (bytes.byteLength > maxBundle) throw new Refusal('tooLarge', { max: formatBytes(maxBundle) });
    if (sha256(bytes) !== sha) throw new Refusal('hashMismatch');
    // Already stored (a retry): answer before the expensive checks. Looked up with the token; the
    // same bytes sent as the other kind go on to the checks, which refuse them (wrongKind).
    const found = c.get('found');
    if (found?.found_kind === kind && typeof found.found_seq === 'string')
      return c.json({ sha256: sha, created: false, cursor: found.found_seq } satisfies PushResult, 200);
    if (text === null) throw new Refusal('bundleRefused', {}, [problemText(problem('notJson'))]);
    const seen = await inspectBundle(text, kind, now());
    if (!seen.ok) throw new Refusal(seen.error, {}, seen.problems);
    if (seen.header.processId !== a.processId) throw new Refusal('wrongProcess');
    if (seen.header.deviceId !== a.deviceId) throw new Refusal('wrongDevice');
    if (!seen.encrypted && a.encryptionRequired) throw new Refusal('encryptionRequired');
    // One statement, its own transaction: it takes the process's lock, then inserts, so inserts of
    // one process get their row numbers and commit one after another and a cursor never passes a
    // row that commits later (001_init.sql). The lock is held only while the statement runs and
    // commits, not across round trips between the service and the database.
    const inserted = await db.query<{ seq: string }>(
      `INSERT INTO bundles (process_id, kind, sha256, device_id, export_seq, payload_sha256, encrypted, size, body)
       SELECT $1::uuid, $2::text, $3::text, $4::text, $5::integer, $6::text, $7::boolean, $8::integer, $9::text
       FROM (SELECT pg_advisory_xact_lock($10::bigint)) AS serialised
       ON CONFLICT (process_id, sha256) DO NOTHING RETURNING seq::text AS seq`,
      [
        a.processId,
        kind,
        sha,
        a.deviceId,
        seen.header.exportSeq,
        seen.header.sha256,
        seen.encrypted,
        bytes.byteLength,
        text,
        lockKey(a.processId),
      ],
    );
    let result: { created: boolean; cursor: string };
    if (inserted[0]) result = { created: true, cursor: inserted[0].seq };
    else {
      // The same bytes arrived at the same moment on another connection (a retry racing its original).
      const again = await db.query<{ seq: string }>(
        'SELECT seq::text AS seq FROM bundles WHERE process_id = $1 AND sha256 = $2',
        [a.processId, sha],
      );
      result = { created: false, cursor: again[0]!.seq };
    }
    // "Last seen" to the minute is enough for the coordinator's list, and saves a write per push.
    if (now() - a.lastSeenMs > 60_000) {
      await db.query('UPDATE devices SET last_seen_at = now() WHERE token_hash = $1', [a.tokenHash]);
    }
    const out: PushResult = { sha256: sha, ...result };
    return c.json(out, result.created ? 201 : 200);
  };

  const list = (kind: BundleKind) => async (c: Context<Env>) => {
    const a = c.get('auth');
    const after = cursorOf(c.req.query('after'));
    const rows = await db.query<{
      seq: string;
      sha256: string;
      device_id: string;
      export_seq: number;
      size: number;
      encrypted: boolean;
      received_at: unknown;
    }>(
      `SELECT seq::text AS seq, sha256, device_id, export_seq, size, encrypted, received_at FROM bundles
       WHERE process_id = $1 AND kind = $2 AND seq > $3::bigint ORDER BY bundles.seq LIMIT $4`,
      [a.processId, kind, after, pageSize + 1],
    );
    const more = rows.length > pageSize;
    const items: StoredItem[] = rows.slice(0, pageSize).map((r) => ({
      sha256: r.sha256,
      deviceId: r.device_id,
      exportSeq: Number(r.export_seq),
      size: Number(r.size),
      encrypted: r.encrypted,
      receivedAt: iso(r.received_at),
      cursor: r.seq,
    }));
    const next = items.length ? items[items.length - 1]!.cursor : after;
    return c.json(kind === 'device' ? { bundles: items, next, more } : { publications: items, next, more });
  };

  /** One stored bundle's text: looked up with the token (`withBody`). */
  const getOne = (kind: BundleKind) => async (c: Context<Env>) => {
    const sha = c.req.param('sha256') ?? '';
    const found = c.get('found');
    const body = found?.found_body;
    if (!SHA.test(sha) || found?.found_kind !== kind || typeof body !== 'string')
      throw new Refusal('notFound');
    return c.body(body, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      ETag: `"${sha}"`,
    });
  };

  const bigBody = bodyLimit({
    maxSize: maxBundle,
    onError: () => {
      throw new Refusal('tooLarge', { max: formatBytes(maxBundle) });
    },
  });

  // What the hot routes need, in the token's statement: whether these bytes are stored already
  // (a push), and the stored text (a fetch). Bundles of the token's own process only, by exactly
  // the unique key (process, sha256): with `kind` in the condition too, PostgreSQL without fresh
  // statistics (PGlite never analyses) chose the (process, kind, seq) index and read every bundle
  // of the process per request. The kind is compared by the route.
  const ofProcess = (columns: string): AlongWith => ({
    sql: `SELECT b.kind AS found_kind, ${columns} FROM bundles b WHERE b.process_id = d.process_id AND b.sha256 = $2`,
    params: (c) => [c.req.param('sha256') ?? ''],
  });
  const knownSeq = ofProcess('b.seq::text AS found_seq');
  const withBody = ofProcess('b.body AS found_body');

  api.put('/bundles/:sha256', auth(undefined, knownSeq), bigBody, push('device'));
  api.get('/bundles', auth('coordinator'), list('device'));
  api.get('/bundles/:sha256', auth('coordinator', withBody), getOne('device'));
  api.put('/publications/:sha256', auth('coordinator', knownSeq), bigBody, push('publish'));
  api.get('/publications', auth(), list('publish'));
  api.get('/publications/:sha256', auth(undefined, withBody), getOne('publish'));

  api.get('/devices', auth('coordinator'), async (c) => {
    const a = c.get('auth');
    const rows = await db.query<{
      device_id: string;
      label: string;
      role: Role;
      paired_at: unknown;
      last_seen_at: unknown;
      revoked_at: unknown;
      bundles: string;
      last_export_seq: number | null;
    }>(
      `SELECT d.device_id, d.label, d.role, d.paired_at, d.last_seen_at, d.revoked_at,
              (SELECT count(*) FROM bundles b WHERE b.process_id = d.process_id AND b.device_id = d.device_id AND b.kind = 'device')::text AS bundles,
              (SELECT max(export_seq) FROM bundles b WHERE b.process_id = d.process_id AND b.device_id = d.device_id AND b.kind = 'device') AS last_export_seq
       FROM devices d WHERE d.process_id = $1 ORDER BY d.paired_at, d.device_id`,
      [a.processId],
    );
    const devices: DeviceInfo[] = rows.map((r) => ({
      deviceId: r.device_id,
      label: r.label,
      role: r.role,
      pairedAt: iso(r.paired_at),
      lastSeenAt: isoOrNull(r.last_seen_at),
      revokedAt: isoOrNull(r.revoked_at),
      bundles: Number(r.bundles),
      lastExportSeq: r.last_export_seq === null ? null : Number(r.last_export_seq),
    }));
    return c.json({ devices });
  });

  api.delete('/devices/:deviceId', auth('coordinator'), async (c) => {
    const a = c.get('auth');
    const deviceId = str(c.req.param('deviceId'), DEVICE_ID);
    const rows = await db.query(
      'UPDATE devices SET revoked_at = now() WHERE process_id = $1 AND device_id = $2 AND revoked_at IS NULL RETURNING device_id',
      [a.processId, deviceId],
    );
    if (!rows[0]) {
      const exists = await db.query('SELECT 1 FROM devices WHERE process_id = $1 AND device_id = $2', [
        a.processId,
        deviceId,
      ]);
      if (!exists[0]) throw new Refusal('notFound');
    }
    return c.json({ deviceId, revoked: true });
  });

  api.put('/process/policy', smallBody, auth('coordinator'), async (c) => {
    const a = c.get('auth');
    const b = await jsonBody(c);
    if (typeof b.encryptionRequired !== 'boolean') throw new Refusal('badRequest');
    await db.query('UPDATE processes SET encryption_required = $2 WHERE id = $1', [
      a.processId,
      b.encryptionRequired,
    ]);
    const out: Policy = { processId: a.processId, encryptionRequired: b.encryptionRequired };
    return c.json(out);
  });

  app.route(API_PREFIX, api);

  return {
    app,
    async newSetupCode() {
      const code = newCode(12);
      const expiresAt = new Date(now() + setupMs).toISOString();
      await db.query('INSERT INTO setup_codes (code_hash, expires_at) VALUES ($1, $2)', [
        sha256(code),
        expiresAt,
      ]);
      return { code: groupCode(code), expiresAt };
    },
    async addSetupCode(code: string) {
      const expiresAt = new Date(now() + setupMs).toISOString();
      await db.query(
        'INSERT INTO setup_codes (code_hash, expires_at) VALUES ($1, $2) ON CONFLICT (code_hash) DO NOTHING',
        [sha256(normaliseCode(code)), expiresAt],
      );
    },
  };
}
