import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { confirmRecoveryCode, expectNoAxeViolations, openDevice, planMeetingViaUi } from './helpers';

/**
 * Issue 16 items 3, 5, 7, 8, 9, 10 as a person would use them, network off:
 *  - the Sociale agenda document (cost/PM, connected process, endorsement, support) printed to PDF
 *    and looked at as PNG;
 *  - a quote left out of "Wat we hoorden" before printing;
 *  - an edited budget line reaching a second device through a bundle;
 *  - a forgotten kiosk PIN recovered with the one-time code;
 *  - the capture save button in view without scrolling at both tablet sizes; Enter makes a new line;
 *  - Dutch date and time entry.
 * axe-core 0 on each new or changed screen; screenshots in test-results/process-deliverables.
 */

const DIR = 'test-results/process-deliverables';
mkdirSync(DIR, { recursive: true });
const shot = (name: string) => join(DIR, `${name}.png`);
// Seven helpers share two cores: these flows are long, not slow by themselves.
test.setTimeout(300_000);

const SIZES = [
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'portrait', width: 768, height: 1024 },
] as const;

async function loadExampleData(page: Page): Promise<void> {
  await page.goto('./#/coordinator');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.getByText(/Er staan voorbeeldgegevens in de app/)).toBeVisible();
}

async function startedMeeting(page: Page): Promise<void> {
  await planMeetingViaUi(page, {
    buurt: 'Jekerdal',
    location: 'Buurthuis De Geusselt',
    startsAt: '2026-12-03T19:30',
  });
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await expect(page.getByRole('form', { name: 'Inbreng opschrijven' })).toBeVisible();
}

test('Dutch dates, capture without scrolling, Enter makes a new line', async ({ browser }) => {
  for (const size of SIZES) {
    const D = await openDevice(browser, { viewport: size, offline: true });
    const { page } = D;
    // A new meeting offers a Dutch date and a time that is not midnight.
    await page.goto('./#/meetings/new');
    const date = page.getByLabel('Datum', { exact: true });
    const time = page.getByLabel('Tijd', { exact: true });
    await expect(date).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
    await expect(time).toHaveValue(/^\d{2}:\d{2}$/);
    expect(await time.inputValue()).not.toBe('00:00');
    // Typed the Dutch way, read the Dutch way; a non-existent day is refused with a clear message.
    await page.getByLabel('Buurt').selectOption({ label: 'Jekerdal' });
    await page.getByLabel('Plek').fill('Buurthuis');
    await date.fill('31-11-2026');
    await time.fill('1930');
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(page.getByText('Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-12-2026.')).toBeVisible();
    await expect(time).toHaveValue('19:30');
    await date.fill('3-12-2026');
    await date.blur();
    await expect(date).toHaveValue('03-12-2026');
    await expectNoAxeViolations(page, `meeting form (${size.name})`);
    await page.screenshot({ path: shot(`meeting-form-${size.name}`), fullPage: true });
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await expect(page.getByRole('button', { name: 'Bijeenkomst starten' })).toBeVisible();
    await expect(page.getByText(/3 december 2026.*19:30/)).toBeVisible();

    // Capture: the save button is in view without scrolling.
    await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    const form = page.getByRole('form', { name: 'Inbreng opschrijven' });
    await expect(form).toBeVisible();
    const save = form.getByRole('button', { name: 'Inbreng opslaan' });
    await expect(save).toBeVisible();
    const scroll = await page.evaluate(() => window.scrollY);
    expect(scroll).toBe(0);
    const box = (await save.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    // Also while typing in the text box (its focus may scroll the page): still in view.
    const text = form.getByLabel('Wat zei de bewoner?');
    await text.click();
    await text.pressSequentially('Meer bankjes');
    await text.press('Enter');
    await text.pressSequentially('bij de speeltuin');
    await expect(text).toHaveValue('Meer bankjes\nbij de speeltuin');
    await expect(page.getByText('Opgeslagen.')).toHaveCount(0);
    const box2 = (await save.boundingBox())!;
    expect(box2.y + box2.height).toBeLessThanOrEqual(size.height);
    expect(box2.y).toBeGreaterThanOrEqual(0);
    await expectNoAxeViolations(page, `capture (${size.name})`);
    await page.screenshot({ path: shot(`capture-${size.name}`) });
    // Ctrl+Enter saves on purpose.
    await text.press('Control+Enter');
    await expect(text).toHaveValue('');
    await expect(page.getByText('Opgeslagen.')).toBeVisible();
    await D.context.close();
  }
});

test('Sociale agenda document printed, a quote left out before print', async ({ browser }) => {
  const D = await openDevice(browser, { offline: true });
  const { page } = D;
  await loadExampleData(page);

  // An item with cost, connected process and an endorsement, supported by linked contributions.
  await page.goto('./#/agenda/new?jaar=2026');
  await page.getByLabel('Titel').fill('Ontmoetingsplek in elke buurt');
  await page.getByRole('group', { name: 'Thema’s' }).getByText('Ontmoeten', { exact: true }).click();
  await page.getByLabel('Wat kost het ongeveer?').fill('25.000');
  await page.getByLabel('Financieel kader').fill('Binnen het budget Sociale Basis');
  await page.getByLabel('Hoort bij dit lopende proces').selectOption({ label: 'Veerkrachtige wijkenaanpak' });
  await page.getByRole('button', { name: 'Agendapunt opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Wie staat achter dit punt?' })).toBeVisible();
  await page.getByLabel('Sleutelfiguur').selectOption({ label: 'Iemand anders (typ hieronder)' });
  await page.getByLabel('Naam of functie en organisatie').fill('Stadsdeelregisseur Zuid');
  await page.getByRole('form', { name: 'Steun toevoegen' }).getByLabel('Datum').fill('12-03-2026');
  await page.getByRole('button', { name: 'Steun toevoegen' }).click();
  await expect(page.getByText('Stadsdeelregisseur Zuid, 12 maart 2026')).toBeVisible();
  await page.getByRole('button', { name: 'Alles hieronder selecteren' }).first().click();
  await page
    .getByRole('button', { name: /^Koppel geselecteerde/ })
    .first()
    .click();
  await expect(page.getByText(/gekoppeld\./).first()).toBeVisible();
  await expectNoAxeViolations(page, 'agenda item with endorsements');
  await page.screenshot({ path: shot('item-endorsements'), fullPage: true });

  // A second item: PM, no endorsement, for one buurt.
  await page.goto('./#/agenda/new?jaar=2026');
  await page.getByLabel('Titel').fill('Mantelzorgers ontlasten');
  await page.getByRole('group', { name: 'Buurten' }).getByText('Jekerdal', { exact: true }).click();
  await page.getByLabel('Wat kost het ongeveer?').fill('pm');
  await page.getByRole('button', { name: 'Agendapunt opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Wie staat achter dit punt?' })).toBeVisible();

  // The document.
  await page.goto('./#/agenda');
  await page.getByRole('link', { name: 'Sociale agenda als document' }).click();
  const doc = page.locator('article.bs-adoc');
  await expect(doc.getByRole('heading', { level: 1, name: /^Sociale agenda/ })).toBeVisible();
  await expect(doc.getByRole('heading', { level: 2, name: /^Heel / })).toBeVisible();
  await expect(doc.getByRole('heading', { level: 2, name: 'Buurt Jekerdal' })).toBeVisible();
  await expect(doc.getByText('€ 25.000 — Binnen het budget Sociale Basis')).toBeVisible();
  await expect(doc.getByText('Veerkrachtige wijkenaanpak')).toBeVisible();
  await expect(doc.getByText('Stadsdeelregisseur Zuid, 12 maart 2026')).toBeVisible();
  await expect(doc.getByText(/\d+ keer inbreng, \d+ keer waren anderen het ermee eens/)).toBeVisible();
  await expect(doc.getByText(/Bekende kosten samen: € 25\.000, plus 1 punt PM/)).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `agenda document (${size.name})`);
    await page.screenshot({ path: shot(`agenda-document-${size.name}`), fullPage: true });
  }
  // Download: one self-contained HTML file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden (html)' }).click(),
  ]);
  const htmlPath = join(DIR, 'sociale-agenda.html');
  await download.saveAs(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain('Ontmoetingsplek in elke buurt');
  expect(html).toContain('Stadsdeelregisseur Zuid');
  expect(html).not.toMatch(/<script|<link /);
  // Printed: A4 PDF, then a page as PNG to look at.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken of als pdf bewaren' })).toBeHidden();
  await page.screenshot({ path: shot('agenda-document-print'), fullPage: true });
  const pdfPath = join(DIR, 'sociale-agenda.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      join(DIR, 'sociale-agenda-page'),
    ]);
  }
  await page.emulateMedia({ media: 'screen' });

  // "Wat we hoorden": the proposed quotes are reviewed; one is left out before printing.
  await page.goto('./#/feedback/jekerdal');
  const review = page.getByRole('region', { name: 'Citaten nakijken voor het afdrukken' });
  await expect(review).toBeVisible();
  const quotes = review.getByTestId('quote-review');
  await expect(quotes).not.toHaveCount(0);
  const n = await quotes.count();
  const first = (await quotes.first().locator('.bs-quotes-review__text').textContent())!.trim();
  const report = page.locator('article.bs-report');
  await expect(report.getByText(first, { exact: true })).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `report with quote review (${size.name})`);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await quotes.first().getByRole('button', { name: 'Weglaten' }).click();
  await expect(report.getByText(first, { exact: true })).toHaveCount(0);
  await expect(quotes).toHaveCount(Math.max(0, n - 1));
  await expect(review.getByRole('button', { name: '1 weggelaten citaat terugzetten' })).toBeVisible();
  await page.screenshot({ path: shot('report-quote-review'), fullPage: true });
  // The choice survives a reload; print hides the review and keeps the quote out.
  await page.reload();
  await expect(report.getByText(first, { exact: true })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(review).toBeHidden();
  await page.pdf({ path: join(DIR, 'wat-we-hoorden.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  expect(D.foreign).toEqual([]);
  await D.context.close();
});

test('an edited budget line reaches a second device through a bundle', async ({ browser }) => {
  const A = await openDevice(browser, { offline: true, label: 'Laptop coördinator' });
  await loadExampleData(A.page);
  await A.page.goto('./#/design');
  const budget = A.page.getByTestId('design-budget');
  await budget.getByLabel('Post').fill('Zaalhuur gemeenschapshuizen');
  await budget.getByLabel('Bedrag (of PM)').fill('1.200');
  await budget.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(budget.getByRole('cell', { name: 'Zaalhuur gemeenschapshuizen', exact: true })).toBeVisible();
  await budget.getByRole('button', { name: 'Zaalhuur gemeenschapshuizen wijzigen' }).click();
  await expect(budget.getByRole('heading', { name: 'Begrotingsregel wijzigen' })).toBeVisible();
  await expect(budget.getByLabel('Bedrag (of PM)')).toHaveValue('1200');
  await budget.getByLabel('Bedrag (of PM)').fill('1.450');
  await budget.getByLabel('Status').selectOption({ label: 'Aangevraagd' });
  await expectNoAxeViolations(A.page, 'design, budget line being edited');
  await A.page.screenshot({ path: shot('budget-edit'), fullPage: true });
  await budget.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(budget.getByRole('row', { name: /Zaalhuur gemeenschapshuizen/ })).toContainText('€ 1.450');
  await expect(budget.getByRole('heading', { name: 'Nieuwe begrotingsregel' })).toBeVisible();

  await A.page.goto('./#/exchange');
  const [download] = await Promise.all([
    A.page.waitForEvent('download'),
    A.page.getByRole('button', { name: 'Alles exporteren', exact: true }).click(),
  ]);
  const file = join(DIR, 'laptop-a.json');
  await download.saveAs(file);

  const B = await openDevice(browser, { offline: true, label: 'Nieuwe laptop' });
  await B.page.goto('./#/exchange/import');
  await B.page.getByLabel('Bestanden kiezen').setInputFiles([file]);
  await expect(B.page.getByTestId('import-row')).toHaveAttribute('data-status', 'imported');
  await B.page.goto('./#/design');
  const budgetB = B.page.getByTestId('design-budget');
  const row = budgetB.getByRole('row', { name: /Zaalhuur gemeenschapshuizen/ });
  await expect(row).toContainText('€ 1.450');
  await expect(row).toContainText('Aangevraagd');
  await B.page.screenshot({ path: shot('budget-on-second-device'), fullPage: true });
  expect(A.foreign).toEqual([]);
  expect(B.foreign).toEqual([]);
  await A.context.close();
  await B.context.close();
});

test('a forgotten kiosk PIN: the recovery code lets the facilitator out, a wrong code does not', async ({
  browser,
}) => {
  const D = await openDevice(browser, { viewport: { width: 768, height: 1024 }, offline: true });
  const { page } = D;
  await startedMeeting(page);
  await page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill('2468');
  await page.getByLabel('Herhaal de pincode').fill('2468');
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Uw herstelcode' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verder' })).toBeDisabled();
  await expectNoAxeViolations(page, 'recovery code shown');
  await page.screenshot({ path: shot('recovery-code'), fullPage: true });
  const code = await confirmRecoveryCode(page);
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  await expect(page.getByTestId('kiosk')).toBeVisible();

  // The facilitator forgot the PIN: long press on the corner, "Pincode vergeten?".
  const corner = page.getByRole('button', { name: 'Begeleider: bewonersstand verlaten' });
  const c = (await corner.boundingBox())!;
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(1800);
  await page.mouse.up();
  const pad = page.getByRole('dialog');
  await expect(pad.getByRole('heading', { name: 'Pincode van de begeleider' })).toBeVisible();
  await pad.getByRole('button', { name: 'Pincode vergeten?' }).click();
  await expect(pad.getByRole('heading', { name: 'Herstelcode van de begeleider' })).toBeVisible();
  // A resident guessing: refused, tries counted.
  await pad.getByLabel('Herstelcode').fill('AAAA-BBBB-CCCC');
  await pad.getByRole('button', { name: 'Controleren' }).click();
  await expect(pad.getByText('Deze code klopt niet. U kunt het nog 4 keer proberen.')).toBeVisible();
  await expect(page.getByTestId('kiosk')).toBeVisible();
  await expectNoAxeViolations(page, 'recovery code entry');
  await page.screenshot({ path: shot('recovery-enter') });
  // The facilitator, from paper (lower case and spaces do not matter).
  await pad.getByLabel('Herstelcode').fill(code.toLowerCase().replace(/-/g, ' '));
  await pad.getByRole('button', { name: 'Controleren' }).click();
  await expect(pad.getByRole('heading', { name: 'Kies een nieuwe pincode' })).toBeVisible();
  await pad.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill('1357');
  await pad.getByLabel('Herhaal de pincode').fill('1357');
  await pad.getByRole('button', { name: 'Pincode opslaan' }).click();
  // A new one-time code with the new PIN; the old one is spent.
  await expect(pad.getByRole('heading', { name: 'Uw herstelcode' })).toBeVisible();
  const newCode = await confirmRecoveryCode(page);
  expect(newCode).not.toBe(code);
  // Out of the kiosk, back with the facilitator.
  await expect(page.getByTestId('kiosk')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Inbreng opschrijven' })).toBeVisible();
  expect(D.errors).toEqual([]);
  await D.context.close();
});
