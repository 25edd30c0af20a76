import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  confirmRecoveryCode,
  expectNoAxeViolations,
  planMeetingViaUi,
  readStore,
  trackForeignRequests,
  waitForServiceWorker,
} from './helpers';

/**
 * Issue 13 item 4, on a tablet in portrait (768x1024) with the network off: the shortest path
 * through the kiosk is 4 screens and 4 taps (welcome, what matters, own words, thank you); "Wilt u
 * nog iets meer vertellen?" leads through every other question; "Hoe vond u dit?" makes one
 * experiences record; "Wilt u meehelpen?" one contact that cannot be joined to the answers. axe 0 on
 * every screen, in Dutch and in English; a screenshot of each.
 */
test.use({ viewport: { width: 768, height: 1024 }, actionTimeout: 15_000 });

const shot = (name: string) => `screenshots/kiosk-path/${name}.png`;
const PIN = '2468';
/** Staff words a resident never reads (docs/WOORDENLIJST.md). */
const JARGON = /\b(inbreng|doelgroep\w*|participatieniveau|werkvorm\w*|traject\w*|participatie\w*)\b/i;

/** axe 0, no staff jargon in Dutch, and a full-page screenshot of the current screen. */
async function check(page: Page, name: string, lang: 'nl' | 'en'): Promise<void> {
  await expectNoAxeViolations(page, name);
  if (lang === 'nl') expect(await page.getByTestId('kiosk').innerText()).not.toMatch(JARGON);
  const nav = page.locator('.bs-k-nav');
  const sticky = (await nav.count()) > 0;
  if (sticky) await nav.evaluate((el) => el.style.setProperty('position', 'static'));
  await page.screenshot({ path: shot(name), fullPage: true });
  if (sticky) await nav.evaluate((el) => el.style.removeProperty('position'));
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const pick = (kiosk: Locator, text: string) => kiosk.getByText(text, { exact: true }).click();

test('the shortest path is 4 screens and 4 taps; the rest after "Wilt u nog iets meer vertellen?"; offline', async ({
  page,
  context,
}) => {
  test.setTimeout(420_000);
  const foreign = trackForeignRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();

  await planMeetingViaUi(page, {
    buurt: 'Heugem',
    location: 'Buurthuis Heugem',
    startsAt: '2026-12-10T14:00',
  });
  const meetingId = /#\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill(PIN);
  await page.getByLabel('Herhaal de pincode').fill(PIN);
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(page);
  await expect(page.getByText('De pincode is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  const kiosk = page.getByTestId('kiosk');

  // ---- Resident 1 (Dutch): the shortest path, every tap counted ----
  let taps = 0;
  const tap = async (target: Locator) => {
    taps++;
    await target.click();
  };
  const screens: string[] = [];
  const seen = async () => {
    const title = (await h1(page).textContent())!.trim();
    if (screens.at(-1) !== title) screens.push(title);
  };

  await expect(h1(page)).toHaveText('Praat mee over uw buurt');
  // Every configured question, and what it is about and not about, before the first tap.
  await expect(kiosk.getByText('Onze vragen aan u')).toBeVisible();
  await expect(kiosk.getByText('Wat is belangrijk om goed samen te leven in uw buurt?')).toBeVisible();
  await expect(kiosk.getByText('Wat gaat goed, en wat moet anders?')).toBeVisible();
  await expect(kiosk.getByText(/Het gaat niet over huizen bouwen, wegen of parkeren\./)).toBeVisible();
  await seen();
  await check(page, 'nl-01-welcome', 'nl');
  await tap(kiosk.getByRole('button', { name: 'Beginnen' }));

  await expect(h1(page)).toHaveText('Wat is belangrijk voor u?');
  await expect(kiosk.getByText('Stap 1 van 2')).toBeVisible();
  await seen();
  await tap(kiosk.getByText('Ontmoeten', { exact: true }));
  await check(page, 'nl-02-themes', 'nl');
  await tap(kiosk.getByRole('button', { name: 'Verder' }));

  await expect(h1(page)).toHaveText('Zeg het in uw eigen woorden');
  await expect(kiosk.getByText('Stap 2 van 2')).toBeVisible();
  // A field for every configured question.
  await expect(kiosk.getByLabel('Wat is belangrijk om goed samen te leven in uw buurt?')).toBeVisible();
  await expect(kiosk.getByLabel('Wat gaat goed, en wat moet anders?')).toBeVisible();
  await seen();
  await check(page, 'nl-03-words', 'nl');
  // Nothing is sent anywhere: the button says "Klaar", not "Versturen".
  await expect(kiosk.getByRole('button', { name: 'Versturen' })).toHaveCount(0);
  await tap(kiosk.getByRole('button', { name: 'Klaar' }));

  await expect(h1(page)).toHaveText('Dank u wel!');
  await seen();
  expect(screens).toEqual([
    'Praat mee over uw buurt',
    'Wat is belangrijk voor u?',
    'Zeg het in uw eigen woorden',
    'Dank u wel!',
  ]);
  expect(taps).toBe(4);
  // Saved at the end of the shortest path, before any offer on the thank-you screen.
  let mine = (await readStore(page, 'contributions')).filter((c) => c.source === 'kiosk');
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({
    kind: 'mening',
    themeIds: ['ontmoeten'],
    meetingId,
    selfGroupIds: ['onbekend'],
  });
  const respondentId = mine[0]!.respondentId as string;
  await check(page, 'nl-04-thanks', 'nl');

  // ---- "Hoe vond u dit?": one tap, one experiences record, linked to nothing but the meeting ----
  await kiosk.getByRole('button', { name: 'Goed', exact: true }).click();
  await expect(kiosk.getByText('Dank u. Zo kunnen we het beter maken.')).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Goed', exact: true })).toHaveCount(0);
  const experiences = await readStore(page, 'experiences');
  expect(experiences).toHaveLength(1);
  expect(experiences[0]).toMatchObject({ meetingId, who: 'resident', rating: 'goed', deleted: false });
  expect(JSON.stringify(experiences[0])).not.toContain(respondentId);

  // ---- "Wilt u nog iets meer vertellen?": every other question, each skippable ----
  await kiosk.getByRole('button', { name: 'Ja, ik vertel meer' }).click();
  await expect(h1(page)).toHaveText('Gaat het goed, of moet het anders?');
  await expect(kiosk.getByText('Stap 1 van 5')).toBeVisible();
  await page.locator('label[for="k-assess-ontmoeten-anders"]').click();
  await check(page, 'nl-05-assess', 'nl');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await expect(h1(page)).toHaveText('In welke buurt woont u?');
  await pick(kiosk, 'Heugem');
  await check(page, 'nl-06-buurt', 'nl');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await expect(h1(page)).toHaveText('Hoe oud bent u?');
  await check(page, 'nl-07-age', 'nl');
  await kiosk.getByRole('button', { name: 'Verder' }).click(); // skipped
  await expect(h1(page)).toHaveText('Past een van deze zinnen bij u?');
  // Target groups as a resident says it, never the staff name.
  await expect(kiosk.getByText('Ik zorg voor iemand in mijn familie of buurt')).toBeVisible();
  await expect(kiosk.getByText('Mantelzorgers', { exact: true })).toHaveCount(0);
  await pick(kiosk, 'Ik zorg voor iemand in mijn familie of buurt');
  await check(page, 'nl-08-groups', 'nl');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await expect(h1(page)).toHaveText('Wilt u horen wat er met de antwoorden gebeurt?');
  await check(page, 'nl-09-contact', 'nl');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(h1(page)).toHaveText('Dank u wel!');
  await expect(kiosk.getByRole('button', { name: 'Ja, ik vertel meer' })).toHaveCount(0);
  // The same records, now with the extra answers.
  mine = (await readStore(page, 'contributions')).filter((c) => c.source === 'kiosk');
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({
    respondentId,
    rev: 2,
    residentBuurtId: 'heugem',
    selfGroupIds: ['mantelzorgers'],
    themeAssessments: { ontmoeten: 'moet-anders' },
  });
  expect(mine[0]).not.toHaveProperty('ageBand');

  // ---- "Wilt u meehelpen?": a contact apart from the answers ----
  await kiosk.getByRole('button', { name: 'Ja, ik help graag mee' }).click();
  await expect(h1(page)).toHaveText('Hoe kunnen we u bereiken?');
  await pick(kiosk, 'Per e-mail');
  await kiosk.getByLabel('Uw e-mailadres').fill('helper@example.nl');
  await kiosk.getByText(/Ja, de gemeente mag contact met mij opnemen om mee te helpen\./).click();
  await check(page, 'nl-10-help', 'nl');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(kiosk.getByText('Dank u! We nemen contact met u op.')).toBeVisible();
  await check(page, 'nl-11-thanks-after', 'nl');
  const contacts = await readStore(page, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    meetingId,
    purpose: 'meehelpen',
    channel: 'email',
    value: 'helper@example.nl',
    consentVersion: 'kiosk-meehelpen-1',
  });
  expect(contacts[0]!.createdAt).toMatch(/T00:00:00\.000Z$/);
  expect(JSON.stringify(contacts[0])).not.toContain(respondentId);
  expect(JSON.stringify(mine)).not.toContain('helper@example.nl');

  await kiosk.getByRole('button', { name: 'Ik ben klaar' }).click();
  await expect(h1(page)).toHaveText('Praat mee over uw buurt');
  expect(await page.content()).not.toContain('helper@example.nl');

  // ---- Resident 2 (English): the full path through every question, network still off ----
  await kiosk.getByRole('button', { name: 'English' }).click();
  await expect(h1(page)).toHaveText('Have your say about your neighbourhood');
  await check(page, 'en-01-welcome', 'en');
  await kiosk.getByRole('button', { name: 'Start' }).click();
  // Theme cards and questions from the configuration in English too (the example translates them).
  await pick(kiosk, 'Children and young people');
  await pick(kiosk, 'Safety');
  await check(page, 'en-02-themes', 'en');
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk
    .getByLabel('What is important for living well together in your neighbourhood?')
    .fill('A place for teenagers');
  await kiosk.getByLabel('What is going well, and what needs to change?').fill('More light in the park');
  expect(
    // The staff's exit corner is Dutch on purpose; the questions are not.
    await kiosk.locator('.bs-k-field [lang="nl"]').count(),
    'no Dutch fallback on the English own-words screen',
  ).toBe(0);
  await kiosk.getByLabel('Do you have an idea for the neighbourhood?').fill('A football cage');
  await check(page, 'en-03-words', 'en');
  await kiosk.getByRole('button', { name: 'Done' }).click();
  await expect(h1(page)).toHaveText('Thank you!');
  await check(page, 'en-04-thanks', 'en');
  await kiosk.getByRole('button', { name: 'Yes, I will tell more' }).click();
  await page.locator('label[for="k-assess-jeugd-anders"]').click();
  await check(page, 'en-05-assess', 'en');
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await pick(kiosk, 'In another neighbourhood');
  await check(page, 'en-06-buurt', 'en');
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await pick(kiosk, '18 to 24 years');
  await check(page, 'en-07-age', 'en');
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await pick(kiosk, 'I would rather not say');
  await check(page, 'en-08-groups', 'en');
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await pick(kiosk, 'By e-mail');
  await kiosk.getByLabel('Your e-mail address').fill('resident@example.nl');
  await kiosk.getByRole('button', { name: 'Done' }).click();
  await expect(kiosk.getByRole('alert')).toBeVisible();
  await check(page, 'en-09-contact-error', 'en');
  await kiosk.locator('label[for="k-contact-consent"]').click();
  await kiosk.getByRole('button', { name: 'Done' }).click();
  await expect(h1(page)).toHaveText('Thank you!');
  await kiosk.getByRole('button', { name: 'Not good' }).click();
  await kiosk.getByRole('button', { name: 'Yes, I would like to help' }).click();
  await check(page, 'en-10-help', 'en');
  await kiosk.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText('Thank you!');
  await kiosk.getByRole('button', { name: 'I am done' }).click();

  const second = (await readStore(page, 'contributions')).filter(
    (c) => c.source === 'kiosk' && c.respondentId !== respondentId,
  );
  expect(second.map((c) => [c.kind, c.questionId ?? null, c.text]).sort()).toEqual(
    [
      ['idee', null, 'A football cage'],
      ['mening', null, ''],
      ['mening', 'wat-is-belangrijk', 'A place for teenagers'],
      ['mening', 'wat-kan-beter', 'More light in the park'],
    ].sort(),
  );
  for (const c of second) expect(c).toMatchObject({ residentBuurtId: 'andere-buurt', ageBand: '18-24' });
  const allContacts = await readStore(page, 'contacts');
  expect(allContacts.map((c) => c.purpose).sort()).toEqual(['meehelpen', 'terugkoppeling']);
  expect((await readStore(page, 'experiences')).map((e) => e.rating).sort()).toEqual(['goed', 'niet-goed']);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
