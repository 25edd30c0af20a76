import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  addContributionViaUi,
  confirmRecoveryCode,
  expectNoAxeViolations,
  expectTouchTargets,
  openDevice,
  planMeetingViaUi,
} from './helpers';

/**
 * The social agenda across devices, each its own browser context (own IndexedDB):
 *  - the coordinator publishes the configuration; the tablet (offline, 768x1024) imports it and
 *    captures six contributions at a meeting in De Heeg, then exports;
 *  - the coordinator imports them and builds an agenda of 4 items by linking contributions
 *    (suggestions and the filtered list), then publishes the agenda;
 *  - the tablet imports it; two residents hand out their dots in the kiosk (one in Arabic); the
 *    facilitator enters the dot totals from a paper sheet; the tablet exports;
 *  - the coordinator imports and sees the totals (with "<5" for small groups), writes what was
 *    done with an item, sees which buurt is overdue, prints "Wat we hoorden" (PDF, A4).
 * axe-core on every new screen; screenshots in test-results/agenda.
 */

const DIR = 'test-results/agenda';
const PIN = '2468';
const shot = (name: string) => join(DIR, `${name}.png`);

/** Click a button that downloads a file and keep the file. */
async function downloadVia(page: Page, button: string, saveAs: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(DIR, saveAs);
  await download.saveAs(path);
  return path;
}

async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.goto('./#/exchange/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Bestanden importeren' })).toBeVisible();
  await page.getByLabel('Bestanden kiezen').setInputFiles(files);
  await expect(page.getByTestId('import-row')).toHaveCount(files.length);
  await expect(page.getByText(/^Bezig met/)).toHaveCount(0);
  for (const row of await page.getByTestId('import-row').all())
    await expect(row).toHaveAttribute('data-status', 'imported');
}

/** axe (0 violations), touch targets, and a full-page screenshot of the current screen. */
async function check(page: Page, name: string, targets = true): Promise<void> {
  await expectNoAxeViolations(page, name);
  if (targets) await expectTouchTargets(page);
  await page.screenshot({ path: shot(name), fullPage: true });
}

/** Every visible control of the kiosk is at least 48x48 CSS pixels (as in the kiosk's own test). */
async function expectKioskTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '[data-testid=kiosk] button, [data-testid=kiosk] .bs-k-choice',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 47.5 || r.height < 47.5)
      .map(({ el, r }) => `${(el.textContent ?? '').trim().slice(0, 20)} ${r.width}x${r.height}`),
  );
  expect(small, 'kiosk touch targets smaller than 48px').toEqual([]);
}

/** The kiosk's sticky bottom bar would cover content in a full-page picture: let it flow for the shot. */
async function kioskCheck(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await expectKioskTargets(page);
  const nav = page.locator('.bs-k-nav');
  if (await nav.count()) await nav.evaluate((el) => el.style.setProperty('position', 'static'));
  await page.screenshot({ path: shot(name), fullPage: true });
  if (await nav.count()) await nav.evaluate((el) => el.style.removeProperty('position'));
}

const ITEMS = {
  A: {
    title: 'Een ontmoetingsplek in elke buurt',
    kiosk: 'Een plek om buren te ontmoeten',
    theme: 'Ontmoeten',
  },
  B: { title: 'Steun voor mantelzorgers', kiosk: 'Hulp voor wie zorgt voor een ander', theme: 'Mantelzorg' },
  C: {
    title: 'Meer vrijwilligers in de buurt',
    kiosk: 'Samen dingen doen voor de buurt',
    theme: 'Vrijwilligerswerk',
  },
  D: { title: 'Veilig over straat', kiosk: 'Veilig lopen en fietsen', theme: 'Veiligheid' },
} as const;

async function newItem(
  page: Page,
  item: (typeof ITEMS)[keyof typeof ITEMS],
  description: string,
): Promise<void> {
  await page.goto('./#/agenda');
  await page.getByRole('link', { name: 'Nieuw agendapunt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw agendapunt' })).toBeVisible();
  await page.getByLabel('Titel').fill(item.title);
  await page.getByLabel('Uitleg in gewone taal').fill(description);
  await page.getByLabel('Korte tekst voor de bewonersstand').fill(item.kiosk);
  await page.getByRole('group', { name: 'Thema’s' }).getByText(item.theme, { exact: true }).click();
  await page.getByRole('button', { name: 'Agendapunt opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
}

/** In the link panel: filter by theme, select everything shown, link. */
async function linkByTheme(page: Page, theme: string, expected: number): Promise<void> {
  const panel = page.locator('section', { has: page.locator('#h-link') });
  await panel.getByLabel('Thema', { exact: true }).selectOption({ label: theme });
  await expect(panel.getByText(`${expected} gevonden`)).toBeVisible();
  await panel.getByRole('button', { name: 'Alles hieronder selecteren' }).click();
  await panel.getByRole('button', { name: `Koppel geselecteerde (${expected})` }).click();
  await expect(panel.getByText(`${expected} gekoppeld.`)).toBeVisible();
}

test('agenda: build, publish, vote in the kiosk and on paper, results, feedback report', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  mkdirSync(DIR, { recursive: true });

  // ---- Coordinator publishes the configuration; the tablet (offline) takes it ----
  const C = await openDevice(browser);
  await C.page.goto('./#/exchange');
  const config = await downloadVia(C.page, 'Publicatiebestand maken', 'publicatie-configuratie.json');

  const T = await openDevice(browser, { viewport: { width: 768, height: 1024 }, offline: true });
  await importFiles(T.page, [config]);
  // One process on every device (same configuration file): the publication brings nothing new.
  await T.page.goto('./#/design/areas');
  await expect(T.page.getByText(/^U werkt nu aan:/)).toBeVisible();
  await expect(T.page.getByRole('button', { name: /^Aan dit gebied werken/ })).toHaveCount(0);

  // ---- The tablet: a meeting in De Heeg with six contributions ----
  await planMeetingViaUi(T.page, {
    buurt: 'De Heeg',
    location: 'Gemeenschapshuis De Heeg',
    workForm: 'Inloop',
  });
  const meetingUrl = T.page.url();
  await T.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  const said = [
    {
      kind: 'Behoefte',
      text: 'Een plek waar je zonder afspraak koffie kunt drinken met buren.',
      themes: ['Ontmoeten'],
      agree: 3,
    },
    {
      kind: 'Knelpunt',
      text: 'Het buurthuis is ’s avonds dicht, juist als werkende mensen tijd hebben.',
      themes: ['Ontmoeten'],
    },
    {
      kind: 'Behoefte',
      text: 'Mantelzorgers hebben af en toe een vrije middag nodig.',
      themes: ['Mantelzorg'],
      groups: ['Mantelzorgers'],
      agree: 2,
    },
    {
      kind: 'Idee',
      text: 'Een vrijwilligersmarkt waar clubs zich voorstellen.',
      themes: ['Vrijwilligerswerk'],
    },
    {
      kind: 'Knelpunt',
      text: 'Op de Heugemerweg wordt veel te hard gereden.',
      themes: ['Veiligheid'],
      agree: 4,
    },
    {
      kind: 'Idee',
      text: 'Een klusdienst van vrijwilligers voor ouderen.',
      themes: ['Vrijwilligerswerk', 'Mantelzorg'],
    },
  ];
  for (const c of said) await addContributionViaUi(T.page, c);
  await T.page.goto('./#/exchange');
  const t1 = await downloadVia(T.page, 'Nieuwe wijzigingen exporteren', 'tablet-1.json');

  // ---- Coordinator: import, an old meeting elsewhere (for the overdue check), the agenda ----
  await importFiles(C.page, [t1]);
  await planMeetingViaUi(C.page, {
    buurt: 'Jekerdal',
    location: 'Buurthuis Jekerdal',
    startsAt: '2025-01-14T19:30',
    workForm: 'Tafelgesprek',
  });
  await C.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
  await expect(C.page.getByRole('heading', { level: 1, name: 'Sociale agenda' })).toBeVisible();
  await expect(C.page.getByText('Er zijn nog geen agendapunten.')).toBeVisible();
  await expect(C.page.getByText('1 buurt wacht te lang op terugkoppeling.')).toBeVisible();
  await check(C.page, 'c01-agenda-empty');

  await C.page.getByRole('link', { name: 'Nieuw agendapunt' }).click();
  await check(C.page, 'c02-item-new');
  await newItem(
    C.page,
    ITEMS.A,
    'In elke buurt komt een plek waar buren elkaar kunnen ontmoeten, ook ’s avonds.',
  );
  // Suggestions share the theme and words: link them all.
  const suggest = C.page.locator('section', { has: C.page.locator('#h-suggest') });
  await expect(
    suggest.getByText('Een plek waar je zonder afspraak koffie kunt drinken met buren.'),
  ).toBeVisible();
  await suggest.getByRole('button', { name: 'Alles hieronder selecteren' }).click();
  await suggest.getByRole('button', { name: 'Koppel geselecteerde (2)' }).click();
  await expect(C.page.getByTestId('support-count')).toHaveText('2');
  const support = C.page.locator('section', { has: C.page.locator('#h-support') });
  await expect(support.getByRole('row', { name: 'De Heeg 2' })).toBeVisible();
  await check(C.page, 'c03-item-linked');
  await support.screenshot({ path: shot('c03b-item-support') });

  await newItem(
    C.page,
    ITEMS.B,
    'Mantelzorgers krijgen vaker een vrije middag, en weten waar ze hulp vinden.',
  );
  await linkByTheme(C.page, 'Mantelzorg', 2);
  await expect(C.page.getByTestId('support-count')).toHaveText('2');
  await newItem(
    C.page,
    ITEMS.C,
    'Clubs en bewoners vinden elkaar makkelijker, bijvoorbeeld op een vrijwilligersmarkt.',
  );
  await linkByTheme(C.page, 'Vrijwilligerswerk', 2);
  await newItem(C.page, ITEMS.D, 'Minder hard rijden in de wijk, en veilige oversteekplaatsen.');
  await linkByTheme(C.page, 'Veiligheid', 1);
  // A status and a reason.
  await C.page.getByText('Gegevens wijzigen').click();
  await C.page.getByLabel('Status').selectOption({ label: 'Niet haalbaar' });
  await C.page.getByRole('button', { name: 'Agendapunt opslaan' }).click();
  await expect(C.page.getByText('Zeg waarom het niet haalbaar is.')).toBeVisible();
  await C.page.getByLabel('Status').selectOption({ label: 'Gekozen' });
  await C.page.getByLabel('Waarom?').fill('Veel bewoners in De Heeg noemden dit.');
  await C.page.getByRole('button', { name: 'Agendapunt opslaan' }).click();
  await expect(C.page.getByText('Opgeslagen.')).toBeVisible();

  await C.page.goto('./#/agenda');
  await expect(C.page.getByTestId('agenda-item')).toHaveCount(4);
  await expect(C.page.getByTestId('agenda-item').nth(0)).toContainText(
    '2 keer inbreng, 3 keer mee eens · De Heeg',
  );
  const agendaFile = await downloadVia(C.page, 'Publiceren naar de tablets', 'publicatie-agenda.json');
  await expect(
    C.page.getByText(/^Agenda 2026 staat klaar in het bestand buurtstem_publicatie_/),
  ).toBeVisible();
  await expect(C.page.getByText(/^Gepubliceerd op /)).toBeVisible();
  await check(C.page, 'c04-agenda-published');

  // ---- The tablet takes the agenda; two residents hand out their dots ----
  await importFiles(T.page, [agendaFile]);
  await T.page.goto(meetingUrl);
  await T.page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await T.page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill(PIN);
  await T.page.getByLabel('Herhaal de pincode').fill(PIN);
  await T.page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(T.page);
  await T.page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  const kiosk = T.page.getByTestId('kiosk');

  // Resident 1 (Dutch): picks a theme (the shortest path), then 2 dots on A, 1 on D; says they are a mantelzorger.
  await kiosk.getByRole('button', { name: 'Beginnen' }).click();
  await kiosk.getByText('Ontmoeten', { exact: true }).click();
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(T.page.getByRole('heading', { level: 1, name: 'Dank u wel!' })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Ja, ik vertel meer' }).click();
  await kiosk.getByRole('button', { name: 'Verder' }).click(); // the assessment, skipped
  await expect(
    T.page.getByRole('heading', { level: 1, name: 'Wat vindt u het belangrijkst?' }),
  ).toBeVisible();
  await expect(kiosk.getByText('Stap 2 van 6')).toBeVisible();
  await expect(kiosk.getByTestId('dots-left')).toHaveText('Nog 3 stippen over');
  await kioskCheck(T.page, 't01-kiosk-priorities-empty');
  const plus = (text: string) => kiosk.getByRole('button', { name: `Stip erbij: ${text}` });
  await plus(ITEMS.A.kiosk).click();
  await plus(ITEMS.A.kiosk).click();
  await expect(kiosk.getByTestId('dots-left')).toHaveText('Nog 1 stip over');
  await plus(ITEMS.D.kiosk).click();
  await expect(kiosk.getByTestId('dots-left')).toHaveText('Alle stippen zijn verdeeld.');
  await expect(plus(ITEMS.B.kiosk)).toBeDisabled();
  await kioskCheck(T.page, 't02-kiosk-priorities-given');
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByText('De Heeg', { exact: true }).click();
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByText('Ik zorg voor iemand in mijn familie of buurt', { exact: true }).click();
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await kiosk.getByRole('button', { name: 'Klaar' }).click();
  await expect(T.page.getByRole('heading', { level: 1, name: 'Dank u wel!' })).toBeVisible();
  await kioskCheck(T.page, 't03-kiosk-thanks');
  await kiosk.getByRole('button', { name: 'Ik ben klaar' }).click();

  // Resident 2 (Arabic, right to left): a theme, then 3 dots on B, skips everything else.
  await kiosk.getByRole('button', { name: 'العربية' }).click();
  await kiosk.getByRole('button', { name: 'ابدأ' }).click();
  // The example configuration carries Arabic theme texts ("Wonen en buurt").
  await kiosk.getByText('السكن والحيّ', { exact: true }).click();
  await kiosk.getByRole('button', { name: 'التالي' }).click();
  await kiosk.getByRole('button', { name: 'انتهيت' }).click();
  await kiosk.getByRole('button', { name: 'نعم، سأخبركم بالمزيد' }).click();
  await kiosk.getByRole('button', { name: 'التالي' }).click();
  await expect(T.page.getByRole('heading', { level: 1, name: 'ما الأهم بالنسبة لك؟' })).toBeVisible();
  // Nothing of resident 1 is left.
  await expect(kiosk.getByTestId('dots-left')).toHaveText('بقيت 3 نقاط');
  for (let i = 0; i < 3; i++) await kiosk.getByRole('button', { name: `أضف نقطة: ${ITEMS.B.kiosk}` }).click();
  await expect(kiosk.getByText(ITEMS.B.kiosk)).toHaveAttribute('lang', 'nl');
  await kioskCheck(T.page, 't04-kiosk-priorities-ar');
  // Skip buurt, age and groups (wait for each screen: a quick second tap must not skip one).
  for (const n of [3, 4, 5, 6]) {
    await kiosk.getByRole('button', { name: 'التالي' }).click();
    await expect(kiosk.getByText(`الخطوة ${n} من 6`)).toBeVisible();
  }
  await kiosk.getByRole('button', { name: 'انتهيت' }).click();
  await expect(T.page.getByRole('heading', { level: 1, name: 'شكرًا لك!' })).toBeVisible();
  await kioskCheck(T.page, 't05-kiosk-thanks-ar');

  // The facilitator leaves the kiosk with the PIN.
  await T.page.getByRole('button', { name: 'Begeleider: bewonersstand verlaten' }).focus();
  await T.page.keyboard.press('Enter');
  const pad = T.page.getByRole('dialog', { name: 'Pincode van de begeleider' });
  await pad.getByLabel('Pincode').fill(PIN);
  await pad.getByRole('button', { name: 'OK' }).click();
  await expect(T.page.getByTestId('kiosk')).toHaveCount(0);

  // ---- Paper dot totals from the sticker wall ----
  await T.page.getByRole('link', { name: 'Stippen van papier invoeren' }).click();
  await expect(T.page.getByRole('heading', { level: 1, name: 'Stippen van papier' })).toBeVisible();
  await expect(
    T.page.getByText('In de bewonersstand verdeelden 2 bewoners hun stippen tijdens deze bijeenkomst.'),
  ).toBeVisible();
  const paper = { A: '12', B: '5', C: '9', D: '20' } as const;
  for (const [k, n] of Object.entries(paper))
    await T.page.getByLabel(ITEMS[k as keyof typeof ITEMS].title).fill(n);
  await T.page.getByLabel('Hoeveel mensen deden mee?').fill('15');
  await T.page.getByRole('button', { name: 'Totalen opslaan' }).click();
  await expect(T.page.getByText('Opgeslagen: 46 stippen.')).toBeVisible();
  await check(T.page, 't06-paper-votes');
  // Corrected later: the same record changes, no second tally.
  await T.page.getByLabel(ITEMS.C.title).fill('10');
  await T.page.getByRole('button', { name: 'Totalen opslaan' }).click();
  await expect(T.page.getByText('Opgeslagen: 47 stippen.')).toBeVisible();
  await T.page.goto('./#/exchange');
  const t2 = await downloadVia(T.page, 'Nieuwe wijzigingen exporteren', 'tablet-2.json');

  // ---- Coordinator: the results ----
  await importFiles(C.page, [t2]);
  await C.page.goto('./#/agenda');
  await C.page.getByRole('link', { name: 'Prioriteiten van bewoners' }).click();
  await expect(C.page.getByRole('heading', { level: 1, name: 'Prioriteiten van bewoners' })).toBeVisible();
  // A = 2 + 12, B = 3 + 5, C = 0 + 10, D = 1 + 20; 2 kiosk residents, 15 on paper.
  await expect(C.page.getByTestId('prio-summary')).toHaveText(
    'In de bewonersstand: minder dan 5 bewoners. Op papier: ongeveer 15 mensen. Samen 53 stippen.',
  );
  const totals = C.page.getByTestId('prio-totals');
  const rows = await totals.locator('tbody tr').allInnerTexts();
  // Only 2 residents in the kiosk: the split over kiosk and paper is hidden ("<5", and "x" so it
  // cannot be worked out from the total); the totals themselves are the result.
  expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
    `${ITEMS.D.title} <5 x 21`,
    `${ITEMS.A.title} <5 x 14`,
    `${ITEMS.C.title} <5 x 10`,
    `${ITEMS.B.title} <5 x 8`,
  ]);
  await expect(C.page.getByRole('img', { name: /Staafdiagram: stippen per agendapunt/ })).toBeVisible();
  // Two kiosk residents: fewer than 5, so the kiosk column and every self-stated group show "<5".
  const channel = C.page.getByTestId('prio-channel');
  await expect(channel.locator('thead th')).toHaveText(['Agendapunt', 'Bewonersstand', 'Papier']);
  await expect(channel.locator('tbody tr').first()).toHaveText(/Mensen\s*<5\s*15/);
  await expect(channel.locator('tbody tr').nth(1)).toHaveText(/Veilig over straat\s*<5\s*x/);
  const groups = C.page.getByTestId('prio-group');
  await expect(groups.locator('thead th')).toHaveText(['Agendapunt', 'Mantelzorgers', 'Onbekend']);
  expect(await groups.locator('tbody td').allInnerTexts()).toEqual(Array(10).fill('<5'));
  await expect(C.page.getByTestId('prio-buurt').locator('tbody tr').first()).toHaveText(/Mensen\s*17/);
  await check(C.page, 'c05-priorities');
  await C.page.locator('figure.bs-prio-chart').screenshot({ path: shot('c05b-priorities-chart') });

  // ---- Feedback: what was done with item A; overdue buurten; "Wat we hoorden" ----
  await C.page.goto('./#/agenda');
  await C.page.getByRole('link', { name: ITEMS.A.title }).click();
  const fb = C.page.locator('section', { has: C.page.locator('#h-item-fb') });
  // Item A is for the whole area; this feedback was given in De Heeg only.
  await fb.getByLabel('Voor welke buurt?').selectOption({ label: 'De Heeg' });
  await fb
    .getByLabel('Wat is ermee gedaan?')
    .fill(
      'We zoeken met Trajekt een plek in elke buurt. In De Heeg is het buurthuis nu ook op dinsdagavond open.',
    );
  await fb.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
  await expect(fb.getByTestId('feedback-row')).toHaveCount(1);

  await C.page.goto('./#/feedback');
  await expect(C.page.getByRole('heading', { level: 1, name: 'Terugkoppeling aan bewoners' })).toBeVisible();
  const due = C.page.getByTestId('feedback-due');
  await expect(due.locator('tbody tr').first()).toContainText('Jekerdal');
  await expect(due.locator('tbody tr').first()).toContainText(/Te laat \(\d+ dagen\)/);
  await expect(due.getByRole('row', { name: /De Heeg/ })).toContainText('Op tijd');
  await check(C.page, 'c06-feedback');

  await due.getByRole('link', { name: 'Wat we hoorden: De Heeg' }).click();
  const report = C.page.locator('article.bs-report');
  await expect(report.getByRole('heading', { level: 1, name: /Wat we hoorden in De Heeg/ })).toBeVisible();
  await expect(
    // Each kiosk resident now picks a theme first (issue 13: the shortest path), so the count grew.
    report.getByText(
      /^We spraken met bewoners op 1 bijeenkomst\. We schreven \d+ keer iets op van wat bewoners zeiden\./,
    ),
  ).toBeVisible();
  await expect(report.getByText('“Op de Heugemerweg wordt veel te hard gereden.”')).toBeVisible();
  await expect(report.getByRole('heading', { name: ITEMS.A.title })).toBeVisible();
  await expect(report.getByText(/In De Heeg is het buurthuis nu ook op dinsdagavond open/)).toBeVisible();
  await expect(report.getByText(/^Uiterlijk .* laten we u weten hoe het verder gaat\.$/)).toBeVisible();
  await check(C.page, 'c07-report');
  // Record that residents got it.
  const record = C.page.locator('section', { has: C.page.locator('#h-record') });
  await record.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
  await expect(record.getByText('Vastgelegd.')).toBeVisible();

  // Print: A4, only the report.
  await C.page.emulateMedia({ media: 'print' });
  await expect(C.page.locator('.bs-header')).toBeHidden();
  await expect(record).toBeHidden();
  await C.page.pdf({ path: join(DIR, 'wat-we-hoorden-de-heeg.pdf'), format: 'A4', printBackground: true });
  await C.page.emulateMedia({ media: 'screen' });

  // The agenda screen now warns about Jekerdal only.
  await C.page.goto('./#/agenda');
  await expect(C.page.getByText('1 buurt wacht te lang op terugkoppeling.')).toContainText('1 buurt');
  await expect(C.page.getByRole('status').filter({ hasText: 'wacht te lang' })).toContainText('Jekerdal');

  // ---- At the next meeting: the report full-screen on the tablet ----
  // A new publication carries the feedback too; the tablet (still offline) imports it.
  const again = await downloadVia(C.page, 'Publiceren naar de tablets', 'publicatie-agenda-2.json');
  await importFiles(T.page, [again]);
  await T.page.goto('./#/feedback/de-heeg');
  const onTablet = T.page.locator('article.bs-report');
  await expect(onTablet.getByText(/In De Heeg is het buurthuis nu ook op dinsdagavond open/)).toBeVisible();
  await T.page.getByRole('button', { name: 'Op het hele scherm tonen' }).click();
  await expect.poll(() => T.page.evaluate(() => document.fullscreenElement?.tagName)).toBe('ARTICLE');
  await expect(onTablet.getByRole('button', { name: 'Klaar (terug)' })).toBeVisible();
  await expectNoAxeViolations(T.page, 'report full screen on the tablet');
  await T.page.screenshot({ path: shot('t07-report-fullscreen') });
  await onTablet.getByRole('button', { name: 'Klaar (terug)' }).click();
  await expect.poll(() => T.page.evaluate(() => document.fullscreenElement)).toBeNull();

  // ---- A new year: the running items move on, 2026 stays readable ----
  await C.page.goto('./#/agenda');
  await C.page.getByRole('button', { name: 'Versie 2027 beginnen' }).click();
  await expect(C.page.getByRole('heading', { level: 2, name: 'Agenda 2027' })).toBeVisible();
  await expect(C.page.getByTestId('agenda-item')).toHaveCount(4);
  await expect(C.page.getByText('Versie 2027 is begonnen met 4 punten.')).toBeVisible();
  const years = C.page.getByRole('navigation', { name: 'Versies per jaar' });
  await expect(years.getByRole('link', { name: 'Agenda 2027' })).toHaveAttribute('aria-current', 'page');
  await check(C.page, 'c08-agenda-2027');
  await years.getByRole('link', { name: 'Agenda 2026' }).click();
  await expect(
    C.page.getByText('Dit is een oudere versie. Wijzigen kan in de nieuwste versie.'),
  ).toBeVisible();
  await expect(C.page.getByRole('link', { name: 'Nieuw agendapunt' })).toHaveCount(0);
  await C.page.getByRole('link', { name: ITEMS.D.title }).click();
  await expect(C.page.getByRole('heading', { level: 2, name: 'Door de jaren heen' })).toBeVisible();
  await expect(C.page.getByRole('link', { name: 'Agenda 2027: Gekozen' })).toBeVisible();
  await check(C.page, 'c09-item-2026-read-only');

  for (const d of [C, T]) {
    expect(d.foreign, 'requests to other origins').toEqual([]);
    expect(d.errors, 'errors in the console').toEqual([]);
  }
  await T.context.close();
  await C.context.close();
});
