import { expect, test } from '@playwright/test';

test('the app starts with the example configuration', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await expect(page.getByText('Sociale Basis — Stadsdeel Zuid')).toBeVisible();
  await page.screenshot({ path: 'test-results/smoke-home.png' });
  expect(errors).toEqual([]);
});
