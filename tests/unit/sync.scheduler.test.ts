import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureDevice } from '../../src/db/device';
import { exportBundle } from '../../src/db/exchange';
import { unexportedCount } from '../../src/db/exchangeStatus';
import { leaveKiosk, startKiosk } from '../../src/db/kiosk';
import { closeMeeting, planMeeting, startMeeting } from '../../src/db/meetings';
import { db } from '../../src/db/schema';
import {
  getOutbox,
  getSyncState,
  type SyncConfig,
  saveSyncConfig,
  syncStatus,
} from '../../src/db/syncStatus';
import { createSyncApi, normaliseServer, SyncHttpError, SyncNetworkError } from '../../src/features/sync/api';
import { BACKOFF_MAX_MS, backoffMs, runRound } from '../../src/features/sync/engine';
import { pairingPayload, parsePairing } from '../../src/features/sync/pairing';
import {
  browserListen,
  type SchedulerEnv,
  SyncScheduler,
  TYPING_QUIET_MS,
} from '../../src/features/sync/scheduler';
import { startSyncWhenSetUp } from '../../src/features/sync/start';
import { FakeSyncServer } from '../helpers/fakeSyncServer';
import { freshDb } from '../helpers/freshDb';
import { tabletWithWork } from '../helpers/tablet';

vi.setConfig({ testTimeout: 60_000 });

beforeEach(freshDb);

/** Pair this device with the fake server (as the sync screen does). */
async function pairWith(server: FakeSyncServer, role: 'device' | 'coordinator', passphrase?: string) {
  const device = await ensureDevice();
  const api = server.api(null);
  const code = server.makeCode();
  const p =
    role === 'device'
      ? await api.pair({ code, deviceId: device.id, label: device.label })
      : await api.setup({
          code,
          processId: 'p',
          deviceId: device.id,
          label: device.label,
          encryptionRequired: false,
        });
  const config: SyncConfig = {
    server: 'https://sync.example.nl',
    token: p.token,
    role: p.role,
    processId: p.processId,
    deviceId: device.id,
    passphrase,
    pairedAt: new Date().toISOString(),
  };
  await saveSyncConfig(config);
  // From here on the calls are the scheduler's.
  server.calls.length = 0;
  return config;
}

/** A scheduler environment with a hand-driven clock and timers. */
function testEnv(server: FakeSyncServer) {
  const timers: { ms: number; fn: () => void }[] = [];
  const state = { now: 1_000_000, online: true, lastInput: 0, apiMade: 0 };
  const env: SchedulerEnv = {
    now: () => state.now,
    online: () => state.online,
    setTimer: (fn, ms) => {
      const t = { ms, fn };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      const i = timers.indexOf(h as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    idle: (fn) => fn(),
    lastInputAt: () => state.lastInput,
    random: () => 1,
    api: (config) => {
      state.apiMade++;
      return server.api(config.token);
    },
    listen: () => () => undefined,
  };
  return { env, timers, state };
}

const wait = () => new Promise((r) => setTimeout(r, 20));

describe('privacy by design: nothing leaves the device before sync is set up', () => {
  it('no set-up: the scheduler is not started, no fetch, a round does nothing', async () => {
    await tabletWithWork(2);
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    try {
      expect(await startSyncWhenSetUp()).toBe(false);
      const server = new FakeSyncServer();
      const { env, state } = testEnv(server);
      const s = new SyncScheduler(env);
      s.start();
      expect(await s.request('interval')).toBeNull();
      expect(await s.request('manual')).toBeNull();
      expect(state.apiMade).toBe(0);
      expect(server.calls).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
      // And the changes stay unexported: nothing was marked handed in.
      expect(await unexportedCount()).toBeGreaterThan(0);
      s.stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the token and the set-up live in kv only: an export of everything does not carry them', async () => {
    await tabletWithWork(1);
    const server = new FakeSyncServer();
    const config = await pairWith(server, 'device', 'geheim-wachtwoord');
    const all = await exportBundle('all');
    expect(all!.text).not.toContain(config.token);
    expect(all!.text).not.toContain('geheim-wachtwoord');
    expect(all!.text).not.toContain('sync.example.nl');
  });
});

describe('hand-in on a tablet', () => {
  it('exports new work into the outbox, pushes it, and the status says when and how many wait', async () => {
    await tabletWithWork(3);
    const server = new FakeSyncServer();
    await pairWith(server, 'device');
    expect((await syncStatus())!.waiting).toBe(5); // process, meeting, three contributions
    const { env } = testEnv(server);
    const r = await new SyncScheduler(env).request('start');
    expect(r).toEqual({ ok: true, pushed: 1, pulled: 0, refusedFiles: 0 });
    expect(server.bundles).toHaveLength(1);
    expect(JSON.parse(server.bundles[0]!.text).header.counts.records.contributions).toBe(3);
    const status = (await syncStatus())!;
    expect(status.waiting).toBe(0);
    expect(status.state.lastPushAt).toBe(new Date(env.now()).toISOString());
    expect(await getOutbox()).toEqual([]);
  });

  it('with the process passphrase the bundle travels encrypted (the server cannot read it)', async () => {
    await tabletWithWork(1);
    const server = new FakeSyncServer();
    await pairWith(server, 'device', 'het-wachtwoord-van-zuid');
    await new SyncScheduler(testEnv(server).env).request('start');
    const text = server.bundles[0]!.text;
    expect(JSON.parse(text).format).toBe('buurtstem-encrypted');
    expect(text).not.toContain('Inbreng 1');
  });

  it('a bundle made before the passphrase was filled in is sealed before it travels (readable header)', async () => {
    await tabletWithWork(1);
    const server = new FakeSyncServer();
    await pairWith(server, 'device');
    const { env } = testEnv(server);
    server.failNext = 1;
    expect((await new SyncScheduler(env).request('start'))?.ok).toBe(false);
    const [plain] = await getOutbox();
    expect(plain!.text.startsWith('{"header"')).toBe(true);
    const { patchSyncConfig } = await import('../../src/db/syncStatus');
    await patchSyncConfig({ passphrase: 'het-wachtwoord-van-zuid' });
    expect((await new SyncScheduler(env).request('manual'))?.ok).toBe(true);
    expect(server.bundles).toHaveLength(1);
    const envelope = JSON.parse(server.bundles[0]!.text);
    expect(envelope.format).toBe('buurtstem-encrypted');
    expect(envelope.header).toMatchObject({ kind: 'device', exportSeq: 1 });
    expect(server.bundles[0]!.sha256).not.toBe(plain!.sha256);
  });

  it('back-off: failures wait longer each time, automatic requests respect it, "manual" does not', async () => {
    await tabletWithWork(2);
    const server = new FakeSyncServer();
    await pairWith(server, 'device');
    const { env, timers, state } = testEnv(server);
    const s = new SyncScheduler(env);
    const delays: number[] = [];
    for (let i = 1; i <= 4; i++) {
      server.failNext = 1;
      const r = await s.request(i === 1 ? 'start' : 'retry');
      expect(r?.ok).toBe(false);
      const st = await getSyncState();
      expect(st.failures).toBe(i);
      expect(st.error?.code).toBe('network');
      delays.push(st.nextAttemptAt! - state.now);
      // Before the back-off has passed an automatic request sends nothing.
      const calls = server.calls.length;
      expect(await s.request('interval')).toBeNull();
      expect(await s.request('online')).toBeNull();
      expect(server.calls.length).toBe(calls);
      expect(timers.at(-1)!.ms).toBe(delays.at(-1));
      state.now = st.nextAttemptAt!;
    }
    expect(delays).toEqual([backoffMs(1, 1), backoffMs(2, 1), backoffMs(3, 1), backoffMs(4, 1)]);
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000]);
    // The work waited in the outbox the whole time (marked exported, not lost).
    expect(await getOutbox()).toHaveLength(1);
    server.failNext = 1;
    await s.request('retry');
    // "Nu synchroniseren" does not wait for the back-off.
    const r = await s.request('manual');
    expect(r?.ok).toBe(true);
    expect(server.bundles).toHaveLength(1);
    expect((await getSyncState()).failures).toBe(0);
  });

  it('a push cut off after the server stored it is retried and stored exactly once', async () => {
    await tabletWithWork(2);
    const server = new FakeSyncServer();
    await pairWith(server, 'device');
    const { env, state } = testEnv(server);
    const s = new SyncScheduler(env);
    server.cutAfterStore = true;
    expect((await s.request('start'))?.ok).toBe(false);
    expect(server.bundles).toHaveLength(1);
    expect(await getOutbox()).toHaveLength(1);
    state.now = (await getSyncState()).nextAttemptAt!;
    expect((await s.request('retry'))?.ok).toBe(true);
    expect(server.bundles).toHaveLength(1);
    expect(server.calls.filter((c) => c.startsWith('push'))).toHaveLength(2);
    expect(await getOutbox()).toEqual([]);
  });

  it('offline: automatic requests do nothing until online', async () => {
    await tabletWithWork(1);
    const server = new FakeSyncServer();
    await pairWith(server, 'device');
    const { env, state } = testEnv(server);
    state.online = false;
    const s = new SyncScheduler(env);
    expect(await s.request('interval')).toBeNull();
    expect(server.calls).toEqual([]);
    state.online = true;
    expect((await s.request('online'))?.ok).toBe(true);
  });

  it('never while typing: the work waits until the user has been quiet a moment', async () => {
    await tabletWithWork(1);
    const server = new FakeSyncServer();
    await pairWith(server, 'device');
    const { env, timers, state } = testEnv(server);
    state.lastInput = state.now; // typing right now
    const s = new SyncScheduler(env);
    const round = s.request('start');
    await wait();
    // The first slice is waiting for the typing to stop: no export, no request.
    expect(server.calls).toEqual([]);
    expect(await unexportedCount()).toBeGreaterThan(0);
    expect(timers.map((t) => t.ms)).toEqual([TYPING_QUIET_MS]);
    state.now += TYPING_QUIET_MS;
    timers.shift()!.fn();
    expect((await round)?.ok).toBe(true);
    expect(server.bundles).toHaveLength(1);
  });

  it('a revoked tablet is refused with a clear state, keeps its data, and stops trying by itself', async () => {
    const { add } = await tabletWithWork(1);
    const server = new FakeSyncServer();
    const config = await pairWith(server, 'device');
    const { env, state } = testEnv(server);
    const s = new SyncScheduler(env);
    expect((await s.request('start'))?.ok).toBe(true);
    server.revoke(config.deviceId);
    await add('Na het intrekken');
    const r = await s.request('interval');
    expect(r).toMatchObject({ ok: false, revoked: true, error: { code: 'revoked' } });
    const st = await getSyncState();
    expect(st.revoked).toBe(true);
    expect(st.nextAttemptAt).toBeUndefined();
    // The data stays: in the database and in the outbox.
    expect(await db.contributions.filter((c) => c.text === 'Na het intrekken').count()).toBe(1);
    expect(await getOutbox()).toHaveLength(1);
    const calls = server.calls.length;
    state.now += 3_600_000;
    expect(await s.request('interval')).toBeNull();
    expect(server.calls.length).toBe(calls);
    expect(server.bundles).toHaveLength(1);
  });
});

describe('the moments a tablet hands in by itself', () => {
  it('a meeting closed, kiosk mode ended, the browser online: each asks for a round', async () => {
    const { process } = await tabletWithWork(0);
    const m = await planMeeting({
      processId: process.id,
      buurtId: process.buurten[0]!.id,
      location: 'Wijkcentrum',
      startsAt: '2026-12-04T19:30:00',
      workForm: 'tafelgesprek',
      workFormOther: '',
      facilitators: [],
    });
    const kicks: string[] = [];
    const stop = browserListen((r) => kicks.push(r));
    try {
      // The watchers read their first value (nothing to report yet).
      await new Promise((r) => setTimeout(r, 300));
      expect(kicks).toEqual([]);
      await startMeeting(m.id);
      await closeMeeting(m.id, 'Goede avond', []);
      await vi.waitFor(() => expect(kicks).toEqual(['meetingClosed']));
      await startKiosk(m.id);
      await wait();
      expect(kicks).toEqual(['meetingClosed']);
      await leaveKiosk();
      await vi.waitFor(() => expect(kicks).toEqual(['meetingClosed', 'kioskEnded']));
      window.dispatchEvent(new Event('online'));
      expect(kicks).toEqual(['meetingClosed', 'kioskEnded', 'online']);
    } finally {
      stop();
    }
  });
});

describe('coordinator pull: a file and a sync of the same bundle merge to the same result', () => {
  /** Records and conflicts only (the import log names the file differently). */
  async function mergedState(): Promise<string> {
    const out: Record<string, unknown> = {};
    for (const t of db.tables) {
      if (['kv', 'imports', 'drafts'].includes(t.name)) continue;
      const rows = (await t.toArray()) as Record<string, unknown>[];
      out[t.name] = rows
        .map((r) => {
          const { localSeq: _s, detectedAt: _d, ...rest } = r;
          return rest;
        })
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    }
    return JSON.stringify(out);
  }

  it('same records and conflicts; pulling again or importing the file afterwards changes nothing', async () => {
    const server = new FakeSyncServer();
    // Two tablets hand in (one database, wiped in between: each gets its own device id).
    for (const n of [2, 3]) {
      await freshDb();
      await tabletWithWork(n);
      await pairWith(server, 'device');
      expect((await new SyncScheduler(testEnv(server).env).request('start'))?.ok).toBe(true);
    }
    expect(server.bundles).toHaveLength(2);
    const files = server.bundles.map((b) => b.text);

    // Coordinator A: the files, imported by hand.
    await freshDb();
    const { importFiles } = await import('../../src/db/exchange');
    const reports = await importFiles(
      files.map((text, i) => ({ name: `f${i}.json`, size: text.length, text: async () => text })),
    );
    expect(reports.map((r) => r.status)).toEqual(['imported', 'imported']);
    const byFile = await mergedState();

    // Coordinator B: the same bundles through the service.
    await freshDb();
    await pairWith(server, 'coordinator');
    const { env } = testEnv(server);
    const r = await runRound({
      api: env.api,
      slice: async () => undefined,
      now: env.now,
      random: env.random,
    });
    expect(r).toEqual({ ok: true, pushed: 0, pulled: 2, refusedFiles: 0 });
    const bySync = await mergedState();
    expect(bySync).toBe(byFile);
    expect(await db.contributions.count()).toBe(5);

    // Again: nothing new on the server; the file on top of the sync: nothing changes.
    const again = await runRound({
      api: env.api,
      slice: async () => undefined,
      now: env.now,
      random: env.random,
    });
    expect(again).toEqual({ ok: true, pushed: 0, pulled: 0, refusedFiles: 0 });
    const after = await importFiles([
      { name: 'f0.json', size: files[0]!.length, text: async () => files[0]! },
    ]);
    expect(after[0]!.counts.new + after[0]!.counts.updated + after[0]!.counts.conflicts).toBe(0);
    expect(await mergedState()).toBe(byFile);
  });

  it('an encrypted bundle without the passphrase stops the pull and is fetched again once it is filled in', async () => {
    const server = new FakeSyncServer();
    await tabletWithWork(1);
    await pairWith(server, 'device', 'wachtwoord-van-zuid');
    await new SyncScheduler(testEnv(server).env).request('start');
    await freshDb();
    await pairWith(server, 'coordinator');
    const { env } = testEnv(server);
    const deps = { api: env.api, slice: async () => undefined, now: env.now, random: env.random };
    const r = await runRound(deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'needsPassphrase' } });
    expect(await db.contributions.count()).toBe(0);
    const { patchSyncConfig } = await import('../../src/db/syncStatus');
    await patchSyncConfig({ passphrase: 'wachtwoord-van-zuid' });
    expect(await runRound(deps, { manual: true })).toMatchObject({ ok: true, pulled: 1 });
    expect(await db.contributions.count()).toBe(1);
  });
});

describe('the pieces', () => {
  it('back-off grows, never passes the maximum, and keeps jitter within 75–100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const raw = Math.min(5_000 * 2 ** (n - 1), BACKOFF_MAX_MS);
        const d = backoffMs(n, r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(raw * 0.75));
        expect(d).toBeLessThanOrEqual(raw);
        expect(backoffMs(n + 1, 1)).toBeGreaterThanOrEqual(backoffMs(n, 1));
      }),
    );
  });

  it('the HTTP client: bearer token, Dutch refusals, network failures', async () => {
    const seen: Request[] = [];
    const sha = 'a'.repeat(64);
    const fake = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const req = new Request(url, init);
      seen.push(req);
      if (req.url.endsWith(`/api/v1/bundles/${sha}`))
        return new Response(JSON.stringify({ sha256: sha, created: true, cursor: '1' }), { status: 201 });
      if (req.url.includes('/api/v1/devices'))
        return new Response(JSON.stringify({ error: 'revoked', message: 'Dit apparaat is ingetrokken.' }), {
          status: 401,
        });
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const api = createSyncApi('https://sync.example.nl', 'tok', fake);
    await api.pushBundle(sha, '{"x":1}');
    expect(seen[0]!.method).toBe('PUT');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer tok');
    expect(await seen[0]!.text()).toBe('{"x":1}');
    const refused = await api.devices().catch((e) => e);
    expect(refused).toBeInstanceOf(SyncHttpError);
    expect(refused).toMatchObject({
      status: 401,
      code: 'revoked',
      serverMessage: 'Dit apparaat is ingetrokken.',
    });
    expect(await api.listBundles(null).catch((e) => e)).toBeInstanceOf(SyncNetworkError);
  });

  it('a server address: https added when missing, anything that is no plain web address refused', () => {
    expect(normaliseServer('sync.gemeente.nl')).toBe('https://sync.gemeente.nl');
    expect(normaliseServer(' https://sync.gemeente.nl/buurtstem/ ')).toBe(
      'https://sync.gemeente.nl/buurtstem',
    );
    expect(normaliseServer('http://localhost:8782')).toBe('http://localhost:8782');
    for (const bad of [
      '',
      'geen adres met spaties',
      'ftp://x.nl',
      'https://user:pw@x.nl',
      'https://x.nl/?a=1',
      'intranet',
      'javascript:alert(1)',
    ])
      expect(normaliseServer(bad), bad).toBeNull();
  });

  it('the QR payload carries the server address and the code, and nothing else is accepted', () => {
    expect(parsePairing(pairingPayload('https://sync.example.nl', 'K7P-2QX'))).toEqual({
      server: 'https://sync.example.nl',
      code: 'K7P-2QX',
    });
    for (const bad of [
      '',
      'https://sync.example.nl',
      'BUURTSTEM-KOPPEL:server=javascript%3Aalert(1)&code=x',
      'BUURTSTEM-KOPPEL:code=x',
    ])
      expect(parsePairing(bad)).toBeNull();
  });
});
