import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { planMeetingViaUi, trackForeignRequests, waitForServiceWorker } from './helpers';

const outDir = process.env.BUURTSTEM_OUT ?? 'dist';

/** Serve a copy of the build from its own folder (so a test can change it), under `base`. */
async function serveCopy(port: number, base: string): Promise<{ dir: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'buurtstem-'));
  cpSync(outDir, dir, { recursive: true });
  const child: ChildProcess = spawn(
    'node',
    ['scripts/serve.mjs', '--port', String(port), '--dir', dir, '--base', base],
    {
      stdio: 'pipe',
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', () => resolve());
    child.on('error', reject);
  });
  return {
    dir,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const basePort = Number(process.env.BUURTSTEM_PORT ?? 4317) + 100;

test('works from a sub-path (/buurtstem/), offline too, under a strict Content-Security-Policy', async ({
  page,
  context,
}) => {
  const server = await serveCopy(basePort, '/buurtstem/');
  try {
    const foreign = trackForeignRequests(page);
    const cspViolations: string[] = [];
    page.on(
      'console',
      (m) => /Content Security Policy|Refused to/.test(m.text()) && cspViolations.push(m.text()),
    );
    await page.goto(`http://localhost:${basePort}/buurtstem/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
    await waitForServiceWorker(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`http://localhost:${basePort}/buurtstem/`);

    // The policy is in the page, and it blocks a request to another origin before it is sent.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    // connect-src allows 'self', https: (a sync server the user sets up) and loopback; the app
    // itself sends nothing until sync is set up (sync-screens.spec.ts). Plain http elsewhere is refused.
    expect(csp).toContain("connect-src 'self' https: http://localhost:* http://127.0.0.1:*");
    const blocked = await page.evaluate(() =>
      fetch('http://example.org/track').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
    expect(cspViolations.some((v) => v.includes('example.org'))).toBe(true);

    await page.goto(`http://localhost:${basePort}/buurtstem/#/meetings/new`);
    await page.getByLabel('Buurt').selectOption({ label: 'Heugem' });
    await page.getByLabel('Plek').fill('Buurthuis Heugem');
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(page.getByRole('button', { name: 'Bijeenkomst starten' })).toBeVisible();

    await context.setOffline(true);
    await page.goto(`http://localhost:${basePort}/buurtstem/`);
    await expect(page.getByRole('link', { name: /Buurthuis Heugem/ })).toBeVisible();
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBe('./manifest.webmanifest');
    // Only the example.org attempt above, which the policy refused, went elsewhere.
    expect(foreign.filter((u) => !u.startsWith('http://example.org/'))).toEqual([]);
  } finally {
    server.stop();
  }
});

/** A changed service worker file is a new version of the app; the page looks for it now. */
async function publishNewVersion(page: Page, dir: string): Promise<void> {
  appendFileSync(join(dir, 'sw.js'), `\n// new version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

async function newVersionWaiting(page: Page, dir: string): Promise<void> {
  await publishNewVersion(page, dir);
  await expect(page.getByText('Er is een nieuwe versie van Buurtstem.')).toBeVisible();
}

test('a new version is offered, but never while a meeting screen is open', async ({ page }) => {
  const port = basePort + 1;
  const server = await serveCopy(port, '/');
  try {
    await page.goto(`http://localhost:${port}/`);
    await waitForServiceWorker(page);
    await page.goto(`http://localhost:${port}/#/`);
    await planMeetingViaUi(
      page,
      { buurt: 'Wolder', location: 'Wijkcentrum Wolder' },
      `http://localhost:${port}/#/`,
    );
    await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await page
      .getByRole('form', { name: 'Inbreng opschrijven' })
      .getByLabel('Wat zei de bewoner?')
      .fill('Nog niet opgeslagen');

    await newVersionWaiting(page, server.dir);
    // On the running meeting: no update button, and the page does not reload by itself.
    await expect(
      page.getByText('Bijwerken kan als de bijeenkomst is afgesloten en alles is opgeslagen.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nu bijwerken' })).toHaveCount(0);
    await page.screenshot({ path: 'screenshots/deploy/update-waits-on-meeting.png' });
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    // Away from the meeting the user may update; the page reloads only after the click.
    await page.goto(`http://localhost:${port}/#/`);
    await expect(page.getByRole('button', { name: 'Nu bijwerken' })).toBeVisible();
    await page.screenshot({ path: 'screenshots/deploy/update-offered-home.png' });
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Nu bijwerken' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
    await expect(page.getByText('Er is een nieuwe versie van Buurtstem.')).toHaveCount(0);
    // The half-typed text survived the update.
    await page.getByRole('link', { name: /Wijkcentrum Wolder/ }).click();
    await expect(
      page.getByRole('form', { name: 'Inbreng opschrijven' }).getByLabel('Wat zei de bewoner?'),
    ).toHaveValue('Nog niet opgeslagen');
  } finally {
    server.stop();
  }
});

test('English, loaded once online, stays without internet, also after a new version', async ({
  page,
  context,
}) => {
  const port = basePort + 2;
  const server = await serveCopy(port, '/');
  const englishCache = () =>
    page.evaluate(async () =>
      (await (await caches.open('buurtstem-texts-en')).keys()).map((r) => new URL(r.url).pathname),
    );
  try {
    await page.goto(`http://localhost:${port}/`);
    await waitForServiceWorker(page);
    // Not installed with the app: the service worker's list does not have it.
    expect(await englishCache()).toEqual([]);

    await page.getByRole('button', { name: /EN/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect.poll(englishCache).toEqual([expect.stringMatching(/^\/assets\/en-[\w-]+\.js$/)]);
    const [english] = await englishCache();

    // A new version gives the English file a new name. As if this device had English from an
    // older version: only an old file in the cache. The new service worker brings the current one
    // along while it installs (sw-english.js), and the page keeps only that one.
    await page.evaluate(async (current) => {
      const cache = await caches.open('buurtstem-texts-en');
      await cache.delete(current!);
      await cache.put('assets/en-older000.js', new Response('export const en = {};'));
    }, english);
    await publishNewVersion(page, server.dir);
    await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
    await expect.poll(englishCache).toContain(english);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect.poll(englishCache).toEqual([english]);

    // Without internet, a new start is in English, with no message.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('lang-missing')).toHaveCount(0);
  } finally {
    server.stop();
  }
});
