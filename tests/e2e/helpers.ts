import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

/** Record every request; returns the list of those that went to another origin. */
export function trackForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(req.url());
  });
  return foreign;
}

/** Wait until the service worker is active and controls the page (reload once if needed). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** axe-core (WCAG 2.x A/AA and best practices): no violations on the current screen. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Type a meeting's start ("2026-12-03T19:30") the Dutch way: Datum dd-mm-jjjj, Tijd uu:mm. */
export async function fillMeetingStart(page: Page, isoLocal: string): Promise<void> {
  const [y, mo, d] = isoLocal.slice(0, 10).split('-');
  await page.getByLabel('Datum', { exact: true }).fill(`${d}-${mo}-${y}`);
  await page.getByLabel('Tijd', { exact: true }).fill(isoLocal.slice(11, 16));
}

/** After a PIN is saved: read the one-time recovery code, confirm it was written down, go on. */
export async function confirmRecoveryCode(page: Page): Promise<string> {
  const code = (await page.getByTestId('recovery-code').textContent())!.trim();
  await page.getByLabel('Ik heb de code opgeschreven').check();
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  return code;
}

export interface MeetingPlan {
  buurt: string;
  location: string;
  startsAt?: string;
  workForm?: string;
}

/** Plan a meeting through the form and land on its screen. */
export async function planMeetingViaUi(page: Page, plan: MeetingPlan, home = './#/'): Promise<void> {
  await page.goto(home);
  await page.getByRole('link', { name: 'Nieuwe bijeenkomst plannen' }).click();
  await page.getByLabel('Buurt').selectOption({ label: plan.buurt });
  await page.getByLabel('Plek').fill(plan.location);
  if (plan.startsAt) await fillMeetingStart(page, plan.startsAt);
  if (plan.workForm) await page.getByText(plan.workForm, { exact: true }).click();
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
  await expect(page.getByRole('button', { name: 'Bijeenkomst starten' })).toBeVisible();
}

/** Add one contribution in a running meeting through the capture form. */
export async function addContributionViaUi(
  page: Page,
  c: { kind: string; text: string; themes?: string[]; groups?: string[]; agree?: number },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Inbreng opschrijven' });
  await form.getByText(c.kind, { exact: true }).click();
  await form.getByLabel('Wat zei de bewoner?').fill(c.text);
  for (const th of c.themes ?? []) await form.getByText(th, { exact: true }).click();
  for (const g of c.groups ?? []) await form.getByText(g, { exact: true }).click();
  for (let i = 0; i < (c.agree ?? 0); i++)
    await form.getByRole('button', { name: 'Eén meer: Hoeveel anderen waren het ermee eens?' }).click();
  await form.getByRole('button', { name: 'Inbreng opslaan' }).click();
  await expect(form.getByText('Opgeslagen.')).toBeVisible();
}

/** Every visible button, chip, input and select on the screen is at least `min` x `min` CSS pixels. */
export async function expectTouchTargets(page: Page, min = 44): Promise<void> {
  const small = await page.evaluate((m) => {
    const els = document.querySelectorAll<HTMLElement>(
      'main button, main select, main textarea, main input:not([type=checkbox]):not([type=radio]):not([type=file]), main .bs-chip, main .utrecht-button-link, header button, header nav a',
    );
    return [...els]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < m - 0.5 || r.height < m - 0.5)
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`,
      );
  }, min);
  expect(small, `touch targets smaller than ${min}px`).toEqual([]);
}

export interface Device {
  context: BrowserContext;
  page: Page;
  /** Requests to another origin (must stay empty). */
  foreign: string[];
  /** Page errors, console errors and Content-Security-Policy refusals. */
  errors: string[];
}

/**
 * A device of its own (own browser context, so its own IndexedDB): started online until the
 * service worker controls it, optionally named in Settings, then optionally taken offline.
 */
export async function openDevice(
  browser: Browser,
  opts: { viewport?: { width: number; height: number }; label?: string; offline?: boolean } = {},
): Promise<Device> {
  // New contexts do not take the config's `use` options: Dutch and Amsterdam time, as on the tablets.
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1024, height: 768 },
    acceptDownloads: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const foreign = trackForeignRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await waitForServiceWorker(page);
  if (opts.label) {
    await page.goto('./#/settings');
    await page.getByLabel('Naam van dit apparaat').fill(opts.label);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
    await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  }
  if (opts.offline) {
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  }
  return { context, page, foreign, errors };
}

// biome-ignore lint/suspicious/noExplicitAny: rows read back from IndexedDB
export type Row = Record<string, any>;

/** Read a whole object store of the app's IndexedDB from inside the page. */
export function readStore(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const req = indexedDB.open('buurtstem');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction(name, 'readonly').objectStore(name).getAll();
          get.onsuccess = () => {
            resolve(get.result as Row[]);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}
