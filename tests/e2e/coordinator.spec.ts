import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The coordinator's screens, filled with the example data through the UI ("Voorbeeldgegevens
 * laden"): filter by buurt and group, an under-represented group marked, CSV and XLSX exports
 * checked, axe-core on every screen, screenshots of overview and reach.
 */

async function noAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

test('coordinator: example data, filters, reach marks, exports, accessibility', async ({ page }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== 'localhost') foreign.push(req.url());
  });

  // 00:22 in Amsterdam, still the day before in UTC: the export files carry the coordinator's own
  // day (they carried the UTC day, yesterday's date, until stop 23).
  await page.clock.install({ time: new Date('2026-03-04T23:22:00Z') });

  // Fresh install: the coordinator menu item leads to an empty overview that offers example data.
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByText('Er zijn nog geen gegevens.')).toBeVisible();
  await noAxeViolations(page, 'coordinator, empty');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();

  // Overview with content.
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht: Wat bewoners zeggen' })).toBeVisible();
  await expect(page.getByText(/Er staan voorbeeldgegevens in de app/)).toBeVisible();
  const figures = page.locator('.bs-figures');
  const total = Number((await figures.locator('dd').first().textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(200);
  await expect(page.getByRole('img', { name: /Inbreng per thema/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Inbreng door de tijd/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Laatste inbreng' })).toBeVisible();
  await noAxeViolations(page, 'overview');
  await page.screenshot({ path: 'test-results/coordinator-overview.png', fullPage: true });

  // The table alternative holds the same numbers.
  await page.getByText('Toon als tabel').first().click();
  await expect(page.getByRole('table', { name: 'Inbreng per thema' })).toBeVisible();

  // Reach over the whole area: jongeren are under-represented, marked in words.
  await page.getByRole('link', { name: 'Bereik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht: Bereik' })).toBeVisible();
  const underList = page.locator('.bs-underlist');
  await expect(underList.getByText('Jongeren (15-24 jaar)')).toBeVisible();
  await expect(underList.locator('li').first()).toContainText('ondervertegenwoordigd');
  await expect(underList.locator('li').first()).toContainText('Bereikte deze groep tot nu toe het best');
  await expect(page.getByRole('img', { name: /Bereik per doelgroep/ })).toBeVisible();
  await noAxeViolations(page, 'reach');
  await page.screenshot({ path: 'test-results/coordinator-reach.png', fullPage: true });
  await page.locator('figure.bs-chart').screenshot({ path: 'test-results/coordinator-reach-chart.png' });

  // Another measure in the chart.
  await page.getByLabel('Aanwezigheid', { exact: true }).check();
  await expect(page.getByRole('heading', { name: 'Bereik per doelgroep: Aanwezigheid' })).toBeVisible();

  // Filter by buurt and group: in Sint Pieter, mantelzorgers are under-represented (observed).
  await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Sint Pieter' });
  await page.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'Mantelzorgers' });
  const row = page.locator('.bs-reach-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText('Mantelzorgers');
  await expect(row.locator('.bs-under')).toHaveText('▼ ondervertegenwoordigd');
  await expect(underList.locator('li')).toHaveCount(1);
  await expect(underList).toContainText('waargenomen');
  await noAxeViolations(page, 'reach, filtered');
  await page.screenshot({ path: 'test-results/coordinator-reach-filtered.png', fullPage: true });

  // The overview follows the same filter.
  await page.getByRole('link', { name: 'Wat bewoners zeggen' }).click();
  const filtered = Number((await figures.locator('dd').first().textContent())!.replace(/\D/g, ''));
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);
  await page.getByRole('button', { name: 'Filter wissen' }).click();
  await expect(figures.locator('dd').first()).toHaveText(String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));

  // Shared picture of a buurt: the social profile (with "voorbeeldcijfer") next to residents' themes.
  await page.getByRole('link', { name: 'Gedeeld beeld' }).click();
  await page
    .getByRole('navigation', { name: 'Kies een buurt' })
    .getByRole('link', { name: 'Sint Pieter' })
    .click();
  await expect(page.getByRole('heading', { name: 'Wat de gemeente weet over Sint Pieter' })).toBeVisible();
  await expect(page.getByText('voorbeeldcijfer').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat bewoners van Sint Pieter inbrachten' })).toBeVisible();
  await expect(page.locator('.bs-quotes blockquote').first()).toBeVisible();
  await noAxeViolations(page, 'shared picture');
  await page.locator('.bs-shared').screenshot({ path: 'test-results/coordinator-shared-columns.png' });
  await page.screenshot({ path: 'test-results/coordinator-shared.png', fullPage: true });

  // Exports.
  await page.getByRole('link', { name: 'Exporteren' }).click();
  await expect(page.getByRole('heading', { name: 'Exporteren voor analyse' })).toBeVisible();
  await noAxeViolations(page, 'export');

  const csv = await download(page, 'Inbreng (CSV)');
  expect(csv.name).toBe('buurtstem-inbreng-2026-03-05.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const text = csv.bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(
    'id;bijeenkomst_id;datum;buurt;plek;werkvorm;bron;wie sprak;organisatie of partner;soort;thema’s;tekst;anderen eens',
  );
  expect(lines.length - 2).toBe(total); // heading + rows + empty after the final CRLF
  expect(lines[1]).toMatch(/^[0-9a-f-]{36};[0-9a-f-]{36};\d{2}-\d{2}-\d{4};/);
  expect(text).toContain('Voorbeeld — ');

  const reachCsv = await download(page, 'Bereik (CSV)');
  const reachText = reachCsv.bytes.toString('utf8');
  expect(reachText).toContain('Alle buurten;Jongeren (15-24 jaar);19;');
  expect(reachText).toContain('ondervertegenwoordigd');
  expect(reachText).toContain('<5');
  expect(reachText).toMatch(/;\d+,\d+;/); // decimal comma

  const xlsx = await download(page, 'Excel-bestand (XLSX)');
  expect(xlsx.name).toBe('buurtstem-analyse-2026-03-05.xlsx');
  const parts = unzipSync(new Uint8Array(xlsx.bytes));
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  for (const sheet of ['Inbreng', 'Bijeenkomsten', 'Aanwezigheid', 'Bereik'])
    expect(workbook).toContain(`name="${sheet}"`);
  const meetingsSheet = strFromU8(parts['xl/worksheets/sheet2.xml']!);
  expect(meetingsSheet).toContain('Voorbeeld — ');
  expect(meetingsSheet).not.toContain('<f>');
  const rows = strFromU8(parts['xl/worksheets/sheet1.xml']!).match(/<row /g)!.length;
  expect(rows).toBe(total + 1);
  await expect(page.getByText('Het Excel-bestand staat in uw downloads.')).toBeVisible();

  // Remove the example data in one step: back to empty.
  await page.getByRole('button', { name: 'Voorbeeldgegevens verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('Er zijn nog geen gegevens.')).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
