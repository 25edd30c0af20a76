import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, fillMeetingStart, trackForeignRequests } from './helpers';

const OUT = 'test-results/design';
mkdirSync(OUT, { recursive: true });

async function planMeeting(
  page: Page,
  m: { buurt: string; location: string; startsAt: string; workForm: string; groups: string[] },
) {
  await page.goto('./#/meetings/new');
  await page.getByLabel('Buurt').selectOption({ label: m.buurt });
  await page.getByLabel('Plek').fill(m.location);
  await fillMeetingStart(page, m.startsAt);
  await page.getByRole('group', { name: 'Werkvorm' }).getByText(m.workForm, { exact: true }).click();
  const groups = page.getByRole('group', { name: 'Voor wie vooral?' });
  for (const g of m.groups) await groups.getByText(g, { exact: true }).click();
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
  await expect(page.getByRole('button', { name: 'Bijeenkomst starten' })).toBeVisible();
}

async function addKeyFigure(
  page: Page,
  k: { role: string; organisation: string; name?: string; email?: string; note?: string; task: string },
) {
  const form = page.getByRole('form', { name: 'Nieuwe sleutelfiguur' });
  await form.getByLabel('Rol').selectOption({ label: k.role });
  await form.getByLabel('Organisatie').fill(k.organisation);
  if (k.name) await form.getByLabel('Naam of functie').fill(k.name);
  if (k.email) await form.getByLabel('E-mailadres op het werk').fill(k.email);
  if (k.note) await form.getByLabel('Waarom bewaren we deze contactgegevens?').fill(k.note);
  await form.getByLabel('Wat doet deze sleutelfiguur in het proces?').fill(k.task);
  await form.getByRole('button', { name: 'Sleutelfiguur opslaan' }).click();
}

async function addBudget(page: Page, label: string, estimate: string, status: string) {
  const form = page.getByRole('form', { name: 'Nieuwe begrotingsregel' });
  await form.getByLabel('Post').fill(label);
  await form.getByLabel('Bedrag (of PM)').fill(estimate);
  await form.getByLabel('Status').selectOption({ label: status });
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(
    page.getByTestId('design-budget').getByRole('cell', { name: label, exact: true }),
  ).toBeVisible();
}

async function runMeeting(
  page: Page,
  location: string,
  count: { total: number; groups: Record<string, number> },
  lesson: { category: string; text: string; doDifferently: string },
) {
  await page.goto('./#/');
  await page.getByRole('link', { name: new RegExp(location) }).click();
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  const plus = (label: string) => page.getByRole('button', { name: `Eén meer: ${label}`, exact: true });
  for (let i = 0; i < count.total; i++) await plus('Totaal aanwezig').click();
  for (const [g, n] of Object.entries(count.groups)) for (let i = 0; i < n; i++) await plus(g).click();
  await expect(page.getByRole('group', { name: 'Totaal aanwezig' }).locator('output')).toHaveText(
    String(count.total),
  );
  const form = page.getByRole('form', { name: 'Inbreng opschrijven' });
  await form.getByLabel('Wat zei de bewoner?').fill(`Inbreng bij ${location}`);
  await form.getByRole('button', { name: 'Inbreng opslaan' }).click();
  await expect(form.getByText('Opgeslagen.')).toBeVisible();
  await page.getByRole('link', { name: 'Bijeenkomst afsluiten' }).click();
  await page.getByLabel('Soort leerpunt').selectOption({ label: lesson.category });
  await page.getByLabel('Wat viel op?').fill(lesson.text);
  await page.getByLabel('Wat doen we volgende keer anders?').fill(lesson.doDifferently);
  await page.getByRole('button', { name: 'Afsluiten en opslaan' }).click();
  await expect(page.locator('.bs-badge', { hasText: 'Afgesloten' })).toBeVisible();
}

test('design with key figures, planned meetings and budget; print; lessons; evaluation; a second area', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const foreign = trackForeignRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // ---- Phase 1: the design ----
  await page.goto('./#/design');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ontwerp van het participatieproces' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Stappen uit de participatienotitie overnemen' }).click();
  await expect(page.locator('.bs-steps__item')).toHaveCount(4);
  await page
    .getByLabel('Participatieniveau: Terugkoppelen en evalueren')
    .selectOption({ label: 'Raadplegen' });

  // A work e-mail without a note why is refused (data minimisation).
  await addKeyFigure(page, {
    role: 'Stadsdeelregisseur',
    organisation: 'Gemeente Maastricht',
    name: 'Stadsdeelregisseur Zuid',
    email: 'stadsdeelregisseur.zuid@example.nl',
    task: 'Trekker van het proces',
  });
  await expect(page.getByRole('alert')).toContainText(
    'Waarom bewaren we deze contactgegevens?: schrijf op waarom u deze contactgegevens bewaart',
  );
  await page
    .getByLabel('Waarom bewaren we deze contactgegevens?')
    .fill('Afspraken maken over de bijeenkomsten');
  await page.getByRole('button', { name: 'Sleutelfiguur opslaan' }).click();
  await addKeyFigure(page, {
    role: 'Buurtspecialist',
    organisation: 'Trajekt',
    task: 'Gespreksleider in de buurten',
  });
  await addKeyFigure(page, {
    role: 'Bestuur gemeenschapshuis',
    organisation: 'Gemeenschapshuis De Heeg',
    task: 'Zaal en contact met vaste bezoekers',
  });
  await expect(page.locator('.bs-kf')).toHaveCount(3);

  await addBudget(page, 'Zaalhuur gemeenschapshuizen', '1.200', 'Raming');
  await addBudget(page, 'Tolken en vertaling', 'PM', 'Raming');
  await addBudget(page, 'Koffie en thee', '450,50', 'Toegezegd');
  const total = page.getByTestId('design-budget').locator('tfoot');
  await expect(total).toContainText('€ 1.650,50');
  await expect(total).toContainText('plus 1 post PM');

  // Four planned meetings, each for some target groups.
  await planMeeting(page, {
    buurt: 'De Heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-03-05T19:30',
    workForm: 'Tafelgesprek',
    groups: ['Ouderen (75+)', 'Mantelzorgers', 'Mensen met een laag inkomen'],
  });
  await planMeeting(page, {
    buurt: 'Randwyck',
    location: 'Sportveld Randwyck',
    startsAt: '2026-03-14T14:00',
    workForm: 'Straatgesprek',
    groups: ['Jongeren (15-24 jaar)', 'Studenten en internationals'],
  });
  await planMeeting(page, {
    buurt: 'Heugem',
    location: 'Moskee Heugem',
    startsAt: '2026-03-20T11:00',
    workForm: 'Inloop',
    groups: ['Mensen met een migratieachtergrond', 'Anderstaligen'],
  });
  await planMeeting(page, {
    buurt: 'Campagne',
    location: 'Buurthuis Campagne',
    startsAt: '2026-04-02T10:00',
    workForm: 'Ontwerpsessie met sleutelfiguren',
    groups: [],
  });
  await page.goto('./#/design');
  const meetings = page.getByTestId('design-meetings');
  await expect(meetings.locator('tbody tr')).toHaveCount(4);
  await expect(meetings.getByRole('status')).toContainText(
    'Nog niet gepland: Mensen die moeite hebben met lezen en schrijven, Mensen met een beperking',
  );
  // Two groups are reached later, on purpose and with a reason.
  await meetings.getByLabel('Mensen met een beperking: Bewust later bereiken').check();
  await meetings.getByLabel('Waarom later, en hoe?').fill('Via de cliëntenraad, in het najaar');
  await meetings.getByLabel('Mensen die moeite hebben met lezen en schrijven: Bewust later bereiken').check();
  await expect(meetings.getByText('Elke doelgroep is ergens gepland of bewust voor later.')).toBeVisible();
  const planReach = page.getByTestId('design-planreach');
  await expect(planReach.locator('tr[data-group="jongeren"]')).toContainText('Nog niet bereikt');
  await expect(planReach.locator('tr[data-group="beperking"]')).toContainText('Bewust later');
  await expectNoAxeViolations(page, 'ontwerp');
  await page.screenshot({ path: `${OUT}/01-design.png`, fullPage: true });
  for (const id of ['design-steps', 'design-keyfigures', 'design-meetings', 'design-budget']) {
    await page.getByTestId(id).screenshot({ path: `${OUT}/01-${id}.png` });
  }

  // ---- The design document: print and download ----
  await page.getByRole('link', { name: 'Ontwerpdocument (afdrukken of downloaden)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Ontwerp participatieproces/ })).toBeVisible();
  await expect(page.locator('article')).toContainText('Gemeenschapshuis De Heeg');
  await expect(page.locator('article')).toContainText('Via de cliëntenraad, in het najaar');
  await expectNoAxeViolations(page, 'ontwerpdocument');
  await page.pdf({ path: `${OUT}/ontwerp.pdf`, format: 'A4', printBackground: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden als HTML-bestand' }).click(),
  ]);
  const htmlPath = `${OUT}/${download.suggestedFilename()}`;
  await download.saveAs(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain('<title>Ontwerp participatieproces: Sociale Basis — Stadsdeel Zuid</title>');
  expect(html).toContain('Zaalhuur gemeenschapshuizen');
  expect(html).not.toMatch(/<script|https?:\/\//);

  // ---- Run through two meetings, each closed with a lesson ----
  await runMeeting(
    page,
    'Gemeenschapshuis De Heeg',
    { total: 12, groups: { 'Ouderen (75+)': 6, Mantelzorgers: 2 } },
    {
      category: 'Bereik',
      text: 'Mantelzorgers kwamen nauwelijks',
      doDifferently: 'Mantelzorgers thuis opzoeken met het steunpunt',
    },
  );
  await runMeeting(
    page,
    'Sportveld Randwyck',
    { total: 9, groups: { 'Jongeren (15-24 jaar)': 6, 'Studenten en internationals': 1 } },
    {
      category: 'Locatie',
      text: 'Op het sportveld kwamen veel jongeren langs',
      doDifferently: 'Vaker naar plekken waar jongeren al zijn',
    },
  );

  // ---- Lessons: from the closings and one entered separately; filter; carry over ----
  await page.goto('./#/lessons');
  await expect(page.getByTestId('lesson')).toHaveCount(2);
  await page.getByLabel('Wat viel op?').fill('Flyers in één taal bereiken anderstaligen niet');
  await page
    .getByLabel('Wat doen we volgende keer anders?')
    .fill('Uitnodiging in vijf talen, met pictogrammen');
  await page
    .getByRole('form', { name: 'Nieuw leerpunt' })
    .getByLabel('Soort leerpunt')
    .selectOption({ label: 'Communicatie' });
  await page.getByRole('button', { name: 'Leerpunt toevoegen' }).click();
  await expect(page.getByTestId('lesson')).toHaveCount(3);
  await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Bereik' });
  await expect(page.getByTestId('lesson')).toHaveCount(1);
  await page.getByTestId('lesson').getByLabel('Meenemen naar andere gebieden').check();
  await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Alle' });
  await page
    .getByTestId('lesson')
    .filter({ hasText: 'Flyers' })
    .getByLabel('Meenemen naar andere gebieden')
    .check();
  await page.getByLabel('Alleen wat mee moet naar andere gebieden').check();
  await expect(page.getByTestId('lesson')).toHaveCount(2);
  await expectNoAxeViolations(page, 'leerpunten');
  await page.screenshot({ path: `${OUT}/02-lessons.png` });

  // Plan against reach now that two meetings were held.
  await page.goto('./#/design');
  await expect(planReach.locator('tr[data-group="ouderen-75"]')).toContainText('Op koers');
  await expect(planReach.locator('tr[data-group="anderstaligen"]')).toContainText('Nog niet bereikt');
  await page.getByTestId('design-planreach').screenshot({ path: `${OUT}/03-plan-reach.png` });

  // ---- The interim evaluation ----
  await page.goto('./#/evaluation');
  await page.getByLabel('Inleiding').fill('Dit is de tussenstand van de participatie in Stadsdeel Zuid.');
  await page.getByLabel('Conclusie').fill('Jongeren bereiken we op straat; mantelzorgers nog niet.');
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByLabel('Conclusie')).toHaveValue(
    'Jongeren bereiken we op straat; mantelzorgers nog niet.',
  );
  await page.getByRole('button', { name: 'Teksten opslaan' }).click();
  await expect(page.getByText('De teksten zijn opgeslagen.')).toBeVisible();
  const report = page.locator('article');
  await expect(report).toContainText('2 bijeenkomsten gehouden, 2 nog gepland. 21 mensen waren erbij.');
  await expect(report).toContainText('Dit is de tussenstand van de participatie in Stadsdeel Zuid.');
  await expect(report).toContainText('Mantelzorgers kwamen nauwelijks');
  await expectNoAxeViolations(page, 'tussenevaluatie');
  await page.screenshot({ path: `${OUT}/04-evaluation.png` });
  await page.pdf({ path: `${OUT}/tussenevaluatie.pdf`, format: 'A4', printBackground: true });
  const [evalDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden als HTML-bestand' }).click(),
  ]);
  await evalDownload.saveAs(`${OUT}/${evalDownload.suggestedFilename()}`);
  expect(readFileSync(`${OUT}/${evalDownload.suggestedFilename()}`, 'utf8')).toContain(
    'Tussenevaluatie participatie',
  );

  // ---- A second area from a copy, with its lessons; compare ----
  await page.goto('./#/design/areas');
  await page.getByLabel('Naam van het nieuwe participatieproces').fill('Sociale Basis — Stadsdeel West');
  await page.getByLabel('Gebied (stadsdeel)').fill('Stadsdeel West');
  await page.getByLabel('Buurten in dit gebied').fill('Malberg, Daalhof, Belfort');
  await page.getByRole('button', { name: 'Nieuw gebied maken' }).click();
  await expect(
    page.getByText('“Sociale Basis — Stadsdeel West” is gemaakt, met 2 leerpunten.'),
  ).toBeVisible();
  await page.getByLabel('Gebied 2').selectOption({ label: 'Sociale Basis — Stadsdeel West' });
  const compare = page.getByTestId('compare-table');
  await expect(compare.locator('thead')).toContainText('Stadsdeel Zuid');
  await expect(compare.locator('thead')).toContainText('Stadsdeel West');
  await expect(compare.getByRole('row', { name: /^Bijeenkomsten/ })).toContainText('2');
  await expectNoAxeViolations(page, 'andere gebieden');
  await page.getByTestId('compare-table').screenshot({ path: `${OUT}/05-areas-compare.png` });
  await page.screenshot({ path: `${OUT}/05-areas.png` });

  await page.getByRole('button', { name: 'Aan dit gebied werken: Stadsdeel West' }).first().click();
  await expect(page.getByText('U werkt nu aan: Sociale Basis — Stadsdeel West')).toBeVisible();
  await page.goto('./#/design');
  await expect(page.getByText('Participatieproces: Sociale Basis — Stadsdeel West')).toBeVisible();
  await expect(page.locator('.bs-steps__item')).toHaveCount(4);
  await expect(page.locator('.bs-kf')).toHaveCount(3);
  await expect(page.getByTestId('design-keyfigures')).not.toContainText('stadsdeelregisseur.zuid@example.nl');
  await page.goto('./#/lessons');
  await expect(page.getByTestId('lesson')).toHaveCount(2);
  await expect(page.getByTestId('lesson').first()).toContainText('Uit Stadsdeel Zuid');
  await page.goto('./#/meetings/new');
  await expect(page.getByLabel('Buurt').locator('option', { hasText: 'Daalhof' })).toHaveCount(1);

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('new screens have no axe violations in portrait (768x1024)', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  for (const [path, heading] of [
    ['./#/design', 'Ontwerp van het participatieproces'],
    ['./#/design/document', /Ontwerp participatieproces/],
    ['./#/lessons', 'Leerpunten'],
    ['./#/evaluation', 'Tussenevaluatie voor de gemeenteraad'],
    ['./#/design/areas', 'Andere gebieden'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
    await expectNoAxeViolations(page, path);
  }
  await page.goto('./#/design');
  await page.screenshot({ path: `${OUT}/06-design-portrait.png`, fullPage: false });
});
