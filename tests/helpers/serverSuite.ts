/**
 * The sync service's tests, written once and run on two databases: the embedded PGlite
 * (tests/unit/server.test.ts) and a real PostgreSQL server (tests/unit/server-postgres.test.ts).
 * Each test works in its own process (a random process id), so they share one database.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemText } from '../../server/check';
import type { Db } from '../../server/db';
import { type RunningServer, startServer } from '../../server/start';
import { readBundleText } from '../../src/exchange/read';
import type { BundleInput } from '../../src/exchange/write';
import { buildBundleText, encryptBundleText } from '../../src/exchange/write';
import { contentAddress, SyncClient, SyncError } from '../../src/sync/client';
import { contribution, meeting, PROCESS_ID, T0 } from './exchangeData';

const BAD = 'tests/fixtures/bad';
const PASS = 'een lang genoeg wachtwoord';

export interface SuiteOptions {
  /** Opens the database of this run (once per file). */
  openDb: () => Promise<Db>;
}

/** A device bundle of `deviceId` in `processId` with `n` contributions. */
export async function bundleOf(
  processId: string,
  deviceId: string,
  exportSeq: number,
  n = 2,
  over: Partial<BundleInput> = {},
) {
  const contributions = Array.from({ length: n }, (_, i) => contribution(exportSeq * 1000 + i, deviceId));
  return buildBundleText({
    kind: 'device',
    device: { id: deviceId, label: `Tablet ${deviceId}` },
    processId,
    exportSeq,
    range: { fromSeq: exportSeq * 100 - 99, toSeq: exportSeq * 100 },
    exportedAt: new Date(T0).toISOString(),
    records: { meetings: [meeting(deviceId)], contributions },
    conflicts: {},
    ...over,
  });
}

export function defineServerSuite(name: string, opts: SuiteOptions): void {
  describe(name, () => {
    let server: RunningServer;
    let db: Db;
    let clock = Date.now();
    const anon = () => new SyncClient({ baseUrl: server.url });

    beforeAll(async () => {
      db = await opts.openDb();
      server = await startServer({ db, now: () => clock, codeRatePerMinute: 10_000, pageSize: 4 });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await db?.close();
    });

    /** A process with a coordinator (encryption not required unless asked) and `devices` paired tablets. */
    async function processWith(
      devices: string[],
      encryptionRequired = false,
      processId: string = randomUUID(),
    ) {
      const { code } = await server.newSetupCode();
      const coordinator = anon();
      await coordinator.setup({
        code,
        processId,
        deviceId: 'coord',
        label: 'Coördinator',
        encryptionRequired,
      });
      const tablets: Record<string, SyncClient> = {};
      for (const d of devices) {
        const pc = await coordinator.createPairingCode();
        const tablet = anon();
        await tablet.pair({ code: pc.code, deviceId: d, label: `Tablet ${d}` });
        tablets[d] = tablet;
      }
      return { processId, coordinator, tablets };
    }

    const stored = async (processId: string) =>
      Number(
        (
          await db.query<{ n: string }>('SELECT count(*)::text AS n FROM bundles WHERE process_id = $1', [
            processId,
          ])
        )[0]!.n,
      );

    async function refusal(p: Promise<unknown>): Promise<SyncError> {
      const e = await p.then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(SyncError);
      return e as SyncError;
    }

    it('answers /health once migrated, with every migration recorded once', async () => {
      expect(await anon().health()).toEqual({ ok: true });
      const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations');
      expect(rows.map((r) => r.name)).toEqual(['001_init', '002_body_text']);
      // A second start (another instance) applies nothing again.
      const { migrate } = await import('../../server/migrate');
      expect(await migrate(db)).toEqual([]);
    });

    it('set-up and pairing: codes work once, expire, and are refused in Dutch', async () => {
      const { code } = await server.newSetupCode();
      expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}$/);
      const processId = randomUUID();
      const c = anon();
      const paired = await c.setup({
        code: code.toLowerCase().replace(/-/g, ' '),
        processId,
        deviceId: 'coord',
        label: 'C',
      });
      expect(paired).toMatchObject({
        role: 'coordinator',
        processId,
        deviceId: 'coord',
        encryptionRequired: true,
      });
      expect(paired.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // The set-up code is spent.
      const again = await refusal(anon().setup({ code, processId, deviceId: 'x', label: 'X' }));
      expect([again.kind, again.status, again.message]).toEqual([
        'usedCode',
        400,
        'Deze code is al gebruikt. Een code werkt maar één keer: vraag een nieuwe code.',
      ]);

      const pc = await c.createPairingCode();
      expect(pc.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{8}$/);
      expect(Date.parse(pc.expiresAt) - clock).toBe(15 * 60_000);
      const t = anon();
      expect(
        await t.pair({ code: `${pc.code.slice(0, 4)}-${pc.code.slice(4)}`, deviceId: 'tab1', label: 'T1' }),
      ).toMatchObject({
        role: 'device',
        processId,
      });
      const reused = await refusal(anon().pair({ code: pc.code, deviceId: 'tab2', label: 'T2' }));
      expect(reused.kind).toBe('usedCode');

      const late = await c.createPairingCode();
      clock += 15 * 60_000 + 1;
      try {
        const expired = await refusal(anon().pair({ code: late.code, deviceId: 'tab3', label: 'T3' }));
        expect([expired.kind, expired.message]).toEqual([
          'expiredCode',
          'Deze code is verlopen. Vraag de coördinator om een nieuwe code.',
        ]);
      } finally {
        clock = Date.now();
      }
      const wrong = await refusal(anon().pair({ code: 'ZZZZZZZZ', deviceId: 'tab4', label: 'T4' }));
      expect(wrong.kind).toBe('invalidCode');
      // Refused pairings stored no device.
      const devices = await c.listDevices();
      expect(devices.map((d) => d.deviceId).sort()).toEqual(['coord', 'tab1']);
      // The codes are stored hashed only.
      const raw = await db.query<{ code_hash: string }>('SELECT code_hash FROM pairing_codes');
      expect(raw.some((r) => r.code_hash === pc.code)).toBe(false);
      const tokens = await db.query<{ token_hash: string }>('SELECT token_hash FROM devices');
      expect(tokens.some((r) => r.token_hash === paired.token)).toBe(false);
    });

    it('push is content-addressed and idempotent; the coordinator pulls by cursor', async () => {
      const { processId, coordinator, tablets } = await processWith(['tabA', 'tabB']);
      const a1 = await bundleOf(processId, 'tabA', 1);
      const b1 = await bundleOf(processId, 'tabB', 1);
      const a2 = await bundleOf(processId, 'tabA', 2);
      const first = await tablets.tabA!.pushBundle(a1.text);
      expect(first.created).toBe(true);
      expect(first.sha256).toBe(await contentAddress(a1.text));
      const retry = await tablets.tabA!.pushBundle(a1.text);
      expect(retry).toEqual({ ...first, created: false });
      await tablets.tabB!.pushBundle(b1.text);
      expect(await stored(processId)).toBe(2);

      const page = await coordinator.listBundles();
      expect(page.bundles.map((b) => [b.deviceId, b.exportSeq, b.encrypted])).toEqual([
        ['tabA', 1, false],
        ['tabB', 1, false],
      ]);
      expect(page.bundles[0]!.size).toBe(new TextEncoder().encode(a1.text).byteLength);
      expect(page.more).toBe(false);
      await tablets.tabA!.pushBundle(a2.text);
      const later = await coordinator.listBundles(page.next);
      expect(later.bundles.map((b) => b.exportSeq)).toEqual([2]);
      expect((await coordinator.listBundles(later.next)).bundles).toEqual([]);
      // The bytes come back exactly, and read as the same bundle.
      const text = await coordinator.getBundle(later.bundles[0]!.sha256);
      expect(text).toBe(a2.text);
      const read = await readBundleText(text);
      expect(read.ok && read.bundle.header.exportSeq).toBe(2);
      // A body that does not match its address is refused and not stored.
      const mismatch = await refusal(tablets.tabA!.pushBundle(a2.text, first.sha256.replace(/^./, '0')));
      expect([mismatch.kind, mismatch.code]).toEqual(['refusedBundle', 'hashMismatch']);
      expect(await stored(processId)).toBe(3);
    });

    it('a pull by pages sees every bundle exactly once, in the order they arrived', async () => {
      const { processId, coordinator, tablets } = await processWith(['tabA', 'tabB']);
      const pushed: string[] = [];
      // Enough rows that cursors cross a digit boundary (9 → 10 → 100 sort differently as text).
      for (let s = 1; s <= 11; s++) {
        for (const d of ['tabA', 'tabB'])
          pushed.push((await tablets[d]!.pushBundle((await bundleOf(processId, d, s, 1)).text)).sha256);
      }
      const seen: string[] = [];
      const cursors: bigint[] = [];
      let pages = 0;
      for await (const page of coordinator.pullBundles()) {
        pages++;
        expect(page.bundles.length).toBeLessThanOrEqual(4);
        for (const b of page.bundles) {
          seen.push(b.sha256);
          cursors.push(BigInt(b.cursor));
        }
        expect(page.next).toBe(page.bundles.at(-1)!.cursor);
      }
      expect(pages).toBe(6);
      expect(seen).toEqual(pushed);
      expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1]!)).toBe(true);
      const last = cursors.at(-1)!.toString();
      expect(await coordinator.listBundles(last)).toEqual({ bundles: [], next: last, more: false });
      expect((await refusal(coordinator.listBundles('abc'))).kind).toBe('badRequest');
    });

    it('roles: a device token cannot pull bundles, push another device’s bundle, or publish', async () => {
      const { processId, coordinator, tablets } = await processWith(['tabA', 'tabB']);
      await tablets.tabB!.pushBundle((await bundleOf(processId, 'tabB', 1)).text);
      const tabA = tablets.tabA!;
      const pull = await refusal(tabA.listBundles());
      expect([pull.kind, pull.status, pull.message]).toEqual([
        'forbidden',
        403,
        'Dit mag alleen de coördinator.',
      ]);
      const [b] = (await coordinator.listBundles()).bundles;
      expect((await refusal(tabA.getBundle(b!.sha256))).kind).toBe('forbidden');
      const other = await refusal(tabA.pushBundle((await bundleOf(processId, 'tabB', 2)).text));
      expect([other.code, other.status]).toEqual(['wrongDevice', 403]);
      const otherProcess = await refusal(tabA.pushBundle((await bundleOf(randomUUID(), 'tabA', 1)).text));
      expect(otherProcess.code).toBe('wrongProcess');
      const pub = await buildBundleText({
        kind: 'publish',
        device: { id: 'tabA', label: 'A' },
        processId,
        exportSeq: 1,
        range: null,
        exportedAt: new Date(T0).toISOString(),
        records: {},
        conflicts: {},
      });
      expect((await refusal(tabA.pushPublication(pub.text))).kind).toBe('forbidden');
      expect((await refusal(tabA.createPairingCode())).kind).toBe('forbidden');
      expect((await refusal(tabA.listDevices())).kind).toBe('forbidden');
      expect((await refusal(tabA.revokeDevice('tabB'))).kind).toBe('forbidden');
      expect((await refusal(tabA.setPolicy(false))).kind).toBe('forbidden');
      // A device bundle on the publications address is refused as the wrong kind.
      const wrongKind = await refusal(
        coordinator.pushPublication((await bundleOf(processId, 'coord', 1)).text),
      );
      expect(wrongKind.code).toBe('wrongKind');
      // The kinds stay apart by address even for bytes already stored: a stored device bundle is
      // neither "already there" as a publication nor fetched as one.
      const storedText = await coordinator.getBundle(b!.sha256);
      expect((await refusal(coordinator.pushPublication(storedText))).code).toBe('wrongKind');
      expect((await refusal(tabA.getPublication(b!.sha256))).kind).toBe('notFound');
      expect(await stored(processId)).toBe(1);
      // No token, or a made-up one.
      expect((await refusal(anon().listPublications())).kind).toBe('unauthorized');
      expect((await refusal(anon().withToken('x'.repeat(43)).me())).kind).toBe('unauthorized');
      // Another process's coordinator sees none of it.
      const other2 = await processWith([]);
      expect((await other2.coordinator.listBundles()).bundles).toEqual([]);
      expect((await refusal(other2.coordinator.getBundle(b!.sha256))).kind).toBe('notFound');
    });

    it('publications go from the coordinator to every device of the process', async () => {
      const { processId, coordinator, tablets } = await processWith(['tabA']);
      const pub = await buildBundleText({
        kind: 'publish',
        device: { id: 'coord', label: 'Coördinator' },
        processId,
        exportSeq: 1,
        range: null,
        exportedAt: new Date(T0).toISOString(),
        records: {},
        conflicts: {},
      });
      expect((await coordinator.pushPublication(pub.text)).created).toBe(true);
      const page = await tablets.tabA!.listPublications();
      expect(page.publications.map((p) => [p.deviceId, p.exportSeq])).toEqual([['coord', 1]]);
      expect(await tablets.tabA!.getPublication(page.publications[0]!.sha256)).toBe(pub.text);
      // Publications are not bundles: the coordinator's bundle list stays empty.
      expect((await coordinator.listBundles()).bundles).toEqual([]);
    });

    it('revoke: the token is refused with a clear Dutch message, nothing more is stored', async () => {
      const { processId, coordinator, tablets } = await processWith(['tabA']);
      await tablets.tabA!.pushBundle((await bundleOf(processId, 'tabA', 1)).text);
      await coordinator.revokeDevice('tabA');
      const e = await refusal(tablets.tabA!.pushBundle((await bundleOf(processId, 'tabA', 2)).text));
      expect([e.kind, e.status]).toEqual(['revoked', 401]);
      expect(e.message).toMatch(/^De coördinator heeft dit apparaat losgekoppeld\..*blijft bewaard/);
      expect((await refusal(tablets.tabA!.listPublications())).kind).toBe('revoked');
      expect(await stored(processId)).toBe(1);
      const devices = await coordinator.listDevices();
      const tab = devices.find((d) => d.deviceId === 'tabA')!;
      expect(tab.revokedAt).not.toBeNull();
      expect([tab.bundles, tab.lastExportSeq]).toEqual([1, 1]);
      expect((await refusal(coordinator.revokeDevice('nobody'))).kind).toBe('notFound');
    });

    it('policy: an encrypted process refuses plain bundles and stores envelopes with a readable header', async () => {
      const { processId, coordinator, tablets } = await processWith(['tabA'], true);
      expect((await tablets.tabA!.me()).encryptionRequired).toBe(true);
      const built = await bundleOf(processId, 'tabA', 1);
      const plain = await refusal(tablets.tabA!.pushBundle(built.text));
      expect([plain.code, plain.kind, plain.status]).toEqual(['encryptionRequired', 'refusedBundle', 422]);
      // An older envelope without the readable header cannot be filed.
      const old = await refusal(tablets.tabA!.pushBundle(await encryptBundleText(built.text, PASS)));
      expect(old.code).toBe('envelopeWithoutHeader');
      expect(await stored(processId)).toBe(0);
      const sealed = await encryptBundleText(built.text, PASS, built.header);
      expect((await tablets.tabA!.pushBundle(sealed)).created).toBe(true);
      const [item] = (await coordinator.listBundles()).bundles;
      expect(item).toMatchObject({ deviceId: 'tabA', exportSeq: 1, encrypted: true });
      // The server keeps the bytes it cannot read; the coordinator reads them with the passphrase.
      const back = await coordinator.getBundle(item!.sha256);
      expect(back).toBe(sealed);
      expect(back).not.toContain('Inbreng');
      const read = await readBundleText(back, { passphrase: PASS });
      expect(read.ok && read.bundle.header.sha256).toBe(built.header.sha256);
      // A readable header claiming another device is refused (wrong device) before anything is stored.
      const other = await bundleOf(processId, 'tabB', 1);
      const lying = await refusal(
        tablets.tabA!.pushBundle(await encryptBundleText(other.text, PASS, other.header)),
      );
      expect(lying.code).toBe('wrongDevice');
      // The policy can be lifted by the coordinator; then plain bundles are taken.
      expect(await coordinator.setPolicy(false)).toEqual({ processId, encryptionRequired: false });
      expect((await tablets.tabA!.pushBundle(built.text)).created).toBe(true);
      expect(await stored(processId)).toBe(2);
    });

    it('limits: an over-large body and too many failed guesses are refused in Dutch', async () => {
      const small = await startServer({ db, maxBundleBytes: 2000, codeRatePerMinute: 3 });
      try {
        const c = new SyncClient({ baseUrl: small.url });
        const { code } = await small.newSetupCode();
        const processId = randomUUID();
        await c.setup({ code, processId, deviceId: 'coord', label: 'C', encryptionRequired: false });
        const pc = await c.createPairingCode();
        const t = new SyncClient({ baseUrl: small.url });
        await t.pair({ code: pc.code, deviceId: 'tabA', label: 'A' });
        const big = await bundleOf(processId, 'tabA', 1, 20);
        expect(big.text.length).toBeGreaterThan(2000);
        const e = await refusal(t.pushBundle(big.text));
        expect([e.kind, e.status]).toEqual(['tooLarge', 413]);
        expect(e.message).toMatch(/^De bundel is te groot voor de synchronisatiedienst \(hoogstens 2 kB\)/);
        expect(await stored(processId)).toBe(0);
        for (let i = 0; i < 3; i++) {
          expect(
            (
              await refusal(
                new SyncClient({ baseUrl: small.url }).pair({
                  code: `WRONG${i}AA`,
                  deviceId: 'x',
                  label: 'x',
                }),
              )
            ).kind,
          ).toBe('invalidCode');
        }
        const limited = await refusal(
          new SyncClient({ baseUrl: small.url }).pair({ code: 'WRONGXAA', deviceId: 'x', label: 'x' }),
        );
        expect([limited.kind, limited.status]).toEqual(['rateLimited', 429]);
        expect(limited.retryAfter).toBeGreaterThan(0);
        expect(limited.message).toMatch(/^Te veel verzoeken/);
      } finally {
        await small.close();
      }
    });

    it('the bad-input corpus over HTTP: every bad file refused with a 4xx and a Dutch message, nothing stored', async () => {
      const { tablets, coordinator } = await processWith(['tableta1'], false, PROCESS_ID);
      const tablet = tablets.tableta1!;
      // Files the exchange accepts (shown as text, ordinary ids, fields dropped): not refusals.
      const accepted = new Set([
        'html-script.json',
        'terminal-escapes.json',
        'device-id-constructor.json',
        'device-id-toString.json',
        'device-id-hasOwnProperty.json',
        'contact-tombstone-with-address.json',
      ]);
      const files = readdirSync(BAD).filter((f) => /\.json(\.enc)?$/.test(f) && !accepted.has(f));
      expect(files.length).toBeGreaterThanOrEqual(25);
      for (const file of files) {
        const bytes = readFileSync(join(BAD, file));
        const e = await refusal(tablet.pushBundle(new Uint8Array(bytes)));
        expect(e.status, file).toBeGreaterThanOrEqual(400);
        expect(e.status, file).toBeLessThan(500);
        expect(e.message, file).toMatch(/[a-z]/);
        // A Dutch sentence, and for a refused file the exchange's own reason.
        expect(e.message, file).toMatch(/\b(de|het|een|niet|is|geen)\b/i);
        const read = await readBundleText(bytes.toString('utf8'), { passphrase: 'een ander wachtwoord' });
        if (e.code === 'bundleRefused') {
          expect(read.ok, file).toBe(false);
          if (!read.ok) expect(e.problems, file).toEqual(read.problems.map(problemText));
        }
      }
      // Bytes that are not UTF-8 are no bundle file.
      const notUtf8 = await refusal(tablet.pushBundle(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
      expect([notUtf8.code, notUtf8.status, notUtf8.problems]).toEqual([
        'bundleRefused',
        422,
        ['Het bestand is beschadigd of onvolledig (geen geldige JSON).'],
      ]);
      expect(await stored(PROCESS_ID)).toBe(0);
      expect((await coordinator.listBundles()).bundles).toEqual([]);
      // The accepted ones of this device are taken (their device id is the token's).
      const html = readFileSync(join(BAD, 'html-script.json'));
      expect((await tablet.pushBundle(new Uint8Array(html))).created).toBe(true);
    });
  });
}
