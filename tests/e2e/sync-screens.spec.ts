import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectTouchTargets, openDevice } from './helpers';

/**
 * The sync screens without a service (issue 15 item 5): reachable from Instellingen, clear Dutch
 * messages for bad input, axe at both tablet sizes, and no request to anywhere but the app itself
 * while sync is not set up (privacy by design).
 */
const DIR = 'test-results/sync';
const shot = (name: string) => join(DIR, `${name}.png`);

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  test(`sync set-up screen at ${viewport.width}x${viewport.height}: reachable, checked input, no request`, async ({
    browser,
  }) => {
    mkdirSync(DIR, { recursive: true });
    const d = await openDevice(browser, { viewport });
    const others: string[] = [];
    const own = new URL(d.page.url()).origin;
    d.page.on('request', (r) => {
      if (!r.url().startsWith(own) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        others.push(r.url());
    });
    await d.page.goto('./#/settings');
    await expect(d.page.getByTestId('sync-setting')).toHaveText(
      'Niet ingesteld: er gaat niets van dit apparaat naar buiten.',
    );
    await d.page.getByRole('link', { name: 'Synchronisatie instellen' }).click();
    await expect(d.page.getByRole('heading', { level: 1, name: 'Synchronisatie' })).toBeVisible();
    await expectNoAxeViolations(d.page, `sync set-up ${viewport.width}`);
    await expectTouchTargets(d.page);
    await d.page.screenshot({ path: shot(`00-setup-${viewport.width}x${viewport.height}`), fullPage: true });

    // Bad input: a clear message at the field, nothing sent.
    await d.page.getByLabel('Adres van de server').fill('geen adres met spaties');
    await d.page.getByRole('button', { name: 'Koppelen' }).click();
    await expect(d.page.getByText('Dit is geen geldig webadres. Begin met https://')).toBeVisible();
    await expect(d.page.getByText('Vul de code in.')).toBeVisible();
    await d.page.getByLabel('Adres van de server').fill('https://sync.example.nl');
    await d.page.getByLabel(/^Wachtwoordzin van het participatieproces/).fill('kort');
    await d.page.getByLabel('Instelcode van de server').fill('ABCD-EFGH');
    await d.page.getByRole('button', { name: 'Instellen', exact: true }).click();
    await expect(d.page.getByText('De wachtwoordzin is te kort: minstens 8 tekens.')).toBeVisible();
    await expectNoAxeViolations(d.page, `sync set-up with errors ${viewport.width}`);
    await d.page.screenshot({
      path: shot(`00-setup-errors-${viewport.width}x${viewport.height}`),
      fullPage: true,
    });

    // Around the app: home, overview, exchange; still nothing leaves.
    for (const path of ['./#/', './#/coordinator', './#/exchange']) {
      await d.page.goto(path);
      await expect(d.page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await expect(d.page.getByTestId('sync-status')).toHaveCount(0);
    expect(others).toEqual([]);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
}
