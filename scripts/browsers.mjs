#!/usr/bin/env node
/**
 * The browsers the tests drive, all from Debian packages (nothing is ever downloaded):
 * Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK's
 * MiniBrowser (WebKitWebDriver under xvfb-run; MiniBrowser has no headless mode).
 *
 * `node scripts/browsers.mjs` checks that they are there. Missing ones are installed with apt when
 * this runs as root on Debian (CI, a fresh container); anywhere else it stops at once and prints the
 * one command to run. Used by `.ci/run` and by `npm test` (one script, so the two never disagree).
 * The paths can be overridden with CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH,
 * MINIBROWSER_PATH and XVFB_RUN_PATH (e.g. on another distribution).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** MiniBrowser lives in the multiarch folder of libwebkit2gtk-4.1-0 (e.g. /usr/lib/x86_64-linux-gnu). */
function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const candidates = ['/usr/lib/webkit2gtk-4.1/MiniBrowser'];
  try {
    for (const d of readdirSync('/usr/lib')) candidates.push(`/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`);
  } catch {}
  return candidates.find(executable) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

/** Where each browser is expected, and which Debian package brings it. */
export function browserPaths() {
  return {
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    webkitDriver: process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    miniBrowser: findMiniBrowser(),
    xvfbRun: process.env.XVFB_RUN_PATH ?? '/usr/bin/xvfb-run',
    xauth: '/usr/bin/xauth',
  };
}

/**
 * How the tests, the benches and the build's scripts start Debian's Chromium (CHROMIUM_PATH to use
 * another): no sandbox or GPU (a container), and nothing of its own on the network while it runs.
 * Headless or not is the caller's.
 */
export function chromiumLaunch() {
  return {
    executablePath: browserPaths().chromium,
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
}

const PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkitDriver: 'webkit2gtk-driver',
  miniBrowser: 'webkit2gtk-driver',
  xvfbRun: 'xvfb',
  // xvfb-run needs xauth, which xvfb only recommends.
  xauth: 'xauth',
};

/** The Debian packages whose programs are missing (empty when all is there). */
export function missingPackages() {
  const paths = browserPaths();
  const missing = new Set();
  for (const [name, path] of Object.entries(paths)) if (!executable(path)) missing.add(PACKAGES[name]);
  return [...missing];
}

function isRootOnDebian() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && executable('/usr/bin/apt-get');
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

export function ensureBrowsers() {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (!isRootOnDebian()) {
    console.error(`The browser tests need ${missing.join(', ')}. Install them first:\n\n  sudo ${command}\n`);
    return false;
  }
  console.log(`Installing the browsers for the tests: ${missing.join(' ')}`);
  // An outdated package list is the usual reason an install fails on a fresh machine.
  run('apt-get', ['update', '-qq']);
  if (!run('apt-get', ['install', '-y', '-qq', ...missing])) {
    console.error(`apt-get could not install ${missing.join(' ')}; try: ${command}`);
    return false;
  }
  const still = missingPackages();
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.join(', ')}`);
    return false;
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(ensureBrowsers() ? 0 : 1);
}
