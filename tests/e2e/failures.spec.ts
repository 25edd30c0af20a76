import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// Failures a person can meet: the database refuses to read, or a screen breaks while drawing.
// Each screen then says so in Dutch, with "Opnieuw proberen" and a way back; the menu keeps working.
test.use({ viewport: { width: 1024, height: 768 } });

test('a failed read shows the error with a retry that works', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __restore: () => void };
    const patched: [object, string, unknown][] = [];
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
        const orig = (proto as unknown as Record<string, unknown>)[name];
        patched.push([proto, name, orig]);
        (proto as unknown as Record<string, unknown>)[name] = () => {
          throw new DOMException('The disk could not be read', 'UnknownError');
        };
      }
    }
    w.__restore = () => {
      for (const [proto, name, orig] of patched) (proto as Record<string, unknown>)[name] = orig;
    };
  });
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Uitwisselen' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'De gegevens konden niet worden gelezen' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de bijeenkomsten' })).toBeVisible();
  await page.screenshot({ path: 'test-results/failure-live-query.png' });
  await expectNoAxeViolations(page, 'failed read');

  await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitwisselen' })).toBeVisible();
});

test('a screen that breaks shows the boundary with a way back home', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await page.evaluate(() => {
    // The evaluation report writes today's date while it draws (src/i18n/plainDates.ts reads the
    // date's year), so reading a year is what breaks, only at that screen's address.
    const year = Date.prototype.getFullYear;
    Date.prototype.getFullYear = function (this: Date) {
      if (location.hash === '#/evaluation') throw new TypeError('broken date formatting');
      return year.call(this);
    };
  });
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Ontwerp en evaluatie' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    location.hash = '#/evaluation';
  });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dit scherm kan nu niet worden getoond' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terug naar het vorige scherm' })).toBeVisible();
  await page.screenshot({ path: 'test-results/failure-screen.png' });
  await expectNoAxeViolations(page, 'broken screen');
  await page.getByRole('link', { name: 'Naar de bijeenkomsten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
});
