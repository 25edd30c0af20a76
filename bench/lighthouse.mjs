/**
 * Bench (issue 12): Lighthouse 12.2.3 mobile performance (default simulated throttling) on home,
 * the capture screen and the kiosk start, as `npm start` serves the build (scripts/serve.mjs:
 * precompressed, cache headers), in Debian's Chromium. Not part of npm test.
 *
 *   node bench/lighthouse.mjs          (or npm run bench, through bench/run.mjs)
 *
 * The capture screen and the kiosk start need a running meeting: the script plans and starts one
 * through the UI (puppeteer-core on the same Chromium), then lets Lighthouse load each address in
 * that profile keeping its IndexedDB data, but with the HTTP cache, the service worker and its
 * caches cleared (a device that has data but fetches every file again). Home comes last and is a
 * true first visit: Lighthouse's own storage reset (no data, no cache, no service worker).
 * Every address is loaded five times (BENCH_LH_RUNS, default 5) and the median score counts, with
 * every run's score printed beside it and the machine's load average: one Lighthouse run varies with
 * what else the machine does (Lighthouse's docs/variability.md: the median of five runs about halves
 * the variation; with three, the medians of one build moved by 5-9 points between runs here).
 * The runs start once the machine has settled (one-minute load average below 1, waiting at most
 * BENCH_LH_SETTLE_S, default 120 s). BENCH_LH_ONLY="kiosk start" (names, comma-separated: capture
 * screen, kiosk start, home) loads only those. The JSON reports go to bench-results/lighthouse-*.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromiumLaunch } from '../scripts/browsers.mjs';
import { serveDist } from './serve-dist.mjs';
import { load, settle } from './stats.mjs';

const AIM = 95;
const PORT = Number(process.env.BENCH_LH_PORT ?? 4392);
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 5));
/** How long the runs wait at most for the machine to settle (BENCH_LH_SETTLE_S, seconds). */
const SETTLE_S = Number(process.env.BENCH_LH_SETTLE_S ?? 120);

/** Plan and start a meeting through the UI; returns the meeting screen's hash. */
async function runningMeeting(page, base) {
  await page.goto(`${base}#/meetings/new`, { waitUntil: 'networkidle0' });
  const buurt = await page.waitForSelector('::-p-aria(Buurt)');
  const options = await buurt.$$eval('option', (os) => os.map((o) => o.value));
  await buurt.select(options[1]);
  await (await page.waitForSelector('::-p-aria(Plek)')).type('Bench');
  await (await page.waitForSelector('::-p-aria(Bijeenkomst opslaan)')).click();
  await (await page.waitForSelector('::-p-aria(Bijeenkomst starten)')).click();
  await page.waitForSelector('::-p-aria(Inbreng opschrijven)');
  return new URL(page.url()).hash;
}

export async function run(opts = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const puppeteer = (await import('puppeteer-core')).default;
  const dist = opts.dist ?? process.env.BUURTSTEM_OUT ?? 'dist';
  const { child: server, base } = await serveDist(dist, PORT);
  let browser;
  const lines = [];
  try {
    browser = await puppeteer.launch({
      ...chromiumLaunch(),
      headless: true,
    });
    const page = await browser.newPage();
    let meetingHash = '';
    try {
      meetingHash = await runningMeeting(page, base);
    } catch (e) {
      lines.push(`capture screen: could not start a meeting through the UI (${e.message})`);
    }
    const meetingId = meetingHash.split('/')[2] ?? '';
    // Home last: its storage reset removes the meeting the other two need.
    const only = process.env.BENCH_LH_ONLY?.split(',');
    const targets = [
      ...(meetingHash ? [['capture screen', `${base}${meetingHash}`, false]] : []),
      ...(meetingId ? [['kiosk start', `${base}#/kiosk/start/${meetingId}`, false]] : []),
      ['home', `${base}`, true],
    ].filter(([name]) => !only || only.includes(name));
    mkdirSync('bench-results', { recursive: true });
    const results = new Map(targets.map(([name]) => [name, []]));
    const waited = await settle(SETTLE_S);
    lines.push(`load average before: ${load()}${waited}`);
    // Round after round (the machine's load changes over time); home's storage reset removes the
    // data the others need, so all its runs come after theirs.
    const order = [
      ...Array.from({ length: RUNS }, () => targets.filter((x) => !x[2])).flat(),
      ...Array.from({ length: RUNS }, () => targets.filter((x) => x[2])).flat(),
    ];
    for (const [name, url, firstVisit] of order) {
      // No service worker, no cached file: what a device loads before the app works offline.
      const client = await page.createCDPSession();
      await client.send('Network.clearBrowserCache');
      await client.send('Storage.clearDataForOrigin', {
        origin: base.replace(/\/$/, ''),
        storageTypes: 'service_workers,cache_storage',
      });
      await client.detach();
      const result = await lighthouse(
        url,
        {
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance'],
          disableStorageReset: !firstVisit,
        },
        undefined,
        page,
      );
      const runs = results.get(name);
      runs.push(result.lhr);
      writeFileSync(
        `bench-results/lighthouse-${name.replace(/\s+/g, '-')}-${runs.length}.json`,
        result.report,
      );
    }
    for (const [name] of targets) {
      const runs = results.get(name);
      const scores = runs.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100));
      const order = scores.map((sc, i) => [sc, i]).sort((x, y) => x[0] - y[0]);
      const [score, mid] = order[Math.floor((order.length - 1) / 2)];
      const lhr = runs[mid];
      const a = lhr.audits;
      const m = (id) => a[id]?.displayValue ?? '-';
      lines.push(
        `Lighthouse ${lhr.lighthouseVersion} mobile, ${name}: performance ${score}${runs.length > 1 ? ` (median of ${scores.join(', ')})` : ''} (target >= ${AIM}: ${score >= AIM ? 'met' : 'NOT met'}); FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}; CPU benchmark index ${Math.round(lhr.environment.benchmarkIndex)}`,
      );
      if (score < AIM) {
        const worst = Object.values(a)
          .filter((x) => x.details?.type === 'opportunity' && (x.details.overallSavingsMs ?? 0) > 0)
          .sort((x, y) => y.details.overallSavingsMs - x.details.overallSavingsMs)
          .slice(0, 3)
          .map((x) => `${x.id} ~${Math.round(x.details.overallSavingsMs)} ms`);
        if (worst.length) lines.push(`  largest opportunities: ${worst.join(', ')}`);
        const longTasks = (a['long-tasks']?.details?.items ?? [])
          .slice(0, 3)
          .map((x) => `${String(x.url).replace(/.*\//, '') || 'page'} ${Math.round(x.duration)} ms`);
        if (longTasks.length) lines.push(`  longest tasks (simulated): ${longTasks.join(', ')}`);
      }
    }
    lines.push(`load average after: ${load()}`);
  } finally {
    await browser?.close();
    server.kill();
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    (out) => console.log(out),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
