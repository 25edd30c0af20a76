import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import {
  confirmRecoveryCode,
  expectNoAxeViolations,
  openDevice,
  planMeetingViaUi,
  type Row,
  readStore,
  trackForeignRequests,
  waitForServiceWorker,
} from './helpers';

/**
 * Issue 10 items 4 and 5 in Chromium, network off: a kiosk resident leaves a contact; the tablet's
 * export and the coordinator's merged export are searched for any join between the contact and
 * the answers; a year later the contact is past its retention period, the coordinator erases it,
 * and the erasure reaches a second tablet without the address.
 */

const DIR = 'test-results/privacy';
const shot = (name: string) => join(DIR, `${name}.png`);
const PIN = '2468';
const EMAIL = 'buurtbewoner@example.nl';
const DAY_MS = 86_400_000;
// The kiosk tablet lives 400 days in the past: its contact is past the longest retention period
// (12 months) on the coordinator's (real) today.
const PAST = Date.now() - 400 * DAY_MS;

async function exportVia(page: Page, button: string, saveAs: string): Promise<string> {
  await page.goto('./#/exchange');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(DIR, saveAs);
  await download.saveAs(path);
  return path;
}

async function importVia(page: Page, file: string): Promise<void> {
  await page.goto('./#/exchange/import');
  await page.getByLabel('Bestanden kiezen').setInputFiles([file]);
  await expect(page.getByTestId('import-row')).toHaveCount(1);
  await expect(page.getByText(/^Bezig met/)).toHaveCount(0);
  await expect(page.getByTestId('import-row')).toHaveAttribute('data-status', 'imported');
}

const pick = (kiosk: Locator, text: string) => kiosk.getByText(text, { exact: true }).click();

/** A kiosk tablet whose clock is set 400 days back, offline after its service worker is ready. */
async function kioskTablet(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    acceptDownloads: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const foreign = trackForeignRequests(page);
  await page.clock.install({ time: PAST });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  return { context, page, foreign };
}

/** Every join a curious analyst would try between contacts and answers in one file. */
function expectNoJoin(path: string) {
  const text = readFileSync(path, 'utf8');
  const records = JSON.parse(text).payload.records as Record<string, Row[]>;
  const contacts = records.contacts ?? [];
  const answers = (records.contributions ?? []).filter((c) => c.source === 'kiosk');
  expect(contacts.map((c) => c.value)).toContain(EMAIL);
  expect(answers.length).toBeGreaterThanOrEqual(2);
  expect(text).not.toContain('localSeq');
  const ms = (stamp: string) => Number(stamp.split('.')[0]);
  const counter = (stamp: string) => stamp.split('.')[1];
  for (const c of contacts) {
    // Day only, in every field with time; no respondent id, no answer.
    expect(c.createdAt).toMatch(/T00:00:00\.000Z$/);
    expect(ms(c.updatedAt) % DAY_MS).toBe(0);
    for (const s of Object.values(c.vv ?? {}) as string[]) expect(ms(s) % DAY_MS).toBe(0);
    expect(counter(c.updatedAt)).toBe('0001');
    expect(c).not.toHaveProperty('respondentId');
    // Clock order: before every answer of its day, so its place among them says nothing.
    for (const a of answers) expect(ms(c.updatedAt)).toBeLessThan(ms(a.updatedAt));
    // Device + time window: the window it gives (its day) holds every resident of that day.
    const inWindow = new Set(
      answers
        .filter((a) => a.deviceId === c.deviceId)
        .filter((a) => Date.parse(a.createdAt) >= Date.parse(c.createdAt))
        .filter((a) => Date.parse(a.createdAt) < Date.parse(c.createdAt) + DAY_MS)
        .map((a) => a.respondentId),
    );
    expect(inWindow).toEqual(new Set(answers.map((a) => a.respondentId)));
  }
  // Position: in the order of the random ids.
  const ids = contacts.map((c) => c.id);
  expect(ids).toEqual([...ids].sort());
  // The answers' stamps: consecutive counters within a send, no gap left by the contact.
  return { contacts, answers };
}

test('a contact cannot be joined to the answers, and its erasure reaches every tablet without the address', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  mkdirSync(DIR, { recursive: true });

  // ---- The kiosk tablet: one resident without, one with a contact ----
  const K = await kioskTablet(browser);
  await planMeetingViaUi(K.page, { buurt: 'De Heeg', location: 'Buurthuis De Heeg', workForm: 'Inloop' });
  await K.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await K.page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await K.page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill(PIN);
  await K.page.getByLabel('Herhaal de pincode').fill(PIN);
  await K.page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(K.page);
  await K.page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  const kiosk = K.page.getByTestId('kiosk');

  // Resident 1: a theme and a few words, no contact.
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await pick(kiosk, 'Wonen en buurt');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByLabel('Heeft u een idee voor de buurt?').fill('Meer bankjes op het plein');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(K.page.getByRole('heading', { level: 1, name: 'Dank u wel!' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Ik ben klaar' }).click();

  // Resident 2: words and a contact, with consent.
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await pick(kiosk, 'Veiligheid');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByLabel('Wat gaat goed, en wat moet anders?').fill('Licht in de steeg achter de school');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await kiosk.getByRole('button', { name: 'Ja, ik vertel meer' }).click();
  // Assessment, buurt, age, groups: skipped; then the contact.
  for (const title of [
    'Gaat het goed, of moet het anders?',
    'In welke buurt woont u?',
    'Hoe oud bent u?',
    'Past een van deze zinnen bij u?',
  ]) {
    await expect(K.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await kiosk.getByRole('button', { name: 'Verder' }).click();
  }
  await pick(kiosk, 'Per e-mail');
  await kiosk.getByLabel('Uw e-mailadres').fill(EMAIL);
  await pick(
    kiosk,
    'Ja, de gemeente mag mij een bericht sturen over wat er met de antwoorden gebeurt. Daarna haalt de gemeente mijn e-mailadres of telefoonnummer weg.',
  );
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(K.page.getByRole('heading', { level: 1, name: 'Dank u wel!' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Ik ben klaar' }).click();

  // The facilitator leaves the kiosk with the PIN and exports everything.
  await K.page.getByRole('button', { name: 'Begeleider: bewonersstand verlaten' }).focus();
  await K.page.keyboard.press('Enter');
  const pad = K.page.getByRole('dialog', { name: 'Pincode van de begeleider' });
  await pad.getByLabel('Pincode').fill(PIN);
  await pad.getByRole('button', { name: 'OK' }).click();
  await expect(K.page.getByTestId('kiosk')).toHaveCount(0);
  const kioskFile = await exportVia(K.page, 'Alles exporteren', 'kiosk-alles.json');
  const fromKiosk = expectNoJoin(kioskFile);
  expect(fromKiosk.contacts).toHaveLength(1);

  // ---- A second tablet has the contact (it imported the kiosk file) ----
  const B = await openDevice(browser, { viewport: { width: 1024, height: 768 }, offline: true });
  await importVia(B.page, kioskFile);
  expect((await readStore(B.page, 'contacts')).map((c) => c.value)).toEqual([EMAIL]);

  // ---- The coordinator: imports, merged export searched for joins ----
  const C = await openDevice(browser, { viewport: { width: 1024, height: 768 }, offline: true });
  await importVia(C.page, kioskFile);
  const mergedFile = await exportVia(C.page, 'Alles exporteren', 'coordinator-alles.json');
  expectNoJoin(mergedFile);

  // ---- A year later: the contact is past its retention period ----
  await C.page.goto('./#/contacts');
  await expect(
    C.page.getByRole('heading', { level: 1, name: 'Contacten voor terugkoppeling' }),
  ).toBeVisible();
  await expect(C.page.getByTestId('contacts-table').first()).toContainText(EMAIL);
  await expect(C.page.getByTestId('contacts-table').first()).toContainText('langste bewaartermijn');
  await expectNoAxeViolations(C.page, 'contacts: due');
  await C.page.screenshot({ path: shot('01-contacts-due'), fullPage: true });
  // An erasure request finds the person, however the address is typed.
  await C.page.getByLabel('E-mailadres of telefoonnummer').fill(' BuurtBewoner@example.nl ');
  await C.page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(C.page.getByText('Gevonden: 1.')).toBeVisible();
  await expectNoAxeViolations(C.page, 'contacts: found');
  await C.page.screenshot({ path: shot('02-contacts-found'), fullPage: true });
  await C.page.getByRole('button', { name: 'Wis wat gevonden is (1)' }).click();
  await expect(C.page.getByText(/^Gewist: 1\./)).toBeVisible();
  await expect(C.page.getByText('Er zijn geen contacten waarvan de bewaartermijn voorbij is.')).toBeVisible();
  await expect(C.page.getByText('Er zijn geen contacten op deze tablet.')).toBeVisible();
  await expect(C.page.getByText(EMAIL)).toHaveCount(0);
  await expectNoAxeViolations(C.page, 'contacts: erased');
  await C.page.screenshot({ path: shot('03-contacts-erased'), fullPage: true });
  const stored = await readStore(C.page, 'contacts');
  expect(stored).toHaveLength(1);
  expect(stored[0]!.deleted).toBe(true);
  expect(JSON.stringify(stored)).not.toContain('buurtbewoner');

  // ---- The erasure travels, without the address ----
  const erasureFile = await exportVia(C.page, 'Nieuwe wijzigingen exporteren', 'coordinator-wissen.json');
  const erasure = readFileSync(erasureFile, 'utf8');
  expect(erasure).not.toContain('buurtbewoner');
  expect(JSON.parse(erasure).payload.records.contacts).toHaveLength(1);
  await importVia(B.page, erasureFile);
  const onB = await readStore(B.page, 'contacts');
  expect(onB).toHaveLength(1);
  expect(onB[0]!.deleted).toBe(true);
  expect(JSON.stringify(onB)).not.toContain('buurtbewoner');
  expect(JSON.stringify(await readStore(B.page, 'conflicts'))).not.toContain('buurtbewoner');
  // The old kiosk file again cannot bring it back.
  await importVia(B.page, kioskFile);
  expect(JSON.stringify(await readStore(B.page, 'contacts'))).not.toContain('buurtbewoner');

  for (const d of [K, B, C]) expect(d.foreign).toEqual([]);
  for (const d of [B, C]) expect(d.errors).toEqual([]);
  for (const d of [K, B, C]) await d.context.close();
});
