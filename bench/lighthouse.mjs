/**
 * Bench (issue 12): Lighthouse 12.2.3 mobile performance (default simulated throttling) on home,
 * the capture screen and the kiosk start, as `npm start` serves the build (scripts/serve.mjs:
 * precompressed, cache headers), in Debian's Chromium. Not part of npm test.
 *
 *   node bench/lighthouse.mjs          (or npm run bench, through bench/run.mjs)
 *
 * The capture screen and the kiosk start need a running meeting: the script plans and starts one
 * through the UI (puppeteer-core on the same Chromium), then lets Lighthouse load each address in
 * that profile without clearing its storage. The JSON reports go to bench-results/lighthouse-*.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const AIM = 95;
const PORT = Number(process.env.BENCH_LH_PORT ?? 4392);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function serve(dist) {
  const child = spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--dir', dist], {
    stdio: 'pipe',
  });
  await new Promise((resolve) => child.stdout.on('data', resolve));
  return child;
}

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
  const server = await serve(dist);
  const base = `http://localhost:${PORT}/`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const lines = [];
  try {
    const page = await browser.newPage();
    let meetingHash = '';
    try {
      meetingHash = await runningMeeting(page, base);
    } catch (e) {
      lines.push(`capture screen: could not start a meeting through the UI (${e.message})`);
    }
    const meetingId = meetingHash.split('/')[2] ?? '';
    const targets = [
      ['home', `${base}`],
      ...(meetingHash ? [['capture screen', `${base}${meetingHash}`]] : []),
      ...(meetingId ? [['kiosk start', `${base}#/kiosk/start/${meetingId}`]] : []),
    ];
    mkdirSync('bench-results', { recursive: true });
    for (const [name, url] of targets) {
      // A fresh load each time (no service worker yet: a first visit), the data kept.
      const client = await page.createCDPSession();
      await client.send('Storage.clearDataForOrigin', {
        origin: base.replace(/\/$/, ''),
        storageTypes: 'service_workers,cache_storage',
      });
      const result = await lighthouse(
        url,
        { logLevel: 'error', output: 'json', onlyCategories: ['performance'], disableStorageReset: true },
        undefined,
        page,
      );
      const lhr = result.lhr;
      writeFileSync(`bench-results/lighthouse-${name.replace(/\s+/g, '-')}.json`, result.report);
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      const a = lhr.audits;
      const m = (id) => a[id]?.displayValue ?? '-';
      lines.push(
        `Lighthouse ${lhr.lighthouseVersion} mobile, ${name}: performance ${score} (target >= ${AIM}: ${score >= AIM ? 'met' : 'NOT met'}); FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}`,
      );
      if (score < AIM) {
        const worst = Object.values(a)
          .filter((x) => x.details?.type === 'opportunity' && (x.details.overallSavingsMs ?? 0) > 0)
          .sort((x, y) => y.details.overallSavingsMs - x.details.overallSavingsMs)
          .slice(0, 3)
          .map((x) => `${x.id} ~${Math.round(x.details.overallSavingsMs)} ms`);
        if (worst.length) lines.push(`  largest opportunities: ${worst.join(', ')}`);
      }
    }
  } finally {
    await browser.close();
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
