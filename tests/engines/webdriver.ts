/**
 * A tiny W3C WebDriver (classic, HTTP) client: just the endpoints the smoke flow needs, for
 * WebKitWebDriver, which drives WebKitGTK's MiniBrowser. Node's own fetch; no dependency.
 * Spec: https://www.w3.org/TR/webdriver2/
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(`${error}: ${message}`);
  }
}

async function call<T>(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { value: T & { error?: string; message?: string } };
  if (!res.ok || (json.value && typeof json.value === 'object' && 'error' in json.value)) {
    const v = json.value as { error?: string; message?: string };
    throw new WebDriverError(v.error ?? String(res.status), v.message ?? '');
  }
  return json.value;
}

export class WebDriverSession {
  constructor(
    private readonly base: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  private cmd<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return call<T>(`${this.base}/session/${this.id}${path}`, method, body);
  }

  static async create(base: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const v = await call<{ sessionId: string; capabilities: Record<string, unknown> }>(
      `${base}/session`,
      'POST',
      { capabilities: { alwaysMatch: capabilities } },
    );
    return new WebDriverSession(base, v.sessionId, v.capabilities);
  }

  navigate(url: string): Promise<void> {
    return this.cmd('POST', '/url', { url });
  }
  refresh(): Promise<void> {
    return this.cmd('POST', '/refresh', {});
  }
  url(): Promise<string> {
    return this.cmd('GET', '/url');
  }
  setWindowRect(width: number, height: number): Promise<void> {
    return this.cmd('POST', '/window/rect', { width, height });
  }
  /** Run a function body in the page (`arguments[i]` are the args); returns its JSON result. */
  execute<T>(body: string, args: unknown[] = []): Promise<T> {
    return this.cmd('POST', '/execute/sync', { script: body, args });
  }
  /** Like execute, but `await`s a returned promise (the last argument is WebDriver's callback). */
  executeAsync<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (async function () { ${body} }).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`;
    return this.cmd<{ ok?: T; err?: string }>('POST', '/execute/async', { script, args }).then((r) => {
      if (r.err !== undefined) throw new Error(r.err);
      return r.ok as T;
    });
  }
  async findElement(css: string): Promise<string> {
    const v = await this.cmd<Record<string, string>>('POST', '/element', {
      using: 'css selector',
      value: css,
    });
    return v[ELEMENT]!;
  }
  click(element: string): Promise<void> {
    return this.cmd('POST', `/element/${element}/click`, {});
  }
  clear(element: string): Promise<void> {
    return this.cmd('POST', `/element/${element}/clear`, {});
  }
  sendKeys(element: string, text: string): Promise<void> {
    return this.cmd('POST', `/element/${element}/value`, { text });
  }
  /** PNG of the viewport, base64. */
  screenshot(): Promise<string> {
    return this.cmd('GET', '/screenshot');
  }
  delete(): Promise<void> {
    return this.cmd('DELETE', '');
  }
}

/** A WebDriver server process (e.g. `xvfb-run -a WebKitWebDriver --port=N`), stopped with its children. */
export class DriverProcess {
  private output = '';
  private constructor(
    private readonly child: ChildProcess,
    readonly base: string,
  ) {
    child.stdout?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
  }

  static async start(
    command: string,
    args: string[],
    port: number,
    env: NodeJS.ProcessEnv = process.env,
    timeoutMs = 30_000,
  ): Promise<DriverProcess> {
    // Its own process group, so stop() ends xvfb-run, Xvfb, the driver and the browser together.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    const driver = new DriverProcess(child, `http://127.0.0.1:${port}`);
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`${command} stopped: ${driver.output}`);
      try {
        const status = await call<{ ready: boolean }>(`${driver.base}/status`, 'GET');
        if (status.ready) return driver;
      } catch {}
      await sleep(200);
    }
    driver.stop();
    throw new Error(`${command} did not answer on port ${port}: ${driver.output}`);
  }

  /** What the driver and the browser printed (MiniBrowser's own messages end up here). */
  log(): string {
    return this.output;
  }

  stop(): void {
    if (this.child.pid === undefined || this.child.exitCode !== null) return;
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {}
  }
}
