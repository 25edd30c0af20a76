import { expect, type Page, test } from '@playwright/test';
import {
  addContributionViaUi,
  confirmRecoveryCode,
  expectNoAxeViolations,
  planMeetingViaUi,
} from './helpers';

/**
 * Every main screen once, filled with the example data: axe-core 0 violations and a full-page
 * screenshot (in SHOTS_DIR, default test-results/screens), so the look can be compared before and
 * after a change of the styles. And the header at 1012 px wide (Firefox's width at 1024 px with
 * classic scrollbars) stays on one row.
 */

const dir = process.env.SHOTS_DIR ?? 'test-results/screens';

async function shot(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the header fits on one row at 1012 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 1012, height: 768 });
  await page.goto('./');
  await heading(page, 'Bijeenkomsten');
  const rows = await page.locator('.bs-header__bar > *').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }),
  );
  expect(rows.length).toBe(3);
  // One row: brand, menu and language buttons overlap vertically (a second row starts below the first).
  const firstBottom = Math.min(...rows.map((r) => r.bottom));
  for (const r of rows) expect(r.top).toBeLessThan(firstBottom);
  const bar = (await page.locator('.bs-header__bar').boundingBox())!;
  const brand = (await page.locator('.bs-brand').boundingBox())!;
  // The bar is one row high: the tallest item plus the bar's padding, not two rows.
  expect(bar.height).toBeLessThan(brand.height * 2);
});

test('every main screen: axe 0 and a screenshot', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./');
  await heading(page, 'Bijeenkomsten');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await heading(page, 'Overzicht: Wat bewoners zeggen');
  await expect(page.getByRole('img', { name: /Inbreng per thema/ })).toBeVisible();
  await shot(page, '05-coordinator-overview');
  await page.goto('./#/coordinator/reach');
  await expect(page.locator('figure.bs-chart').first()).toBeVisible();
  await shot(page, '06-coordinator-reach');

  await page.goto('./#/');
  await heading(page, 'Bijeenkomsten');
  await shot(page, '01-meetings');
  await page.getByRole('link', { name: 'Nieuwe bijeenkomst plannen' }).click();
  await expect(page.getByLabel('Plek')).toBeVisible();
  await shot(page, '02-meeting-form');

  await page.goto('./#/exchange');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shot(page, '07-exchange');
  await page.goto('./#/agenda');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shot(page, '08-agenda');
  await page.goto('./#/design');
  await expect(page.getByTestId('design-meetings')).toBeVisible();
  await shot(page, '09-design');
  await page.goto('./#/evaluation');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shot(page, '10-evaluation');
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shot(page, '11-settings');

  await planMeetingViaUi(page, {
    buurt: 'De Heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-12-03T19:30',
    workForm: 'Inloop',
  });
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await addContributionViaUi(page, { kind: 'Idee', text: 'Een bankje bij de speeltuin', agree: 2 });
  await shot(page, '03-capture');

  // The kiosk last: the tablet stays in kiosk mode.
  await page.getByRole('link', { name: 'Geef de tablet aan een bewoner' }).click();
  await page.getByLabel('Nieuwe pincode (4 tot 6 cijfers)').fill('2468');
  await page.getByLabel('Herhaal de pincode').fill('2468');
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await confirmRecoveryCode(page);
  await expect(page.getByText('De pincode is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Bewonersstand starten' }).click();
  await heading(page, 'Praat mee over uw buurt');
  await shot(page, '12-kiosk-welcome');
  await page.getByTestId('kiosk').getByRole('button', { name: 'العربية' }).click();
  await heading(page, 'شارك برأيك في حيّك');
  await shot(page, '13-kiosk-arabic');
});
