import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import {
  confirmRecoveryCode,
  expectNoAxeViolations,
  planMeetingViaUi,
  waitForServiceWorker,
} from './helpers';

/**
 * Residents in their own language (issue 13): the kiosk completed in Arabic and in Polish with the
 * network off, every text on every screen in that language (configuration texts included), axe 0;
 * a Turkish translation file exported from the settings, changed, read back and seen on the kiosk;
 * broken files refused with a Dutch message naming the key.
 */
test.use({ viewport: { width: 768, height: 1024 }, actionTimeout: 15_000 });

const shot = (name: string) => `screenshots/kiosk-languages/${name}.png`;
const PIN = '2468';

/** Plan and start a meeting, set the PIN, and hand the tablet over (the kiosk's welcome screen). */
async function openKiosk(page: Page): Promise<void> {
  await planMeetingViaUi(page, { buurt: 'De Heeg', location: 'Gemeenschapshuis De Heeg' });
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill(PIN);
  await page.getByLabel('Herhaal de pincode').fill(PIN);
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(page);
  await expect(page.getByText('De pincode is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  await expect(page.getByTestId('kiosk')).toBeVisible();
}

/**
 * Every visible text node in the kiosk whose nearest `lang` is not `lang`. Allowed: the language
 * buttons (each in its own language, on purpose) and the facilitator's exit corner (staff, Dutch).
 */
function wrongLang(page: Page, lang: string): Promise<string[]> {
  return page.evaluate((want) => {
    const root = document.querySelector('[data-testid=kiosk]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || !/\p{L}/u.test(text)) continue;
      if (el.closest('.bs-k-langs, .bs-k-corner, [aria-hidden=true]')) continue;
      if (!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)) continue;
      const got = el.closest('[lang]')?.getAttribute('lang');
      if (got !== want) out.push(`${got}: ${text}`);
    }
    return out;
  }, lang);
}

async function checkScreen(page: Page, lang: string, name: string): Promise<void> {
  expect(await wrongLang(page, lang), `texts not in ${lang} on ${name}`).toEqual([]);
  await expectNoAxeViolations(page, `${lang} ${name}`);
  const nav = page.locator('.bs-k-nav');
  if (await nav.count()) await nav.evaluate((el) => el.style.setProperty('position', 'static'));
  await page.screenshot({ path: shot(`${lang}-${name}`), fullPage: true });
  if (await nav.count()) await nav.evaluate((el) => el.style.removeProperty('position'));
}

for (const [lang, label, thanks] of [
  ['ar', 'العربية', 'شكرًا لك!'],
  ['pl', 'Polski', 'Dziękujemy!'],
] as const) {
  test(`a resident completes the kiosk in ${label}, offline, every text in ${lang}`, async ({
    page,
    context,
  }) => {
    test.setTimeout(360_000);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await openKiosk(page);
    const kiosk = page.getByTestId('kiosk');
    const title = () => page.locator('.bs-k-title').first();
    await kiosk.getByRole('button', { name: label }).click();
    await expect(kiosk).toHaveAttribute('lang', lang);
    await expect(kiosk).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    // ---- The shortest path: welcome, what matters, own words, thank you (4 screens) ----
    // Welcome: every configured question and the framing, translated (the lang check sees them).
    await expect(kiosk.locator('.bs-k-questions li')).toHaveCount(2);
    await checkScreen(page, lang, '01-welcome');
    const welcome = (await title().textContent()) ?? '';
    await kiosk.getByTestId('kiosk-next').click();
    await expect(title()).not.toHaveText(welcome);

    // What matters: a translated theme card.
    const themes = (await title().textContent()) ?? '';
    await kiosk.locator('label[for^="k-theme-"]').first().click();
    await expect(kiosk.locator('[id^="k-theme-"]:checked')).toHaveCount(1);
    await checkScreen(page, lang, '02-themes');
    await kiosk.getByTestId('kiosk-next').click();
    await expect(title()).not.toHaveText(themes);

    // Own words: a field for every question, labelled with the translated question.
    await expect(kiosk.locator('textarea[id^="k-words-"]')).toHaveCount(3);
    await checkScreen(page, lang, '03-words');
    await kiosk.getByTestId('kiosk-next').click();

    await expect(page.getByRole('heading', { level: 1, name: thanks })).toBeVisible();
    await checkScreen(page, lang, '04-thanks');

    // ---- "Tell more": every other question, each skippable, back to the thank-you screen ----
    await kiosk.getByTestId('kiosk-more').click();
    for (let i = 5; ; i++) {
      expect(i, 'the extra questions end at the thank-you screen').toBeLessThan(12);
      await expect(page.locator('h1').first()).toBeVisible();
      const heading = (await title().textContent()) ?? '';
      if (heading === thanks) break;
      await checkScreen(page, lang, `${String(i).padStart(2, '0')}-more`);
      await kiosk.getByTestId('kiosk-next').click();
      await expect(title()).not.toHaveText(heading);
    }
    // "How did you like this?": one tap, thanked in the resident's language.
    await kiosk.getByTestId('kiosk-rate-goed').click();
    await expect(kiosk.getByRole('status').first()).toBeVisible();
    await checkScreen(page, lang, '12-thanks-rated');
    await kiosk.getByTestId('kiosk-done').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Praat mee over uw buurt' })).toBeVisible();
  });
}

test('a Turkish translation file: export, change a theme, import, see it on the kiosk; broken files refused', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('./#/settings');
  const section = page.getByRole('region', { name: 'Talen voor bewoners' });
  await expect(section).toBeVisible();
  await expect(section.getByTestId('lang-pl')).toContainText('Alle teksten zijn vertaald.');
  await section.screenshot({ path: shot('settings-languages') });
  await expectNoAxeViolations(page, 'settings with languages');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Vertaalbestand downloaden: Turks' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('buurtstem-tr.po');
  const po = readFileSync((await download.path())!, 'utf8');
  expect(po).toContain('msgctxt "theme.ontmoeten.label"\nmsgid "Ontmoeten"\nmsgstr "Buluşmak"');
  const changed = po.replace(
    'msgctxt "theme.ontmoeten.label"\nmsgid "Ontmoeten"\nmsgstr "Buluşmak"',
    'msgctxt "theme.ontmoeten.label"\nmsgid "Ontmoeten"\nmsgstr "Komşularla buluşmak"',
  );

  // Broken files: refused, named, nothing changed.
  const file = section.getByLabel('Vertaalbestand inlezen');
  for (const [name, message] of [
    ['missing-placeholder', 'Sleutel "resident.progress": de plaatshouder {total} ontbreekt.'],
    [
      'unknown-key',
      'Sleutel "theme.bestaat-niet.label": onbekende sleutel (geen tekst van de app of van deze configuratie).',
    ],
    ['markup', 'Sleutel "theme.ontmoeten.label": bevat opmaak (HTML); alleen gewone tekst mag.'],
  ] as const) {
    await file.setInputFiles({
      name: `${name}.po`,
      mimeType: 'text/plain',
      buffer: readFileSync(`tests/fixtures/bad-po/${name}.po`),
    });
    const alert = section.getByRole('alert');
    await expect(alert).toContainText('Het vertaalbestand is niet ingelezen. Er is niets veranderd.');
    await expect(alert).toContainText(message);
    if (name === 'markup') {
      await expectNoAxeViolations(page, 'settings: translation file refused');
      await section.screenshot({ path: shot('settings-refused') });
    }
  }

  await file.setInputFiles({ name: 'buurtstem-tr.po', mimeType: 'text/plain', buffer: Buffer.from(changed) });
  await expect(section.getByRole('status').filter({ hasText: 'ingelezen voor Turks' })).toBeVisible();

  await openKiosk(page);
  const kiosk = page.getByTestId('kiosk');
  await kiosk.getByRole('button', { name: 'Türkçe' }).click();
  await kiosk.getByTestId('kiosk-next').click();
  await expect(kiosk.locator('label[for="k-theme-ontmoeten"]')).toContainText('Komşularla buluşmak');
  // Its nearest lang is Turkish (the kiosk's; only Dutch fallbacks carry lang="nl").
  expect(
    await kiosk
      .locator('label[for="k-theme-ontmoeten"] strong')
      .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
  ).toBe('tr');
  expect(await wrongLang(page, 'tr')).toEqual([]);
  await page.screenshot({ path: shot('tr-themes-after-import'), fullPage: true });
});
