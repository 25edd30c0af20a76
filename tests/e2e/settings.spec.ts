import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const BAD = join(process.cwd(), 'tests', 'fixtures', 'bad-config');
const SHOTS = 'test-results/settings';

/** Every request must stay on the app's own origin. */
function watchRequests(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://localhost/').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      foreign.push(url);
  });
  return foreign;
}

/** WCAG 2.2 AA rules (the shared helper); the best-practice rule "region" flags the app shell's status bar. */
const axe = (page: Page) => expectNoAxeViolations(page, 'instellingen');

async function openSettings(page: Page) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Participatieproces bewerken' })).toBeVisible();
}

test('edit the question and a theme in the editor; it is saved and shows on the capture chips', async ({
  page,
  baseURL,
}) => {
  const foreign = watchRequests(page, baseURL);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openSettings(page);
  await page.screenshot({ path: `${SHOTS}/01-settings-top.png`, fullPage: false });

  const question = page.locator('#cfg-questions-0-text');
  await question.fill('Wat maakt uw buurt fijn om in te wonen?');
  await page.getByTestId('theme-0').locator('summary').click();
  const label = page.locator('#cfg-themes-0-label');
  await label.fill('Elkaar ontmoeten');
  await page.getByTestId('theme-0').getByText('Ster', { exact: true }).click();
  await expect(page.getByText('U heeft wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();
  await page.getByTestId('theme-0').screenshot({ path: `${SHOTS}/02-theme-editing.png` });

  // Nothing typed is lost: the draft survives a reload.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.locator('#cfg-questions-0-text')).toHaveValue('Wat maakt uw buurt fijn om in te wonen?');
  await page.getByTestId('theme-0').locator('summary').click();
  await expect(page.locator('#cfg-themes-0-label')).toHaveValue('Elkaar ontmoeten');

  await page.getByRole('button', { name: 'Participatieproces opslaan' }).click();
  await expect(page.getByText('Het participatieproces is opgeslagen.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-saved.png` });

  // Saved in the database (no draft any more): still there after a reload.
  await page.reload();
  await expect(page.locator('#cfg-questions-0-text')).toHaveValue('Wat maakt uw buurt fijn om in te wonen?');
  await expect(page.getByText('U heeft wijzigingen die nog niet zijn opgeslagen.')).toHaveCount(0);
  await expect(page.getByTestId('theme-0').locator('summary')).toContainText('Elkaar ontmoeten');

  // The meeting capture shows the new theme label.
  await page.goto('./#/meetings/new');
  await page.locator('#f-buurtId').selectOption({ label: 'Jekerdal' });
  await page.locator('#f-location').fill('Buurthuis Jekerdal');
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  const chips = page.getByRole('group', { name: 'Over welk thema?' });
  await expect(chips.getByText('Elkaar ontmoeten', { exact: true })).toBeVisible();
  await expect(chips.getByText('Ontmoeten', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/04-capture-chips.png` });

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('an invalid edit is refused with Dutch problems naming the field, and nothing is saved', async ({
  page,
}) => {
  await openSettings(page);
  await page.locator('#cfg-name').fill('');
  await page.getByTestId('group-0').locator('summary').click();
  await page.locator('#cfg-targetGroups-0-share-byBuurt-randwyck').fill('45');
  await page.getByRole('button', { name: 'Participatieproces opslaan' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Het participatieproces is niet opgeslagen' });
  await expect(alert).toContainText('Naam van het participatieproces: mag niet leeg zijn');
  await expect(alert).toContainText('Aandeel in Randwyck: maximaal 1');
  await expect(page.locator('#cfg-name')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SHOTS}/05-invalid.png` });
  await axe(page);

  await page.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
  await expect(page.locator('#cfg-name')).toHaveValue('Sociale Basis — Stadsdeel Zuid');
  await page.reload();
  await expect(page.locator('#cfg-name')).toHaveValue('Sociale Basis — Stadsdeel Zuid');
});

const BROKEN: [string, string][] = [
  ['wrong-type.json', 'Instellingen voor de analyse › Kleinste groep die getoond wordt: moet een getal zijn'],
  ['missing-field.json', 'Wie vraagt het, en wat gebeurt ermee: ontbreekt'],
  [
    'unknown-theme.json',
    'Buurten › Buurt 3 (Campagne) › Thema’s die spelen in deze buurt › 3: onbekend thema "sport"',
  ],
  ['duplicate-id.json', 'Thema’s (suggesties): dezelfde id komt twee keer voor'],
  ['share-too-big.json', 'Aandeel in Randwyck: maximaal 1'],
  ['not-json.json', 'Bestand: geen geldige JSON'],
];

test('broken configuration files are refused; the app keeps the last good configuration', async ({
  page,
  baseURL,
}) => {
  const foreign = watchRequests(page, baseURL);
  await openSettings(page);
  for (const [file, message] of BROKEN) {
    await page.locator('#config-file').setInputFiles(join(BAD, file));
    const alert = page.getByRole('alert').filter({ hasText: 'Dit bestand is niet geladen' });
    await expect(alert, file).toContainText(message);
    if (file === 'unknown-theme.json') await alert.screenshot({ path: `${SHOTS}/06-file-refused.png` });
  }
  await expect(page.locator('#cfg-name')).toHaveValue('Sociale Basis — Stadsdeel Zuid');
  // The app keeps working with the configuration it had.
  await page.goto('./#/');
  await expect(page.getByText('Participatieproces: Sociale Basis — Stadsdeel Zuid')).toBeVisible();
  await page.goto('./#/meetings/new');
  await expect(page.locator('#f-buurtId option', { hasText: 'Campagne' })).toHaveCount(1);
  expect(foreign).toEqual([]);
});

test('settings screen has no axe violations at 1024x768 and 768x1024', async ({ page }) => {
  await openSettings(page);
  // Open one item of every list, so their fields are checked too.
  for (const id of ['theme-0', 'buurt-0', 'group-0', 'connected-0']) {
    await page.getByTestId(id).locator('summary').click();
  }
  await axe(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  await axe(page);
  await page.getByTestId('group-0').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/07-portrait-group.png` });
  await page.getByTestId('buurt-0').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/08-portrait-buurt.png` });
});
