import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  addContributionViaUi,
  expectNoAxeViolations,
  expectTouchTargets,
  openDevice,
  planMeetingViaUi,
} from './helpers';

/**
 * Two tablets and a coordinator, each its own browser context (own IndexedDB):
 * tablet A and B both capture; B imports A's first export; both change the same contribution;
 * both export (A encrypted); the coordinator imports all files in one order and again in another,
 * and a second coordinator in yet another order: same records, the conflict is shown, and the
 * re-import changes nothing.
 */

const DIR = 'test-results/exchange';
const PASS = 'zomeravond-in-de-heeg';
const shot = (name: string) => join(DIR, `${name}.png`);

/** Click an export button and keep the downloaded file. */
async function exportVia(page: Page, button: string, saveAs: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(DIR, saveAs);
  await download.saveAs(path);
  await expect(page.getByTestId('export-result')).toContainText(download.suggestedFilename());
  return path;
}

async function importVia(page: Page, files: string[], passphrase = '') {
  await page.goto('./#/exchange/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Bestanden importeren' })).toBeVisible();
  await page.getByLabel('Wachtwoord voor versleutelde bestanden').fill(passphrase);
  await page.getByLabel('Bestanden kiezen').setInputFiles(files);
  await expect(page.getByTestId('import-row')).toHaveCount(files.length);
  await expect(page.getByText(/^Bezig met/)).toHaveCount(0);
  const rows = page.getByTestId('import-row');
  const out: { file: string; status: string; nums: number[] }[] = [];
  for (let i = 0; i < files.length; i++) {
    const row = rows.nth(i);
    const cells = await row.locator('td.bs-num').allTextContents();
    out.push({
      file: (await row.locator('th').textContent()) ?? '',
      status: (await row.getAttribute('data-status')) ?? '',
      nums: cells.map(Number),
    });
  }
  return out;
}

async function stockOf(page: Page): Promise<Record<string, string>> {
  const items = page.getByTestId('stock').locator('div[data-table]');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    out[(await item.getAttribute('data-table'))!] = (await item.locator('dd').textContent())!;
  }
  return out;
}

const editContribution = async (page: Page, oldText: string, newText: string) => {
  const item = page.getByTestId('contribution').filter({ hasText: oldText });
  await item.getByRole('button', { name: /^Wijzigen/ }).click();
  const form = page.getByRole('form', { name: 'Inbreng wijzigen' });
  await form.getByRole('textbox', { name: 'Wat zei de bewoner?' }).fill(newText);
  await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(page.getByTestId('contribution').filter({ hasText: newText })).toBeVisible();
};

test('two tablets export, a coordinator imports in any order, conflicts are kept', async ({ browser }) => {
  mkdirSync(DIR, { recursive: true });
  const A = await openDevice(browser, { label: 'Tablet A', offline: true });
  const B = await openDevice(browser, { label: 'Tablet B', offline: true });

  // Tablet A: a meeting with two contributions, then the first export.
  await planMeetingViaUi(A.page, { buurt: 'De Heeg', location: 'Gemeenschapshuis De Heeg' });
  await A.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  const meetingUrlA = A.page.url();
  await addContributionViaUi(A.page, {
    kind: 'Idee',
    text: 'Meer bankjes in het park',
    themes: ['Ontmoeten'],
  });
  await addContributionViaUi(A.page, {
    kind: 'Knelpunt',
    text: '<img src=x onerror=alert(1)> De bus rijdt te weinig',
  });
  await A.page.goto('./#/');
  await expect(A.page.getByTestId('unexported')).toContainText('wijzigingen staan alleen op dit apparaat');
  await A.page.screenshot({ path: shot('01-tablet-a-home-unexported') });
  await A.page.getByRole('link', { name: 'Nu exporteren' }).click();
  await expect(A.page.getByRole('heading', { level: 1, name: 'Uitwisselen' })).toBeVisible();
  await expectNoAxeViolations(A.page, 'exchange (tablet A)');
  await expectTouchTargets(A.page);
  const a1 = await exportVia(A.page, 'Nieuwe wijzigingen exporteren', 'a1.json');
  expect(a1).toBeTruthy();
  await expect(A.page.getByTestId('unexported-count')).toContainText('Alles is geëxporteerd.');
  await A.page.screenshot({ path: shot('02-tablet-a-exported'), fullPage: true });

  // Tablet B: its own meeting and contribution; imports A's first file.
  await planMeetingViaUi(B.page, { buurt: 'De Heeg', location: 'Buurthuis Heer' });
  await B.page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await addContributionViaUi(B.page, { kind: 'Behoefte', text: 'Een plek voor jongeren in de avond' });
  const bImport = await importVia(B.page, [a1]);
  expect(bImport[0]!.status).toBe('imported');
  expect(bImport[0]!.nums[0]).toBeGreaterThan(0);
  await expectNoAxeViolations(B.page, 'import (tablet B)');
  await B.page.screenshot({ path: shot('03-tablet-b-imported-a1'), fullPage: true });

  // Both change the same contribution without seeing each other's change: B first, then A.
  await B.page.goto(meetingUrlA);
  await editContribution(
    B.page,
    'Meer bankjes in het park',
    'Meer bankjes in het park, ook bij de school (B)',
  );
  await A.page.goto(meetingUrlA);
  await editContribution(A.page, 'Meer bankjes in het park', 'Meer bankjes in het park, met schaduw (A)');

  // A closes its meeting: the reminder to export shows.
  await A.page.getByRole('link', { name: 'Bijeenkomst afsluiten' }).click();
  await A.page.getByRole('button', { name: 'Afsluiten en opslaan' }).click();
  await expect(A.page.getByTestId('export-reminder')).toContainText('Vergeet niet te exporteren');
  await expectNoAxeViolations(A.page, 'closed meeting with reminder');
  await A.page.screenshot({ path: shot('04-tablet-a-closed-reminder') });

  // Both export; A's file is encrypted.
  await A.page.getByRole('link', { name: 'Nu exporteren' }).click();
  await A.page.getByLabel('Versleutelen met een wachtwoord').check();
  await A.page.getByLabel('Wachtwoord', { exact: true }).fill(PASS);
  await A.page.getByLabel('Wachtwoord nog een keer').fill(PASS);
  const a2 = await exportVia(A.page, 'Nieuwe wijzigingen exporteren', 'a2.json.enc');
  await expectNoAxeViolations(A.page, 'exchange with passphrase (tablet A)');
  await A.page.screenshot({ path: shot('05-tablet-a-exported-encrypted'), fullPage: true });
  await B.page.goto('./#/exchange');
  const b1 = await exportVia(B.page, 'Nieuwe wijzigingen exporteren', 'b1.json');

  // Coordinator 1: all files, then all again in another order.
  const C = await openDevice(browser, { label: 'Laptop coördinator' });
  const first = await importVia(C.page, [a1, a2, b1], PASS);
  expect(first.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
  const conflictsFirst = first.reduce((n, r) => n + r.nums[3]!, 0);
  expect(conflictsFirst).toBe(1);
  const stock1 = await stockOf(C.page);
  expect(stock1).toMatchObject({ meetings: '2', contributions: '3', conflicts: '1' });
  await expectNoAxeViolations(C.page, 'import report (coordinator)');
  await expectTouchTargets(C.page);
  await C.page.screenshot({ path: shot('06-coordinator-import'), fullPage: true });

  const again = await importVia(C.page, [b1, a2, a1], PASS);
  for (const r of again) {
    expect(r.status).toBe('imported');
    expect([r.nums[0], r.nums[1], r.nums[3]]).toEqual([0, 0, 0]); // new, updated, conflicts
  }
  expect(await stockOf(C.page)).toEqual(stock1);
  await C.page.screenshot({ path: shot('07-coordinator-reimport'), fullPage: true });

  // Coordinator 2: the other order from scratch gives the same picture.
  const D = await openDevice(browser);
  await importVia(D.page, [b1, a2, a1], PASS);
  expect(await stockOf(D.page)).toEqual(stock1);

  // The conflict: B's version lost to A's later one, and is kept for review. Markup stays text.
  await C.page.goto('./#/exchange/conflicts');
  const conflict = C.page.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByTestId('conflict-current')).toHaveText(
    'Meer bankjes in het park, met schaduw (A)',
  );
  await expect(conflict.getByTestId('conflict-other')).toHaveText(
    'Meer bankjes in het park, ook bij de school (B)',
  );
  await expect(conflict).toContainText('Tablet B');
  await expectNoAxeViolations(C.page, 'conflicts (coordinator)');
  await expectTouchTargets(C.page);
  await C.page.screenshot({ path: shot('08-coordinator-conflict'), fullPage: true });
  await conflict.getByRole('button', { name: 'Andere versie laten gelden' }).click();
  await expect(C.page.getByTestId('no-conflicts')).toBeVisible();
  await C.page.screenshot({ path: shot('09-coordinator-conflict-settled') });

  // Wrong passphrase: a clear message, nothing imported.
  const wrong = await importVia(D.page, [a2], 'fout-wachtwoord');
  expect(wrong[0]!.status).toBe('refused');
  await expect(D.page.getByTestId('import-row')).toContainText('Wachtwoord onjuist of bestand beschadigd.');
  expect(await D.page.locator('img[src=x]').count()).toBe(0);
  await expectNoAxeViolations(D.page, 'import report with a refused file');
  await D.page.screenshot({ path: shot('10-refused-wrong-passphrase'), fullPage: true });

  // The coordinator publishes the configuration; tablet B takes only the processes from it.
  await C.page.goto('./#/exchange');
  const pub = await exportVia(C.page, 'Publicatiebestand maken', 'publicatie.json');
  const bPub = await importVia(B.page, [pub]);
  expect(bPub[0]!.status).toBe('imported');
  await expect(B.page.getByTestId('import-row')).toContainText('publicatie');

  for (const dev of [A, B, C, D]) {
    expect(dev.foreign, 'requests to another origin').toEqual([]);
    expect(dev.errors, 'page errors').toEqual([]);
    await dev.context.close();
  }
});
