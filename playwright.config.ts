import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './scripts/browsers.mjs';

const port = Number(process.env.BUURTSTEM_PORT ?? 4317);
const outDir = process.env.BUURTSTEM_OUT ?? 'dist';

/**
 * Browser tests drive Debian's Chromium (never a downloaded browser) against the built app,
 * served by the same static server as `npm start`. Tablet sizes; the network is switched off
 * inside the tests.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Each build dir gets its own results dir: parallel runs do not wipe each other's output.
  outputDir: outDir === 'dist' ? 'test-results' : `test-results/${outDir}`,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1024, height: 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'allow',
    launchOptions: chromiumLaunch(),
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir ${outDir}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
