import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  confirmRecoveryCode,
  expectNoAxeViolations,
  planMeetingViaUi,
  type Row,
  readStore,
  trackForeignRequests,
  waitForServiceWorker,
} from './helpers';

/**
 * The resident kiosk on a tablet in portrait (768x1024), offline from the start: the facilitator
 * hands the tablet over from a running meeting; three residents fill in (Arabic, the shortest path
 * and then every other question; the shortest path only; Dutch with a contact and consent); escape attempts; idle reset with Playwright's
 * clock; the PIN pad with its lockout; the counts in the meeting screen.
 */
test.use({ viewport: { width: 768, height: 1024 }, actionTimeout: 15_000 });

const shot = (name: string) => `screenshots/kiosk/${name}.png`;
const PIN = '2468';

async function kvValue(page: Page, key: string): Promise<unknown> {
  return (await readStore(page, 'kv')).find((r) => r.key === key)?.value;
}

/** Every visible control of the kiosk is at least 48x48 CSS pixels. */
async function expectBigTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() => {
    const els = document.querySelectorAll<HTMLElement>(
      '[data-testid=kiosk] button, [data-testid=kiosk] .bs-k-choice, [data-testid=kiosk] textarea, [data-testid=kiosk] input:not([type=checkbox]):not([type=radio])',
    );
    return [...els]
      .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 47.5 || r.height < 47.5)
      .map(
        ({ el, r }) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 20)}" ${r.width}x${r.height}`,
      );
  });
  expect(small, 'kiosk touch targets smaller than 48px').toEqual([]);
}

/** axe (0 violations), the 48 px check and a screenshot of the current kiosk screen. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await expectBigTargets(page);
  // The sticky back/forward bar would cover content in a full-page picture: let it flow for the shot.
  const nav = page.locator('.bs-k-nav');
  const sticky = (await nav.count()) > 0;
  if (sticky) await nav.evaluate((el) => el.style.setProperty('position', 'static'));
  await page.screenshot({ path: shot(name), fullPage: true });
  if (sticky) await nav.evaluate((el) => el.style.removeProperty('position'));
}

async function expectStillKiosk(page: Page): Promise<void> {
  await expect(page.getByTestId('kiosk')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Instellingen' })).toHaveCount(0);
}

const pick = (kiosk: Locator, text: string) => kiosk.getByText(text, { exact: true }).click();
const choice = (page: Page, id: string) => page.locator(`label[for="${id}"]`);

test('residents fill in on the kiosk; the tablet stays in kiosk mode until the PIN', async ({
  page,
  context,
}) => {
  test.setTimeout(480_000);
  const foreign = trackForeignRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.clock.install();

  // ---- Offline from the start ----
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();

  // ---- Plan and start a meeting, hand the tablet over ----
  await planMeetingViaUi(page, {
    buurt: 'De Heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-12-03T19:30',
    workForm: 'Inloop',
  });
  const meetingId = /#\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  // No kiosk card before the first resident.
  await expect(page.getByTestId('kiosk-count')).toHaveCount(0);
  await page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'De tablet aan een bewoner geven' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stel eerst een pincode in' })).toBeVisible();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill('12');
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await expect(page.getByText('Gebruik 4 tot 6 cijfers.')).toBeVisible();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill(PIN);
  await page.getByLabel('Herhaal de pincode').fill('2469');
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await expect(page.getByText('De twee pincodes zijn niet hetzelfde.')).toBeVisible();
  await expectNoAxeViolations(page, 'kiosk start: PIN setup with error');
  await page.screenshot({ path: shot('facilitator-01-pin-setup'), fullPage: true });
  await page.getByLabel('Herhaal de pincode').fill(PIN);
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(page);
  await expect(page.getByText('De pincode is opgeslagen.')).toBeVisible();
  const pinHash = (await kvValue(page, 'kiosk.pin')) as Row;
  expect(pinHash.algo).toBe('PBKDF2-SHA256');
  expect(pinHash.iterations).toBeGreaterThanOrEqual(300_000);
  expect(JSON.stringify(pinHash)).not.toContain(PIN);
  await expectNoAxeViolations(page, 'kiosk start');
  await page.screenshot({ path: shot('facilitator-02-start'), fullPage: true });
  await page.getByRole('button', { name: 'Bewonersstand starten' }).click();

  const kiosk = page.getByTestId('kiosk');
  await expectStillKiosk(page);
  expect(await kvValue(page, 'kiosk.mode')).toMatchObject({ meetingId });

  // ---- Resident 1, in Arabic: the shortest path, then every other question ----
  await expect(page.getByRole('heading', { level: 1, name: 'Praat mee over uw buurt' })).toBeVisible();
  await expect(kiosk.getByText('Wat is belangrijk om goed samen te leven in uw buurt?')).toBeVisible();
  await expect(
    kiosk.getByText('U praat mee. De gemeente beslist, en laat u weten wat er met uw antwoorden gebeurt.'),
  ).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
  for (const label of ['Nederlands', 'English', 'العربية', 'Türkçe', 'Polski'])
    await expect(kiosk.getByRole('button', { name: label })).toBeVisible();
  await check(page, 'nl-01-welcome');

  await kiosk.getByRole('button', { name: 'العربية' }).click();
  await expect(kiosk).toHaveAttribute('dir', 'rtl');
  await expect(kiosk).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: 'شارك برأيك في حيّك' })).toBeVisible();
  // Texts of the configuration in the resident's language too (the example carries Arabic).
  await expect(kiosk.getByText('ما المهم لكي نعيش معًا بشكل جيد في حيّك؟')).toBeVisible();
  await expect(kiosk.getByText('Wat is belangrijk om goed samen te leven in uw buurt?')).toHaveCount(0);
  // The participation level in the resident's language.
  await expect(kiosk.getByText('أنت تشارك في الحوار. البلدية تقرر، وتخبرك بما حدث بما قلته.')).toBeVisible();
  // Mirrored: the start button sits on the left in right-to-left.
  const startBox = (await kiosk.getByRole('button', { name: 'ابدأ' }).boundingBox())!;
  expect(startBox.x).toBeLessThan(768 / 2);
  await check(page, 'ar-01-welcome');

  await kiosk.getByRole('button', { name: 'ابدأ' }).click();
  await expect(kiosk.getByText('الخطوة 1 من 2')).toBeVisible();
  await pick(kiosk, 'اللقاء');
  await pick(kiosk, 'الأطفال والشباب');
  await check(page, 'ar-02-themes');
  await kiosk.getByRole('button', { name: 'التالي' }).click();

  await expect(kiosk.getByText('الخطوة 2 من 2')).toBeVisible();
  await kiosk.getByLabel('ما الجيد، وما الذي يجب أن يتغيّر؟').fill('المكتبة في الحي جيدة جدا');
  await check(page, 'ar-03-words');
  await kiosk.getByRole('button', { name: 'انتهيت' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'شكرًا لك!' })).toBeVisible();
  await check(page, 'ar-04-thanks');
  await kiosk.getByRole('button', { name: 'نعم، سأخبركم بالمزيد' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'هل الأمر جيد، أم يجب أن يتغيّر؟' })).toBeVisible();
  await expect(kiosk.getByText('الخطوة 1 من 5')).toBeVisible();
  await choice(page, 'k-assess-ontmoeten-goed').click();
  await choice(page, 'k-assess-jeugd-anders').click();
  await check(page, 'ar-05-assess');
  await kiosk.getByRole('button', { name: 'التالي' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'في أي حيّ تسكن؟' })).toBeVisible();
  await expect(kiosk.getByText('أفضّل ألا أقول')).toBeVisible();
  await pick(kiosk, 'De Heeg');
  await check(page, 'ar-06-buurt');
  await kiosk.getByRole('button', { name: 'التالي' }).click();

  await pick(kiosk, 'من 25 إلى 44 سنة');
  await check(page, 'ar-07-age');
  await kiosk.getByRole('button', { name: 'التالي' }).click();

  await pick(kiosk, 'لا أتكلم الهولندية جيدًا بعد');
  await pick(kiosk, 'أنا أو والداي من بلد آخر');
  await check(page, 'ar-08-groups');
  await kiosk.getByRole('button', { name: 'التالي' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'هل تريد أن تعرف ماذا سيحدث بالإجابات؟' }),
  ).toBeVisible();
  await pick(kiosk, 'بالبريد الإلكتروني');
  await check(page, 'ar-09-contact');
  await pick(kiosk, 'لا، شكرًا');
  await kiosk.getByRole('button', { name: 'انتهيت' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'شكرًا لك!' })).toBeVisible();
  await check(page, 'ar-10-thanks');
  // Back to the welcome screen after 30 s without a touch, in Dutch.
  await page.clock.fastForward(30_500);
  await expect(page.getByRole('heading', { level: 1, name: 'Praat mee over uw buurt' })).toBeVisible();
  await expect(kiosk).toHaveAttribute('dir', 'ltr');

  // ---- Resident 2: the shortest path only, and sees nothing of resident 1 ----
  await expect(kiosk.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await expect(kiosk.getByText('Stap 1 van 2')).toBeVisible();
  await expect(kiosk.locator('input:checked')).toHaveCount(0);
  await pick(kiosk, 'Wonen en buurt');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  for (const label of [
    'Wat is belangrijk om goed samen te leven in uw buurt?',
    'Wat gaat goed, en wat moet anders?',
    'Heeft u een idee voor de buurt?',
  ])
    await expect(kiosk.getByLabel(label)).toHaveValue('');
  expect(await page.content()).not.toContain('المكتبة');
  expect(await kiosk.textContent()).not.toContain('De Heeg');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dank u wel!' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Ik ben klaar' }).click();

  // ---- Resident 3: Dutch, everything, with a contact and consent ----
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await pick(kiosk, 'Mantelzorg');
  await pick(kiosk, 'Veiligheid');
  await check(page, 'nl-02-themes');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByLabel('Wat gaat goed, en wat moet anders?').fill('Hulp voor mantelzorgers in het weekend');
  await kiosk.getByLabel('Heeft u een idee voor de buurt?').fill('Een inloopavond in het buurthuis');
  await check(page, 'nl-03-words');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await check(page, 'nl-04-thanks');
  await kiosk.getByRole('button', { name: 'Ja, ik vertel meer' }).click();
  await choice(page, 'k-assess-mantelzorg-anders').click();
  await choice(page, 'k-assess-veiligheid-goed').click();
  await check(page, 'nl-05-assess');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await pick(kiosk, 'Sint Pieter');
  await check(page, 'nl-06-buurt');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await pick(kiosk, '45 tot 65 jaar');
  await check(page, 'nl-07-age');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await pick(kiosk, 'Ik zorg voor iemand in mijn familie of buurt');
  await check(page, 'nl-08-groups');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await pick(kiosk, 'Per e-mail');
  await kiosk.getByLabel('Uw e-mailadres').fill('buurtbewoner@example.nl');
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(kiosk.getByRole('alert')).toHaveText(
    'Zet een vinkje als u een bericht wilt. Of kies: Nee, liever niet.',
  );
  await check(page, 'nl-09-contact-error');
  await pick(
    kiosk,
    'Ja, de gemeente mag mij een bericht sturen over wat er met de antwoorden gebeurt. Daarna haalt de gemeente mijn e-mailadres of telefoonnummer weg.',
  );
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dank u wel!' })).toBeVisible();
  await check(page, 'nl-10-thanks');
  await page.clock.fastForward(30_500);
  await expect(page.getByRole('heading', { level: 1, name: 'Praat mee over uw buurt' })).toBeVisible();

  // ---- The stored data ----
  const kioskRows = (await readStore(page, 'contributions')).filter((c) => c.source === 'kiosk');
  const byResident = new Map<string, Row[]>();
  for (const c of kioskRows) byResident.set(c.respondentId, [...(byResident.get(c.respondentId) ?? []), c]);
  expect(byResident.size).toBe(3);
  const [r1, r2, r3] = [...byResident.values()].sort((a, b) =>
    a[0]!.createdAt.localeCompare(b[0]!.createdAt),
  ) as [Row[], Row[], Row[]];
  for (const c of kioskRows) {
    expect(c.meetingId).toBe(meetingId);
    expect(c.observedGroupIds).toEqual([]);
  }
  const themesOf = (rows: Row[]) => rows.find((c) => c.kind === 'mening' && !c.questionId)!;
  expect(r1.map((c) => c.questionId ?? c.kind).sort()).toEqual(['mening', 'wat-kan-beter']);
  expect(themesOf(r1).themeAssessments).toEqual({ ontmoeten: 'gaat-goed', jeugd: 'moet-anders' });
  expect(r1.find((c) => c.questionId === 'wat-kan-beter')!.text).toBe('المكتبة في الحي جيدة جدا');
  for (const c of r1) {
    expect(c.selfGroupIds.sort()).toEqual(['anderstaligen', 'migratieachtergrond']);
    expect(c.residentBuurtId).toBe('de-heeg');
    expect(c.ageBand).toBe('25-44');
  }
  expect(r2).toHaveLength(1);
  expect(r2[0]).toMatchObject({ kind: 'mening', themeIds: ['wonen'], selfGroupIds: ['onbekend'], text: '' });
  expect(r2[0]).not.toHaveProperty('residentBuurtId');
  expect(r2[0]).not.toHaveProperty('ageBand');
  expect(r3.map((c) => c.kind).sort()).toEqual(['idee', 'mening', 'mening']);
  for (const c of r3) expect(c).toMatchObject({ residentBuurtId: 'sint-pieter', ageBand: '45-64' });
  const contacts = await readStore(page, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    meetingId,
    channel: 'email',
    value: 'buurtbewoner@example.nl',
    consentVersion: 'kiosk-contact-1',
    language: 'nl',
    purpose: 'terugkoppeling',
  });
  expect(contacts[0]!.consentText).toContain('Ja, de gemeente mag mij een bericht sturen');
  expect(contacts[0]!.consentedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(JSON.stringify(contacts[0])).not.toContain(r3[0]!.respondentId);
  expect(JSON.stringify(kioskRows)).not.toContain('example.nl');
  expect((await readStore(page, 'drafts')).map((d) => d.key)).not.toContain('kiosk:session');

  // ---- Text size, contrast, landscape ----
  await kiosk.getByRole('button', { name: /Heel grote tekst/ }).click();
  await kiosk.getByRole('button', { name: 'Hoog contrast' }).click();
  await expect(kiosk).toHaveClass(/bs-kiosk--size-3/);
  await expect(kiosk).toHaveClass(/bs-kiosk--contrast/);
  await check(page, 'nl-11-welcome-large-contrast');
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await check(page, 'nl-12-themes-large-contrast');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: shot('nl-13-themes-landscape') });
  await page.setViewportSize({ width: 768, height: 1024 });

  // ---- Escape attempts (with a half-filled answer) ----
  await kiosk.getByRole('button', { name: /Gewone tekst/ }).click();
  await kiosk.getByRole('button', { name: 'Hoog contrast' }).click();
  await pick(kiosk, 'Gezondheid');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByLabel('Heeft u een idee voor de buurt?').fill('Een halve zin');
  await page.clock.runFor(1000); // let the draft be written
  await page.goBack();
  await expectStillKiosk(page);
  await expect(kiosk.getByLabel('Heeft u een idee voor de buurt?')).toHaveValue('Een halve zin');
  await page.reload();
  await expectStillKiosk(page);
  // The in-progress answer survives a reload.
  await expect(kiosk.getByLabel('Heeft u een idee voor de buurt?')).toHaveValue('Een halve zin');
  await page.goto(`./#/settings`);
  await expectStillKiosk(page);
  await page.goto(`./#/meetings/${meetingId}`);
  await expectStillKiosk(page);
  await page.goto('./index.html#/');
  await expectStillKiosk(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Zeg het in uw eigen woorden' })).toBeVisible();

  // ---- Idle: "Bent u nog bezig?", continue; then walk away ----
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog', { name: 'Bent u nog bezig?' })).toBeVisible();
  await check(page, 'nl-14-idle');
  await page.getByRole('button', { name: 'Ja, ik ga verder' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(kiosk.getByLabel('Heeft u een idee voor de buurt?')).toHaveValue('Een halve zin');
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Praat mee over uw buurt' })).toBeVisible();
  expect(await page.content()).not.toContain('Een halve zin');
  expect((await readStore(page, 'drafts')).map((d) => d.key)).not.toContain('kiosk:session');
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await expect(kiosk.locator('input:checked')).toHaveCount(0);
  await kiosk.getByRole('button', { name: 'Terug' }).click();
  // The same in Arabic.
  await kiosk.getByRole('button', { name: 'العربية' }).click();
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog', { name: 'هل ما زلت هنا؟' })).toBeVisible();
  await check(page, 'ar-11-idle');
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Praat mee over uw buurt' })).toBeVisible();

  // ---- The PIN pad: a tap does nothing, a long press opens it, keyboard too ----
  const corner = page.getByRole('button', { name: 'Begeleider: bewonersstand verlaten' });
  await corner.click();
  await page.clock.runFor(2000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(1600);
  await page.mouse.up();
  const pad = page.getByRole('dialog', { name: 'Pincode van de begeleider' });
  await expect(pad).toBeVisible();
  await check(page, 'nl-15-pinpad');
  await pad.getByRole('button', { name: 'Annuleren' }).click();
  await expect(pad).toHaveCount(0);
  await corner.focus();
  await page.keyboard.press('Enter');
  await expect(pad).toBeVisible();

  // Five wrong PINs lock the pad.
  for (let i = 1; i <= 5; i++) {
    for (const d of '1357') await pad.getByRole('button', { name: d, exact: true }).click();
    await pad.getByRole('button', { name: 'OK' }).click();
    if (i < 5)
      await expect(pad.getByTestId('pin-message')).toHaveText(
        `Verkeerde pincode. U kunt het nog ${5 - i} keer proberen.`,
      );
  }
  await expect(pad.getByTestId('pin-message')).toContainText('Te vaak een verkeerde pincode.');
  await expect(pad.getByLabel('Pincode')).toBeDisabled();
  await expect(pad.getByRole('button', { name: 'OK' })).toBeDisabled();
  await check(page, 'nl-16-pinpad-locked');
  // The lock survives a reload.
  await page.reload();
  await expectStillKiosk(page);
  await corner.focus();
  await page.keyboard.press('Enter');
  await expect(pad.getByTestId('pin-message')).toContainText('Te vaak een verkeerde pincode.');
  await expect(pad.getByLabel('Pincode')).toBeDisabled();
  // After 60 s the right PIN leaves kiosk mode, back to the meeting.
  await page.clock.fastForward(61_000);
  await expect(pad.getByLabel('Pincode')).toBeEnabled();
  await pad.getByLabel('Pincode').fill(PIN);
  await pad.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('kiosk')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /Gemeenschapshuis De Heeg/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  expect(await kvValue(page, 'kiosk.mode')).toBeUndefined();

  // ---- The facilitator sees counts only, the answers when opened deliberately ----
  const counts = page.getByTestId('kiosk-count');
  await expect(counts).toContainText('3 bewoners vulden tijdens deze bijeenkomst zelf de vragen in.');
  await expect(counts).toContainText('1 van hen wil horen wat er met de antwoorden gebeurt.');
  // Not in the running list of contributions, and not in the card until opened.
  await expect(page.getByText('Een inloopavond in het buurthuis')).toHaveCount(0);
  await expect(page.getByText('المكتبة في الحي جيدة جدا')).toHaveCount(0);
  await counts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('facilitator-03-meeting-counts'), fullPage: true });
  await counts.getByText('Antwoorden van bewoners lezen').click();
  await expect(counts.getByText('Een inloopavond in het buurthuis')).toBeVisible();
  await expect(counts.getByText('المكتبة في الحي جيدة جدا')).toBeVisible();
  await page.screenshot({ path: shot('facilitator-04-answers-opened'), fullPage: true });
  await expectNoAxeViolations(page, 'meeting screen with kiosk counts');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('read aloud: shown only with a voice for the language, reads each text in its own language', async ({
  page,
  context,
}) => {
  // A fake speech synthesis with a Dutch voice only (headless Chromium has none).
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [{ lang: 'nl-NL', name: 'Nederlands' }],
        speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  });
  await page.goto('./');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await planMeetingViaUi(page, { buurt: 'Wolder', location: 'Buurthuis Wolder' });
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill(PIN);
  await page.getByLabel('Herhaal de pincode').fill(PIN);
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(page);
  await page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  const kiosk = page.getByTestId('kiosk');
  await kiosk.getByRole('button', { name: 'Voorlezen' }).click();
  const spoken = await page.evaluate(
    () => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken,
  );
  expect(spoken[0]).toEqual({ text: 'Praat mee over uw buurt', lang: 'nl-NL' });
  expect(spoken.map((s) => s.text)).toContain('Wat is belangrijk om goed samen te leven in uw buurt?');
  // English has no voice on this device: no button.
  await kiosk.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Have your say about your neighbourhood' }),
  ).toBeVisible();
  await expect(kiosk.getByTestId('kiosk-read')).toHaveCount(0);
  // Turkish, the fourth language.
  await kiosk.getByRole('button', { name: 'Türkçe' }).click();
  await expect(kiosk).toHaveAttribute('lang', 'tr');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mahalleniz hakkında fikrinizi söyleyin' }),
  ).toBeVisible();
  await kiosk.getByRole('button', { name: 'Başla' }).click();
  await expect(kiosk.getByText('Adım 1 / 2')).toBeVisible();
  await expectNoAxeViolations(page, 'tr themes');
  await page.screenshot({ path: shot('tr-02-themes') });
});
