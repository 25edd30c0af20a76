import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser as PwBrowser } from '@playwright/test';
import { browserPaths } from '../../scripts/browsers.mjs';
import { type Engine, sleep } from './engine';
import { DriverProcess, WebDriverSession } from './webdriver';

const VIEWPORT = { width: 1024, height: 768 };
const isProblem = (type: string, text: string) =>
  type === 'error' || /Content[- ]Security[- ]Policy|Refused to/i.test(text);

/** Files in a download folder (no partial downloads), oldest first. */
function filesIn(dir: string): { name: string; text: string }[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('.') && !n.endsWith('.part') && statSync(join(dir, n)).isFile())
    .map((n) => ({ name: n, at: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => a.at - b.at)
    .map(({ name }) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Problems the in-page hook saw since the last look (kept across reloads by asking before each). */
async function harvest(e: Pick<Engine, 'evaluate'>, into: string[]): Promise<void> {
  try {
    const seen = await e.evaluate<string[]>('(window.__smokeProblems || []).splice(0)');
    into.push(...seen.map((p) => `in page: ${p}`));
  } catch {}
}

export async function chromiumEngine(browser: PwBrowser): Promise<Engine> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    acceptDownloads: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const saved: { name: string; text: string }[] = [];
  const pending: Promise<unknown>[] = [];
  page.on(
    'console',
    (m) => isProblem(m.type(), m.text()) && problems.push(`console ${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('download', (d) => {
    pending.push(
      d.path().then((p) => {
        if (p) saved.push({ name: d.suggestedFilename(), text: readFileSync(p, 'utf8') });
      }),
    );
  });
  const engine: Engine = {
    name: 'chromium',
    label: 'chromium',
    version: browser.version(),
    goto: async (url) => {
      await harvest(engine, problems);
      await page.goto(url);
    },
    reload: async () => {
      await harvest(engine, problems);
      await page.reload();
    },
    evaluate: (expression) => page.evaluate(expression),
    click: (selector) => page.click(selector, { timeout: 20_000 }),
    type: async (selector, text) => {
      await page.fill(selector, '', { timeout: 20_000 });
      await page.type(selector, text);
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    problems: () => problems,
    downloads: async () => {
      await Promise.race([Promise.all(pending), sleep(10_000)]);
      return saved;
    },
    close: () => context.close(),
  };
  return engine;
}

/** Firefox's report of a load its service worker was answering when the page was left. */
const ABORTED_BY_LEAVING =
  /^Failed to load ‘[^’]+’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;

export async function firefoxEngine(): Promise<Engine> {
  // Loaded here: only this engine needs puppeteer-core (and it is a test dependency only).
  const { default: puppeteer } = await import('puppeteer-core');
  const downloadDir = mkdtempSync(join(tmpdir(), 'buurtstem-ff-dl-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPaths().firefox,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'intl.accept_languages': 'nl-NL, nl',
    },
  });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  const problems: string[] = [];
  page.on(
    'console',
    (m) => isProblem(m.type(), m.text()) && problems.push(`console ${m.type()}: ${m.text()}`),
  );
  // Over BiDi, Firefox reports CSP refusals as page errors.
  page.on('pageerror', (err) => {
    const text = (err as Error).message ?? String(err);
    // Leaving a page cancels the loads the service worker was still answering, and Firefox reports
    // each as a failed load of the page being left. Not a failure: a file the next page cannot load
    // is still reported, by the app itself (its import() fails, see the missing-file test).
    if (leaving && ABORTED_BY_LEAVING.test(text)) return;
    problems.push(`page error: ${text}`);
  });
  let leaving = false;
  const leave = async (go: () => Promise<unknown>) => {
    await harvest(engine, problems);
    leaving = true;
    try {
      await go();
    } finally {
      leaving = false;
    }
  };
  const version = (await browser.version()).replace('firefox/', '');
  const engine: Engine = {
    name: 'firefox',
    label: 'firefox',
    version,
    goto: (url) => leave(() => page.goto(url)),
    reload: () => leave(() => page.reload()),
    evaluate: (expression) => page.evaluate(expression) as never,
    click: (selector) => page.click(selector),
    type: async (selector, text) => {
      await page.click(selector, { clickCount: 3 });
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    problems: () => problems,
    downloads: async () => filesIn(downloadDir),
    close: async () => {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
  return engine;
}

export interface WebKitOptions {
  driverPort: number;
  /** MiniBrowser's --features: the storage API (as in Safari), and Web Share for the second run. */
  features: string[];
  label: string;
}

export async function webkitEngine(o: WebKitOptions): Promise<Engine> {
  const paths = browserPaths();
  // Its own HOME: MiniBrowser saves downloads there and keeps no state between runs.
  const home = mkdtempSync(join(tmpdir(), 'buurtstem-webkit-'));
  const driver = await DriverProcess.start(
    paths.xvfbRun,
    ['-a', '-s', '-screen 0 1280x1024x24', paths.webkitDriver, `--port=${o.driverPort}`],
    o.driverPort,
    { ...process.env, HOME: home, XDG_DOWNLOAD_DIR: home },
  );
  let session: WebDriverSession;
  try {
    session = await WebDriverSession.create(driver.base, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: paths.miniBrowser,
        args: ['--automation', `--features=${o.features.join(',')}`],
      },
    });
  } catch (e) {
    driver.stop();
    throw e;
  }
  await session.setWindowRect(VIEWPORT.width, VIEWPORT.height);
  const problems: string[] = [];
  const engine: Engine = {
    name: 'webkit',
    label: o.label,
    version: String(session.capabilities.browserVersion ?? ''),
    goto: async (url) => {
      await harvest(engine, problems);
      await session.navigate(url);
    },
    reload: async () => {
      await harvest(engine, problems);
      await session.refresh();
    },
    evaluate: (expression) => session.executeAsync(`return await (${expression});`),
    click: async (selector) => session.click(await session.findElement(selector)),
    type: async (selector, text) => {
      const el = await session.findElement(selector);
      await session.clear(el);
      await session.sendKeys(el, text);
    },
    screenshot: async (path) => {
      writeFileSync(path, Buffer.from(await session.screenshot(), 'base64'));
    },
    problems: () => problems,
    downloads: async () => [...filesIn(home), ...filesIn(join(home, 'Downloads'))],
    close: async () => {
      try {
        await session.delete();
      } catch {}
      driver.stop();
      await sleep(300);
      rmSync(home, { recursive: true, force: true });
    },
  };
  return engine;
}
