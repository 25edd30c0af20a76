/**
 * The sync client checks every answer of the service before it hands it on (src/sync/responses.ts):
 * a wrong or hostile answer gives the catalogue's "unexpected answer" and changes nothing (no token
 * taken, no page passed on, no push counted as acknowledged). One test per kind of bad answer.
 */
import { describe, expect, it } from 'vitest';
import { sync as nl } from '../../src/i18n/nl/sync';
import { contentAddress, SyncClient, SyncError } from '../../src/sync/client';

const UNEXPECTED = nl['sync.code.unexpected'];
const SHA = 'a'.repeat(64);
const item = (cursor: string, over: Record<string, unknown> = {}) => ({
  sha256: SHA,
  deviceId: 'tab1',
  exportSeq: 1,
  size: 10,
  encrypted: false,
  receivedAt: '2026-11-30T08:00:00.000Z',
  cursor,
  ...over,
});

/** A client whose service answers `body` (JSON unless a string) with `status`. */
function answering(body: unknown, status = 200, token?: string) {
  const fetch = (async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': typeof body === 'string' ? 'text/html' : 'application/json' },
    })) as typeof globalThis.fetch;
  return new SyncClient({ baseUrl: 'https://sync.example.nl', fetch, token });
}

async function unexpected(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SyncError);
  expect((e as SyncError).kind).toBe('server');
  expect((e as SyncError).message).toBe(UNEXPECTED);
  expect((e as SyncError).retryable).toBe(true);
}

const pairing = { code: 'ABCD2345', deviceId: 'tab1', label: 'Tablet 1' };
const goodPaired = {
  token: 'T'.repeat(43),
  role: 'device',
  processId: '7d0d1c4e-3c8a-4f4e-9d61-0c1e2b3a4f5e',
  deviceId: 'tab1',
  encryptionRequired: true,
};

describe('the sync client refuses answers that are not the service’s', () => {
  it('a good answer passes (the check is not a refusal of everything)', async () => {
    const c = answering(goodPaired, 201);
    expect(await c.pair(pairing)).toEqual(goodPaired);
    expect(c.token).toBe(goodPaired.token);
  });

  it('not JSON (a captive portal or proxy page with status 200): unexpected, no token taken', async () => {
    const c = answering(
      '<html><body>Log in op het gastnetwerk</body></html>',
      200,
      'oud-token-blijft-staan-1234',
    );
    await unexpected(c.pair(pairing));
    expect(c.token).toBe('oud-token-blijft-staan-1234');
  });

  it('a field missing or of the wrong type: unexpected, no token taken', async () => {
    const { token: _t, ...noToken } = goodPaired;
    await unexpected(answering(noToken, 201).pair(pairing));
    await unexpected(answering({ ...goodPaired, encryptionRequired: 'ja' }, 201).pair(pairing));
    await unexpected(answering({ ...goodPaired, role: 'admin' }, 201).pair(pairing));
    await unexpected(answering([goodPaired], 201).pair(pairing));
    await unexpected(answering(null, 201).pair(pairing));
  });

  it('a hostile token (characters that could break a header or a URL): unexpected', async () => {
    const c = answering({ ...goodPaired, token: 'abc\r\nSet-Cookie: x=1 and more text' }, 201);
    await unexpected(c.pair(pairing));
    expect(c.token).toBeUndefined();
  });

  it('a push acknowledged for other bytes, or with a broken cursor: not counted as handed in', async () => {
    const body = '{"x":1}';
    const mine = await contentAddress(body);
    await unexpected(
      answering({ sha256: SHA, created: true, cursor: '1' }, 201, 't'.repeat(43)).pushBundle(body),
    );
    await unexpected(
      answering({ sha256: mine, created: true, cursor: '-1' }, 201, 't'.repeat(43)).pushBundle(body),
    );
    await unexpected(answering({ sha256: mine, cursor: '1' }, 201, 't'.repeat(43)).pushBundle(body));
    expect(
      await answering({ sha256: mine, created: true, cursor: '1' }, 201, 't'.repeat(43)).pushBundle(body),
    ).toEqual({
      sha256: mine,
      created: true,
      cursor: '1',
    });
  });

  it('a page of bundles with a bad item, cursors going back, or a page that never ends: unexpected', async () => {
    const tok = 't'.repeat(43);
    await unexpected(
      answering(
        { bundles: [item('1', { sha256: '../../etc' })], next: '1', more: false },
        200,
        tok,
      ).listBundles(),
    );
    await unexpected(
      answering({ bundles: [item('1', { exportSeq: 1.5 })], next: '1', more: false }, 200, tok).listBundles(),
    );
    await unexpected(
      answering({ bundles: [item('5'), item('3')], next: '5', more: false }, 200, tok).listBundles(),
    );
    await unexpected(answering({ bundles: [item('2')], next: '2', more: false }, 200, tok).listBundles('7'));
    await unexpected(answering({ bundles: [], next: '0', more: true }, 200, tok).listBundles());
    await unexpected(answering({ bundles: [item('1')], next: '0', more: true }, 200, tok).listBundles());
    await unexpected(
      answering({ publications: 'alles', next: '0', more: false }, 200, tok).listPublications(),
    );
    // The pull loop stops at the first bad page: nothing of it is handed on.
    const pages: unknown[] = [];
    await unexpected(
      (async () => {
        for await (const p of answering({ bundles: [], next: '0', more: true }, 200, tok).pullBundles())
          pages.push(p);
      })(),
    );
    expect(pages).toEqual([]);
    const good = await answering(
      { bundles: [item('1'), item('2')], next: '2', more: false, extra: 'later field' },
      200,
      tok,
    ).listBundles();
    expect(good.bundles.map((b) => b.cursor)).toEqual(['1', '2']);
  });

  it('the device list, a revoke, the policy, a pairing code and /health: each checked', async () => {
    const tok = 't'.repeat(43);
    await unexpected(answering({ devices: [{ deviceId: 'x' }] }, 200, tok).listDevices());
    await unexpected(answering({ ok: true }, 200, tok).revokeDevice('tab1'));
    await unexpected(answering({ processId: 'p', encryptionRequired: 1 }, 200, tok).setPolicy(true));
    await unexpected(
      answering({ code: 'ABCD2345', expiresAt: 'morgen', role: 'device' }, 201, tok).createPairingCode(),
    );
    await unexpected(answering({ ok: 'yes' }).health());
    await unexpected(answering({ processId: 'p', deviceId: 'd', label: 'L', role: 'device' }, 200, tok).me());
  });
});
