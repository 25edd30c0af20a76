import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  addContributionViaUi,
  expectNoAxeViolations,
  planMeetingViaUi,
  trackForeignRequests,
  waitForServiceWorker,
} from './helpers';

/**
 * The coordinator's picture from real tablet exports (not example data): a tablet, offline, records a
 * meeting and exports; the coordinator imports the file, filters by buurt and group, sees the
 * under-represented group marked and exports CSV with the tablet's contributions in it.
 */
test('coordinator picture from an imported tablet export', async ({ browser }) => {
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const t = await tablet.newPage();
  const foreign = trackForeignRequests(t);
  await t.goto('./');
  await waitForServiceWorker(t);
  await tablet.setOffline(true);
  await planMeetingViaUi(t, { buurt: 'De Heeg', location: 'Wijkcentrum De Heeg', workForm: 'Inloop' });
  await t.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  const texts = [
    'Te weinig plekken om af te spreken',
    'Het buurthuis is vaak dicht',
    'Meer hulp bij formulieren',
  ];
  for (const text of texts)
    await addContributionViaUi(t, {
      kind: 'Knelpunt',
      text,
      themes: ['Ontmoeten'],
      groups: ['Ouderen (75+)'],
    });
  const plus = t.getByRole('button', { name: 'Eén meer: Totaal aanwezig', exact: true });
  for (let i = 0; i < 40; i++) await plus.click();
  await t.goto('./#/exchange');
  const [download] = await Promise.all([
    t.waitForEvent('download'),
    t.getByRole('button', { name: 'Nieuwe wijzigingen exporteren', exact: true }).click(),
  ]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(foreign).toEqual([]);

  const office = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const c = await office.newPage();
  const foreignC = trackForeignRequests(c);
  await c.goto('./#/exchange/import');
  await expect(c.getByRole('heading', { level: 1, name: 'Bestanden importeren' })).toBeVisible();
  await c.getByLabel('Bestanden kiezen').setInputFiles([file]);
  await expect(c.getByTestId('import-row')).toHaveCount(1);
  await expect(c.getByTestId('import-row')).toHaveAttribute('data-status', /./);

  // The tablet and the coordinator started from the same configuration file: one process.
  await c.goto('./#/coordinator/reach');
  await expect(c.getByRole('heading', { level: 1, name: 'Overzicht: Bereik' })).toBeVisible();
  await c.getByLabel('Buurt', { exact: true }).selectOption({ label: 'De Heeg' });
  await c
    .getByLabel('Doelgroep', { exact: true })
    .selectOption({ label: 'Mensen met een migratieachtergrond' });
  const row = c.locator('.bs-reach-table tbody tr');
  await expect(row).toHaveCount(1);
  // 0 of 40 counted people against 33% of De Heeg: under-represented even if up to 4 were missed.
  await expect(row.locator('.bs-under')).toHaveText('▼ ondervertegenwoordigd');
  await expectNoAxeViolations(c, 'reach from imported data');
  await c.screenshot({ path: 'screenshots/coordinator/reach-imported.png', fullPage: true });

  await c.getByRole('link', { name: 'Exporteren' }).click();
  const [csv] = await Promise.all([
    c.waitForEvent('download'),
    c.getByRole('button', { name: 'Inbreng (CSV)' }).click(),
  ]);
  const text = readFileSync((await csv.path())!, 'utf8');
  for (const t2 of texts) expect(text).toContain(t2);
  expect(text).toContain('De Heeg;Wijkcentrum De Heeg;Inloop');
  expect(foreignC).toEqual([]);
  await tablet.close();
  await office.close();
});
