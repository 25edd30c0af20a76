#!/usr/bin/env node
// npm run bench: size and speed of Buurtstem in headless Chromium (Debian's), as ratios against a
// baseline measured in the same run. Not part of npm test; numbers vary by machine.
//  - gzip size of the JS a fresh load of the capture route needs, and of the whole precache;
//  - time to save one contribution through the capture form (median, p95) next to a raw
//    IndexedDB put of the same record in the same page;
//  - then every bench/<feature>.mjs that exports run() (exchange, coordinator, ...).
// BENCH_ONLY=field,coordinator,... runs only those parts ("field" is the size and capture part above,
// the others are bench/<name>.mjs), to iterate on one of them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const DIST = process.env.BUURTSTEM_OUT ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const SAVES = Number(process.env.BENCH_SAVES ?? 60);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const wanted = (name) => !ONLY || ONLY.has(name);
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function precacheSize() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let zipped = 0;
  for (const u of urls) {
    const f = join(DIST, u);
    if (!existsSync(f)) continue;
    raw += statSync(f).size;
    zipped += gz(f);
  }
  return { entries: urls.length, raw, zipped };
}

async function serve() {
  const child = spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--dir', DIST], {
    stdio: 'pipe',
  });
  await new Promise((resolve) => child.stdout.on('data', resolve));
  return child;
}

async function captureRoute(browser, base) {
  // Make a running meeting through the UI, then load its screen fresh (no service worker) and
  // count the JS it fetched before the capture form showed.
  const setup = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 } });
  const page = await setup.newPage();
  await page.goto(`${base}#/meetings/new`);
  await page.getByLabel('Buurt').selectOption({ index: 1 });
  await page.getByLabel('Plek').fill('Bench');
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await page.getByRole('heading', { name: 'Inbreng opschrijven' }).waitFor();

  const js = new Set();
  page.on('request', (r) => r.url().endsWith('.js') && js.add(new URL(r.url()).pathname));
  await page.reload();
  await page.getByRole('heading', { name: 'Inbreng opschrijven' }).waitFor();
  const files = [...js].map((p) => join(DIST, p.replace(/^\//, '')));
  const firstLoad = files.reduce((sum, f) => sum + gz(f), 0);

  // Saving: the app's whole path (form -> validation -> clock -> Dexie transaction with the
  // aggregates -> live list on screen) against a raw IndexedDB put of the same record.
  const app = [];
  for (let i = 0; i < SAVES; i++) {
    await page
      .getByRole('form', { name: 'Inbreng opschrijven' })
      .getByLabel('Wat zei de bewoner?')
      .fill(`Bench ${i}`);
    await page.waitForTimeout(300); // let the draft writes settle, they are not part of a save
    app.push(
      await page.evaluate(
        (n) =>
          new Promise((resolve) => {
            const heading = document.getElementById('h-contribs');
            const t0 = performance.now();
            const obs = new MutationObserver(() => {
              if (heading?.textContent?.includes(`(${n})`)) {
                obs.disconnect();
                resolve(performance.now() - t0);
              }
            });
            obs.observe(heading, { childList: true, characterData: true, subtree: true });
            document.querySelector('form[aria-label="Inbreng opschrijven"] button[type=submit]').click();
          }),
        i + 1,
      ),
    );
  }
  // The baseline: the very records the app just saved (read back from its database), each put
  // raw in its own transaction into a store with the same key and indexes, in the same page.
  const raw = await page.evaluate(async (n) => {
    const open = (name, upgrade) =>
      new Promise((resolve, reject) => {
        const req = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
        if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const app = await open('buurtstem');
    const saved = await new Promise((resolve, reject) => {
      const req = app.transaction('contributions').objectStore('contributions').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    app.close();
    const db = await open('bench-raw-capture', (d) => {
      const s = d.createObjectStore('c', { keyPath: 'id' });
      for (const index of ['meetingId', 'processId', 'respondentId', 'localSeq']) s.createIndex(index, index);
    });
    const times = [];
    for (let i = 0; i < n; i++) {
      const rec = { ...saved[i % saved.length], id: crypto.randomUUID() };
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('c', 'readwrite');
        tx.objectStore('c').put(rec);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      times.push(performance.now() - t0);
    }
    db.close();
    return times;
  }, SAVES);
  await setup.close();
  return { files: files.map((f) => f.replace(`${DIST}/`, '')), firstLoad, app, raw };
}

async function main() {
  if (wanted('field')) await field();
  const extra = readdirSync('bench').filter(
    (f) => f.endsWith('.mjs') && f !== 'run.mjs' && wanted(f.replace('.mjs', '')),
  );
  for (const f of extra) {
    const mod = await import(`./${f}`);
    if (typeof mod.run !== 'function') continue;
    console.log(`\n== ${f.replace('.mjs', '')} ==`);
    const out = await mod.run({ chromium: CHROMIUM, dist: DIST });
    if (out !== undefined) console.log(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
  }
}

async function field() {
  const server = await serve();
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  const base = `http://localhost:${PORT}/`;
  try {
    const pre = precacheSize();
    const cap = await captureRoute(browser, base);
    const appMed = quantile(cap.app, 0.5);
    const rawMed = quantile(cap.raw, 0.5);
    console.log('\n== Field core ==');
    console.log(
      `first-load JS of the capture route: ${kb(cap.firstLoad)} gzip (${cap.files.length} files; target <= 55 kB: ${cap.firstLoad <= 55 * 1024 ? 'met' : 'NOT met'})`,
    );
    for (const f of cap.files) console.log(`  ${f} ${kb(gz(join(DIST, f)))}`);
    console.log(
      `precache: ${pre.entries} files, ${kb(pre.raw)} raw, ${kb(pre.zipped)} gzip (target <= 300 kB: ${pre.zipped <= 300 * 1024 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `save one contribution (form to list, n=${SAVES}): median ${appMed.toFixed(1)} ms, p95 ${quantile(cap.app, 0.95).toFixed(1)} ms`,
    );
    console.log(
      `raw IndexedDB put of the same records (baseline: the saved rows, one transaction each, a store with the same indexes, same page): median ${rawMed.toFixed(2)} ms, p95 ${quantile(cap.raw, 0.95).toFixed(2)} ms; ratio app/raw (median) ${(appMed / rawMed).toFixed(1)}x (target <= 5x)`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
