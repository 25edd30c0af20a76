/**
 * What the smoke flow needs from a browser engine, so one flow runs in Chromium (Playwright),
 * Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitWebDriver, classic WebDriver).
 * Elements are found inside the page by their visible text or label (as a person finds them), then
 * clicked and typed into by the engine's own input, so real user gestures reach the app.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Engine {
  name: EngineName;
  /** e.g. "webkit (Web Share on)" */
  label: string;
  version: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluate an expression in the page (a promise is awaited); the result comes back as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Empty the field, then type the text key by key. */
  type(selector: string, text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors, page errors and CSP reports the engine itself reported so far. */
  problems(): string[];
  /** Files the browser saved as downloads so far (name and text), newest last. */
  downloads(): Promise<{ name: string; text: string }[]>;
  close(): Promise<void>;
}

/**
 * In-page helpers, put in front of every evaluated expression (the page may have been reloaded).
 * `__hook` records errors, rejections and CSP violations from the moment it runs; engines that can
 * run a script before the page's own (Chromium, Firefox) install it at document start.
 */
export const PAGE_HELPERS = `
const __vis = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const __text = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
const __hook = () => {
  if (window.__smokeProblems) return;
  const p = (window.__smokeProblems = []);
  addEventListener('error', (e) => p.push('error: ' + (e.message || e.type)));
  addEventListener('unhandledrejection', (e) => p.push('unhandled rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    p.push('CSP: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
  const err = console.error.bind(console);
  console.error = (...a) => { p.push('console.error: ' + a.map(String).join(' ')); err(...a); };
};
__hook();
const __find = (kind, name) => {
  let els = [];
  const all = (css) => [...document.querySelectorAll(css)];
  if (kind === 'button') els = all('button, [role=button]').filter((e) => __text(e) === name);
  else if (kind === 'link') els = all('a[href]').filter((e) => __text(e) === name || __text(e).startsWith(name + ' '));
  else if (kind === 'field')
    for (const l of all('label')) {
      const t = __text(l);
      if (t !== name && !t.startsWith(name + ' ') && !t.startsWith(name + '(')) continue;
      const c = l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, select, textarea');
      if (c) els.push(c);
    }
  else if (kind === 'choice') els = all('label').filter((e) => __text(e) === name);
  else if (kind === 'heading') els = all('h1').filter((e) => __text(e) === name);
  else if (kind === 'text')
    els = all('body *').filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.replace(/\\s+/g, ' ').includes(name)),
    );
  else if (kind === 'css') els = all(name);
  return els.find(__vis) || null;
};
const __mark = (kind, name) => {
  const el = __find(kind, name);
  if (!el) return null;
  if (!el.dataset.smoke) el.dataset.smoke = String((window.__smokeN = (window.__smokeN || 0) + 1));
  return '[data-smoke="' + el.dataset.smoke + '"]';
};
`;

/** An expression that runs `body` (an async function body using the helpers) with JSON args. */
export function inPage(body: string, ...args: unknown[]): string {
  return `(async () => { ${PAGE_HELPERS}; return await (async (...args) => { ${body} })(...${JSON.stringify(args)}); })()`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until `get` returns something truthy (or throw, naming what was awaited). */
export async function until<T>(
  what: string,
  get: () => Promise<T>,
  timeoutMs = 20_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      // A call that never answers (a page that hangs) must not outlive the wait.
      const v = await Promise.race([
        get(),
        sleep(Math.max(1000, end - Date.now())).then(() => {
          throw new Error('no answer');
        }),
      ]);
      if (v) return v as NonNullable<T>;
    } catch (e) {
      // A navigation in progress can destroy the context the poll ran in; try again.
      last = e;
    }
    await sleep(150);
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** What the page helpers can look for (`__find`). */
export type Kind = 'button' | 'link' | 'field' | 'choice' | 'heading' | 'text' | 'css';

/** Wait until the page shows `name` as a `kind`; its selector (marked by `__mark`). */
export function find(
  e: Pick<Engine, 'evaluate' | 'label'>,
  kind: Kind,
  name: string,
  timeoutMs?: number,
): Promise<string> {
  return until(
    `${kind} "${name}" in ${e.label}`,
    () => e.evaluate<string | null>(inPage('return __mark(args[0], args[1]);', kind, name)),
    timeoutMs,
  );
}
