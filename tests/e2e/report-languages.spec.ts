import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, readStore } from './helpers';

/**
 * "Wat we hoorden" in the residents' languages (issue 13): the report of a buurt with data,
 * switched to Arabic and to Polish. Every text node of the report article is in that language,
 * except configuration texts without a translation (Dutch, marked lang="nl", and only texts the
 * staff typed: checked against the data) and residents' quotes (lang="", unknown); Arabic is
 * right-to-left; the choice stays in the URL; the staff controls around it stay Dutch; axe 0.
 */
test.use({ viewport: { width: 768, height: 1024 }, actionTimeout: 15_000 });
test.setTimeout(300_000);

const shot = (name: string) => `screenshots/report-languages/${name}.png`;

/** Every text the staff typed that may stay Dutch inside a translated report (config and records). */
async function staffTexts(page: Page): Promise<Set<string>> {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s === 'string' && s.trim()) out.add(s.trim());
  };
  for (const p of await readStore(page, 'processes')) {
    add(p.area);
    add(p.name);
    add(p.participationText);
    for (const b of p.buurten ?? []) add(b.name);
    for (const th of p.themes ?? []) add(th.label);
  }
  for (const m of await readStore(page, 'meetings')) add(m.location);
  for (const i of await readStore(page, 'agendaItems')) {
    for (const f of ['title', 'residentText', 'description', 'statusReason', 'responsible']) add(i[f]);
  }
  for (const f of await readStore(page, 'feedback')) add(f.text);
  return out;
}

interface Node {
  lang: string | null;
  text: string;
  quote: boolean;
}

/** Every visible text node in the report article, with the `lang` of its closest element carrying one. */
function textNodes(page: Page): Promise<Node[]> {
  return page.evaluate(() => {
    const root = document.querySelector('article.bs-report')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: { lang: string | null; text: string; quote: boolean }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || !/\p{L}/u.test(text)) continue;
      if (el.closest('[aria-hidden=true]')) continue;
      if (!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)) continue;
      out.push({
        lang: el.closest('[lang]')?.getAttribute('lang') ?? null,
        text,
        quote: !!el.closest('.bs-report__quote'),
      });
    }
    return out;
  });
}

async function checkReport(page: Page, lang: string, allowed: Set<string>): Promise<Node[]> {
  const nodes = await textNodes(page);
  expect(nodes.length).toBeGreaterThan(15);
  // Quotes are residents' own words: no language claimed (lang=""), laid out by their own script.
  const quotes = nodes.filter((n) => n.quote);
  for (const q of quotes) expect(q.lang, q.text).toBe('');
  const dutch = nodes.filter((n) => !n.quote && n.lang === 'nl');
  const wrong = nodes.filter((n) => !n.quote && n.lang !== lang && n.lang !== 'nl');
  expect(wrong, `texts in neither ${lang} nor marked Dutch`).toEqual([]);
  // Dutch inside the translated report: only what the staff typed (no translation of it yet).
  expect(
    dutch.filter((n) => !allowed.has(n.text)).map((n) => n.text),
    `Dutch texts in the ${lang} report that are not configuration texts`,
  ).toEqual([]);
  // Most of the report is in the language itself.
  expect(nodes.filter((n) => n.lang === lang).length).toBeGreaterThan(dutch.length);
  return nodes;
}

test('"Wat we hoorden" for a buurt in Arabic and in Polish: every text in that language, rtl, axe 0', async ({
  page,
}) => {
  await page.goto('./#/coordinator');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.getByText(/Er staan voorbeeldgegevens in de app/)).toBeVisible();
  await page.goto('./#/feedback/jekerdal');
  const report = page.locator('article.bs-report');
  await expect(report.getByRole('heading', { level: 1, name: /Wat we hoorden in Jekerdal/ })).toBeVisible();
  await expect(report).toHaveAttribute('lang', 'nl');
  const choice = page.getByLabel('Taal van het verslag');
  await expect(choice).toHaveValue('nl');
  const allowed = await staffTexts(page);

  // ---- Arabic ----
  await choice.selectOption('ar');
  await expect(page).toHaveURL(/#\/feedback\/jekerdal\?taal=ar$/);
  await expect(report).toHaveAttribute('lang', 'ar');
  await expect(report).toHaveAttribute('dir', 'rtl');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('ما سمعناه');
  await expect(report.locator('.bs-report__quote')).not.toHaveCount(0);
  const ar = await checkReport(page, 'ar', allowed);
  // The example configuration has Arabic theme labels: they are shown, not the Dutch ones.
  const theme = report.locator('.bs-report__theme').first();
  expect(await theme.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ar');
  // Dates in Arabic, with Latin digits like the texts.
  await expect(report.locator('.bs-report__again')).toContainText(/\d{4}/);
  expect(ar.some((n) => n.text.includes('ما سمعناه'))).toBe(true);
  // The staff controls around the report stay Dutch.
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Citaten nakijken voor het afdrukken' })).toBeVisible();
  await expectNoAxeViolations(page, 'report in Arabic');
  await page.screenshot({ path: shot('ar'), fullPage: true });

  // ---- Polish, kept over a reload (a bookmarked report keeps its language) ----
  await choice.selectOption('pl');
  await expect(page).toHaveURL(/\?taal=pl$/);
  await page.reload();
  await expect(report).toHaveAttribute('lang', 'pl');
  await expect(report).toHaveAttribute('dir', 'ltr');
  await expect(page.getByLabel('Taal van het verslag')).toHaveValue('pl');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Co usłyszeliśmy');
  await checkReport(page, 'pl', allowed);
  await expectNoAxeViolations(page, 'report in Polish');
  await page.screenshot({ path: shot('pl'), fullPage: true });

  // ---- Back to Dutch: the URL loses the parameter; no lang="nl" markers are needed then ----
  await page.getByLabel('Taal van het verslag').selectOption('nl');
  await expect(page).toHaveURL(/#\/feedback\/jekerdal$/);
  await expect(report).toHaveAttribute('lang', 'nl');
  const nl = await textNodes(page);
  expect(nl.filter((n) => !n.quote && n.lang !== 'nl')).toEqual([]);
});
