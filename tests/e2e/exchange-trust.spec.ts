import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/**
 * Issue 10 in Chromium: no Content-Security-Policy report or violation on load and through an
 * import (zod runs jitless, src/domain/zod.ts); hostile files are refused in Dutch, prototype-named
 * device ids import like any other; a tablet takes a new device id in Instellingen.
 */

/** Every CSP violation event and every console line about the policy, from the first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to|unsafe-eval|EvalError/i.test(m.text())) seen.push(m.text());
  });
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('no CSP report on load and through an import; hostile files refused in Dutch', async ({ page }) => {
  const console = await watchCsp(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto('./#/exchange/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Bestanden importeren' })).toBeVisible();
  await page
    .getByLabel('Bestanden kiezen')
    .setInputFiles([
      'tests/fixtures/good/a-001.json',
      'tests/fixtures/bad/device-id-constructor.json',
      'tests/fixtures/bad/seq-too-high.json',
      'tests/fixtures/bad/publish-with-contributions.json',
    ]);
  const rows = page.getByTestId('import-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'imported');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'imported');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'refused');
  await expect(rows.nth(2)).toContainText('Het exportnummer 999999999999 is onmogelijk hoog');
  await expect(rows.nth(3)).toContainText(
    'Een publicatie mag alleen configuratie, agenda en terugkoppeling bevatten',
  );
  await expectNoAxeViolations(page, 'import with refused files');

  expect(await violations(page)).toEqual([]);
  expect(console).toEqual([]);
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  test(`Instellingen: a tablet takes a new device id (${viewport.width}x${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const console = await watchCsp(page);
    await page.goto('./#/settings');
    await expect(page.getByRole('heading', { level: 3, name: 'Nieuwe apparaatcode' })).toBeVisible();
    const oldId = (await page.getByText(/^Apparaatcode: /).textContent())?.replace('Apparaatcode: ', '');
    await page.getByRole('button', { name: 'Nieuwe apparaatcode nemen', exact: true }).click();
    await expect(page.getByText('Weet u het zeker?')).toBeVisible();
    await expectNoAxeViolations(page, 'settings, new device id');
    await page.getByRole('button', { name: 'Ja, nieuwe apparaatcode nemen' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Deze tablet heeft nu apparaatcode' });
    await expect(status).toBeVisible();
    expect(await status.textContent()).not.toContain(oldId ?? '-');
    await expect(page.getByText(/^Apparaatcode: /)).not.toHaveText(`Apparaatcode: ${oldId}`);
    await page.screenshot({ path: test.info().outputPath(`new-device-id-${viewport.width}.png`) });
    expect(await violations(page)).toEqual([]);
    expect(console).toEqual([]);
  });
}
