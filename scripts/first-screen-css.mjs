#!/usr/bin/env node
/**
 * How much CSS a fresh device loads for its first screen (home), in bytes gzip.
 *
 * Loads the built app in headless Chromium (Debian's, as the browser tests do) with the files of
 * the build directory served through a request route, waits until the home screen shows, and sums
 * the gzip size (zlib level 9, as a server would precompress) of every stylesheet the page fetched:
 * those linked from index.html plus those the home screen's lazy chunks load.
 *
 *   node scripts/first-screen-css.mjs [--dir dist] [--json]
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { contentType } from './content-types.mjs';

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const dir = dirArg >= 0 ? args[dirArg + 1] : 'dist';
const asJson = args.includes('--json');
const origin = 'http://buurtstem.localhost';

export async function firstScreenCss(buildDir) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      serviceWorkers: 'block',
    });
    const css = new Map();
    await context.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = normalize(join(buildDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
      let body;
      try {
        body = readFileSync(file);
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
      const ext = extname(file);
      if (ext === '.css') css.set(path, gzipSync(body, { level: 9 }).length);
      return route.fulfill({ status: 200, body, contentType: contentType(file) });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const files = [...css.entries()].map(([file, gzip]) => ({ file, gzip }));
    return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await firstScreenCss(dir);
  if (asJson) console.log(JSON.stringify(result));
  else {
    for (const f of result.files) console.log(`${(f.gzip / 1000).toFixed(2).padStart(7)} kB  ${f.file}`);
    console.log(`${(result.total / 1000).toFixed(2).padStart(7)} kB  gzip CSS on the first screen (${dir})`);
  }
}
