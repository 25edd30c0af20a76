import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { addContributionViaUi, expectNoAxeViolations, openDevice, planMeetingViaUi } from './helpers';

/**
 * Issue 15, "must show", in Chromium against the real sync service (server/, PGlite in a temporary
 * folder): a coordinator sets the service up and pairs two tablets; the tablets capture offline,
 * come online and hand in by themselves; the coordinator sees their contributions without any
 * file; the service is killed in the middle of an upload and started again, the tablet retries and
 * every bundle is stored exactly once; a revoked tablet is refused with a clear message and keeps
 * its data. axe on the sync screens at 1024x768 and 768x1024; screenshots in test-results/sync.
 */

const DIR = 'test-results/sync';
const shot = (name: string) => join(DIR, `${name}.png`);
const PORT = Number(process.env.BUURTSTEM_SYNC_PORT ?? 8782);
const SERVER = `http://localhost:${PORT}`;
const APP_ORIGIN = `http://localhost:${process.env.BUURTSTEM_PORT ?? 4317}`;
const SERVER_JS = 'server/dist/buurtstem-server.mjs';
const PASS = 'avondwandeling-door-zuid';
const PORTRAIT = { width: 768, height: 1024 };

test.describe.configure({ timeout: 1_200_000 });

/** The service as `npm run server` runs it, on a fixed port, data in `dataDir`. */
class Service {
  proc: ChildProcess | undefined;
  log = '';
  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    this.log = '';
    this.proc = spawn(process.execPath, [SERVER_JS, '--port', String(PORT), '--host', '127.0.0.1'], {
      env: {
        ...process.env,
        BUURTSTEM_DATA: this.dataDir,
        BUURTSTEM_CORS_ORIGIN: APP_ORIGIN,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc.stdout!.on('data', (b) => {
      this.log += String(b);
    });
    this.proc.stderr!.on('data', (b) => {
      this.log += String(b);
    });
    // PGlite starts PostgreSQL in WebAssembly: seconds when idle, much longer on a busy machine.
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`http://127.0.0.1:${PORT}/health`)).ok;
          } catch {
            return false;
          }
        },
        { timeout: 240_000, intervals: [500], message: `the service did not answer /health:\n${this.log}` },
      )
      .toBe(true);
  }

  setupCode(): string {
    // "Instelcode voor de coördinator (werkt één keer, geldig tot …): ABCD-EFGH": the last word.
    const m = /^Instelcode voor de coördinator.*\s(\S+)\s*$/m.exec(this.log);
    if (!m) throw new Error(`no set-up code in the service's log:\n${this.log}`);
    return m[1]!;
  }

  /** SIGKILL: no clean shutdown, as a crash or a pulled plug. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const gone = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await gone;
  }
}

/** Requests this page sends to the sync service. */
function trackSync(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(SERVER) || r.url().startsWith(`http://127.0.0.1:${PORT}`))
      seen.push(`${r.method()} ${r.url()}`);
  });
  return seen;
}

async function openSync(page: Page) {
  await page.goto('./#/settings');
  await page.getByRole('link', { name: 'Synchronisatie instellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Synchronisatie' })).toBeVisible();
}

const shown = new Set<string>();
async function makePairingCode(coord: Page): Promise<string> {
  await coord.getByRole('button', { name: 'Koppelcode maken' }).click();
  // A new code each time (the one shown before was used).
  let code = '';
  await expect
    .poll(async () => {
      code =
        (
          await coord
            .getByTestId('pairing-code')
            .textContent()
            .catch(() => '')
        )?.trim() ?? '';
      return code.length > 3 && !shown.has(code);
    })
    .toBe(true);
  shown.add(code);
  await expect(coord.getByTestId('pairing-qr')).toBeVisible();
  return code;
}

async function pairTablet(page: Page, code: string) {
  await openSync(page);
  await page.getByLabel('Adres van de server').fill(SERVER);
  await page.getByLabel(/^Wachtwoordzin van het participatieproces/).fill(PASS);
  await page.getByLabel('Koppelcode').fill(code);
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByText('Gekoppeld. Deze tablet levert zijn werk nu vanzelf in.')).toBeVisible();
}

async function goOffline(page: Page) {
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function contributionsIn(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('buurtstem');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result
            .transaction('contributions', 'readonly')
            .objectStore('contributions')
            .getAll();
          get.onsuccess = () => {
            resolve((get.result as { text: string }[]).map((c) => c.text).sort());
            req.result.close();
          };
        };
      }),
  );
}

async function kvValue<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(
    (k) =>
      new Promise<T | undefined>((resolve, reject) => {
        const req = indexedDB.open('buurtstem');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('kv', 'readonly').objectStore('kv').get(k);
          get.onsuccess = () => {
            resolve((get.result as { value: T } | undefined)?.value);
            req.result.close();
          };
        };
      }),
    key,
  );
}

async function newTablet(browser: Browser, label: string) {
  const d = await openDevice(browser, { label, viewport: PORTRAIT });
  return { ...d, sync: trackSync(d.page) };
}

let service: Service;
let dataDir: string;

test.beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(SERVER_JS))
    execFileSync('npx', ['vite', 'build', '-c', 'vite.server.config.ts'], { stdio: 'inherit' });
  dataDir = mkdtempSync(join(tmpdir(), 'buurtstem-sync-e2e-'));
  service = new Service(dataDir);
});

test.afterAll(async () => {
  await service?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('two tablets hand in by themselves; the coordinator sees it all; a crash mid-upload; a revoked tablet', async ({
  browser,
}) => {
  await service.start();

  // Tablets first, before any set-up: they send nothing to the service (privacy by design).
  const A = await newTablet(browser, 'Tablet Trajekt 1');
  const B = await newTablet(browser, 'Tablet Trajekt 2');
  await openSync(A.page);
  await expectNoAxeViolations(A.page, 'sync set-up (768x1024)');
  await A.page.screenshot({ path: shot('01-tablet-setup-portrait'), fullPage: true });
  expect(A.sync).toEqual([]);
  expect(B.sync).toEqual([]);

  // The coordinator sets the service up with the code from its log (encrypted by default).
  const C = await openDevice(browser, { label: 'Coördinator' });
  const cSync = trackSync(C.page);
  await openSync(C.page);
  await expectNoAxeViolations(C.page, 'sync set-up (1024x768)');
  await C.page.getByLabel('Adres van de server').fill(SERVER);
  await C.page.getByLabel(/^Wachtwoordzin van het participatieproces/).fill(PASS);
  await C.page.getByLabel('Instelcode van de server').fill(service.setupCode());
  await C.page.getByRole('button', { name: 'Instellen', exact: true }).click();
  await expect(
    C.page.getByText('Ingesteld. Dit apparaat haalt nu het werk van de tablets op.'),
  ).toBeVisible();
  const codeA = await makePairingCode(C.page);
  await expectNoAxeViolations(C.page, 'sync coordinator with pairing code (1024x768)');
  await C.page.screenshot({ path: shot('02-coordinator-pairing-code'), fullPage: true });

  await pairTablet(A.page, codeA);
  await pairTablet(B.page, await makePairingCode(C.page));
  await expectNoAxeViolations(B.page, 'sync status on a tablet (768x1024)');
  await B.page.screenshot({ path: shot('03-tablet-paired-portrait'), fullPage: true });

  // Both capture offline.
  for (const [t, where, text] of [
    [A, 'Gemeenschapshuis De Heeg', 'Meer bankjes in het park'],
    [B, 'Buurthuis Heer', 'Een plek voor jongeren in de avond'],
  ] as const) {
    await goOffline(t.page);
    await planMeetingViaUi(t.page, { buurt: 'De Heeg', location: where });
    await t.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await addContributionViaUi(t.page, { kind: 'Idee', text });
    await expect(t.page.getByTestId('sync-status')).toContainText(/wijzigingen wachten op inleveren/);
  }
  await A.page.screenshot({ path: shot('04-tablet-offline-waiting') });

  // Online again: each hands in by itself (no button pressed).
  for (const t of [A, B]) {
    await t.context.setOffline(false);
    await expect(t.page.getByTestId('sync-status')).toContainText('alles is ingeleverd', { timeout: 60_000 });
    await expect(t.page.getByTestId('sync-status')).toContainText('Laatst ingeleverd:');
  }
  await B.page.screenshot({ path: shot('05-tablet-handed-in') });

  // The coordinator's overview fetches on opening: both contributions, no file.
  await C.page.goto('./#/coordinator');
  await expect(C.page.getByTestId('sync-pull')).toContainText(/bundels? opgehaald en samengevoegd/, {
    timeout: 60_000,
  });
  expect(await contributionsIn(C.page)).toEqual([
    'Een plek voor jongeren in de avond',
    'Meer bankjes in het park',
  ]);
  await expectNoAxeViolations(C.page, 'coordinator overview with Ophalen');
  await C.page.screenshot({ path: shot('06-coordinator-fetched'), fullPage: true });

  // The service dies in the middle of A's next upload: it stores the bundle, the answer never comes.
  await A.page.goto(A.page.url().replace(/#.*$/, '#/'));
  await planMeetingViaUi(A.page, { buurt: 'De Heeg', location: 'Bibliotheek' });
  await A.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await addContributionViaUi(A.page, { kind: 'Knelpunt', text: 'De bus rijdt te weinig' });
  let cut = 0;
  await A.context.route(`${SERVER}/api/v1/bundles/*`, async (route) => {
    if (route.request().method() !== 'PUT' || cut > 0) return route.continue();
    cut++;
    await route.fetch(); // the service stores it …
    await service.kill(); // … and crashes before it answers
    await route.abort('connectionreset');
  });
  await openSync(A.page);
  await A.page.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(A.page.getByTestId('sync-state')).toContainText('geen verbinding met de server');
  expect(cut).toBe(1);
  await A.page.screenshot({ path: shot('07-tablet-server-gone'), fullPage: true });
  await service.start();
  // No button: the back-off retries by itself.
  await expect(A.page.getByTestId('sync-status')).toContainText('alles is ingeleverd', { timeout: 120_000 });

  // Exactly once: every bundle on the service has its own device and export number, and the
  // coordinator's "Ophalen" brings the new contribution once.
  const token = (await kvValue<{ token: string }>(C.page, 'sync.config'))!.token;
  const list = (await (
    await fetch(`${SERVER}/api/v1/bundles`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { bundles: { sha256: string; deviceId: string; exportSeq: number }[] };
  const keys = list.bundles.map((b) => `${b.deviceId}:${b.exportSeq}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(list.bundles.map((b) => b.sha256)).size).toBe(list.bundles.length);
  // Per tablet: the process on pairing (1), the offline work (2); A also the crashed upload (3).
  const seqs = async (t: { page: Page }) => {
    const id = (await kvValue<{ id: string }>(t.page, 'device'))!.id;
    return list.bundles.filter((b) => b.deviceId === id).map((b) => b.exportSeq);
  };
  expect(await seqs(A)).toEqual([1, 2, 3]);
  expect(await seqs(B)).toEqual([1, 2]);
  expect(list.bundles).toHaveLength(5);
  await C.page.goto('./#/coordinator');
  await C.page.getByRole('button', { name: 'Ophalen' }).click();
  await expect
    .poll(() => contributionsIn(C.page), { timeout: 60_000 })
    .toEqual(['De bus rijdt te weinig', 'Een plek voor jongeren in de avond', 'Meer bankjes in het park']);

  // The coordinator revokes tablet B; B's next hand-in is refused in clear words; its data stays.
  await openSync(C.page);
  await C.page.getByRole('button', { name: 'Tablet Trajekt 2 intrekken' }).click();
  await C.page.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(C.page.getByTestId('sync-devices').locator('li[data-revoked="true"]')).toContainText(
    'Tablet Trajekt 2',
  );
  await expectNoAxeViolations(C.page, 'sync coordinator devices (1024x768)');
  await C.page.screenshot({ path: shot('08-coordinator-revoked'), fullPage: true });

  await B.page.goto(B.page.url().replace(/#.*$/, '#/'));
  await B.page
    .getByRole('link', { name: /Buurthuis Heer/ })
    .first()
    .click();
  await addContributionViaUi(B.page, { kind: 'Idee', text: 'Na het intrekken geschreven' });
  // Closing the meeting is one of the moments the tablet hands in by itself.
  await B.page.getByRole('link', { name: 'Bijeenkomst afsluiten' }).click();
  await B.page.getByRole('button', { name: 'Afsluiten en opslaan' }).click();
  await expect(B.page.getByTestId('sync-status')).toContainText('Deze tablet is ingetrokken', {
    timeout: 60_000,
  });
  expect(await contributionsIn(B.page)).toContain('Na het intrekken geschreven');
  await openSync(B.page);
  await expect(B.page.getByTestId('sync-state')).toContainText('Deze tablet is ingetrokken');
  await expectNoAxeViolations(B.page, 'sync revoked tablet (768x1024)');
  await B.page.screenshot({ path: shot('09-tablet-revoked'), fullPage: true });
  const pushesAfter = B.sync.filter((r) => r.startsWith('PUT')).length;
  // It does not keep trying by itself.
  await B.page.waitForTimeout(3_000);
  expect(B.sync.filter((r) => r.startsWith('PUT')).length).toBe(pushesAfter);

  for (const d of [A, B, C])
    expect(d.errors.filter((e) => !/Failed to load resource|ERR_|net::/.test(e))).toEqual([]);
  expect(cSync.length).toBeGreaterThan(0);
  for (const d of [A, B, C]) await d.context.close();
});
