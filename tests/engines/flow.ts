/**
 * The smoke flow every engine runs (issue 14): first load, service worker in control, plan and
 * start a meeting, add contributions, reload, the static server stopped and the page reloaded from
 * the service worker, export everything (download, or the share path where Web Share is on),
 * encrypted export, the kiosk welcome in Arabic (right to left), and no console error or CSP report.
 */
import { type Engine, find as findIn, inPage, type Kind, until } from './engine';

export interface FlowOptions {
  baseUrl: string;
  /** Stops the static server; afterwards the app has only its service worker. */
  stopServer: () => Promise<void>;
  /** Where the screenshot of the Arabic kiosk welcome goes. */
  screenshot: string;
  /** Web Share with files is on in this engine: export offers Delen and Downloaden. */
  share: boolean;
  log?: (line: string) => void;
}

export interface FlowResult {
  storageAdvice: string;
  exportDelivery: string[];
  problems: string[];
}

const CONTRIBUTIONS = ['Meer bankjes in het park aan de Maas', 'Een buurtfeest in de zomer voor iedereen'];

export async function smokeFlow(e: Engine, o: FlowOptions): Promise<FlowResult> {
  const log = o.log ?? (() => undefined);
  const find = (kind: Kind, name: string, timeoutMs?: number) => findIn(e, kind, name, timeoutMs);
  const see = (kind: Kind, name: string, timeoutMs?: number) =>
    find(kind, name, timeoutMs).then(() => undefined);
  const click = async (kind: Kind, name: string) => e.click(await find(kind, name));
  const fill = async (label: string, text: string) => e.type(await find('field', label), text);
  const value = <T>(body: string, ...args: unknown[]) => e.evaluate<T>(inPage(body, ...args));

  // ---- First load, service worker in control ----
  log('first load');
  await e.goto(o.baseUrl);
  await see('heading', 'Bijeenkomsten', 60_000);
  await value('await navigator.serviceWorker.ready; return true;');
  if (!(await value<boolean>('return Boolean(navigator.serviceWorker.controller);'))) await e.reload();
  await until('the service worker to control the page', () =>
    value<boolean>('return Boolean(navigator.serviceWorker.controller);'),
  );
  await see('text', 'Klaar voor gebruik zonder internet');
  const storageAdvice = await until('the storage advice', () =>
    value<string | null>(
      "const s = document.querySelector('[data-testid=storage-status]'); return s && s.dataset.advice;",
    ),
  );
  log(`storage advice: ${storageAdvice}`);

  // ---- Plan and start a meeting ----
  log('plan and start a meeting');
  await click('link', 'Nieuwe bijeenkomst plannen');
  const buurt = await find('field', 'Buurt');
  // A native <select> popup is not the same in any two engines: choose the option in the page.
  await value(
    `const s = document.querySelector(args[0]);
     s.value = [...s.options].find((o) => o.text === 'Heugem').value;
     s.dispatchEvent(new Event('input', { bubbles: true }));
     s.dispatchEvent(new Event('change', { bubbles: true }));`,
    buurt,
  );
  await fill('Plek', 'Buurthuis Heugem');
  await click('button', 'Bijeenkomst opslaan');
  await click('button', 'Bijeenkomst starten');
  const meetingUrl = await until('the meeting address', () => value<string>('return location.href;'));

  // ---- Add contributions ----
  log('add contributions');
  await see('text', 'Wat zei de bewoner?');
  for (const [i, text] of CONTRIBUTIONS.entries()) {
    if (i === 1) await click('choice', 'Idee');
    await fill('Wat zei de bewoner?', text);
    await click('button', 'Inbreng opslaan');
    await see('text', 'Opgeslagen.');
    await see('text', text);
  }

  // ---- Reload: everything is still there ----
  log('reload');
  await e.reload();
  for (const text of CONTRIBUTIONS) await see('text', text);

  // ---- Static server stopped: the page comes from the service worker ----
  log('server stopped, reload from the service worker');
  await o.stopServer();
  await e.reload();
  await see('text', CONTRIBUTIONS[0]!, 30_000);
  await e.goto(new URL('#/exchange', o.baseUrl).href);
  await see('heading', 'Uitwisselen');

  // ---- Export everything (download, or share and download) ----
  const exportDelivery: string[] = [];
  const delivery = () =>
    until('the export result', () =>
      value<string | null>(
        `const d = document.querySelector('[data-testid=export-delivery]'); return d && d.dataset.delivery;`,
      ),
    );
  const exportAll = async (encrypted: boolean) => {
    const before = (await e.downloads()).length;
    await click('button', 'Alles exporteren');
    await see('css', '[data-testid=export-result]');
    if (o.share) {
      if ((await delivery()) !== 'ready')
        throw new Error('with Web Share the export should wait for a choice');
      await click('button', 'Delen');
      await until('the share to be done', async () => (await delivery()) !== 'ready');
      exportDelivery.push(await delivery());
      await click('button', 'Downloaden');
    }
    if ((await delivery()) !== 'downloaded') throw new Error(`export not downloaded: ${await delivery()}`);
    exportDelivery.push('downloaded');
    await see('text', 'Het bestand staat bij uw downloads.');
    const file = await until(
      'the downloaded file',
      async () => (await e.downloads()).slice(before).find((f) => f.text.length > 0),
      30_000,
    );
    const parsed = JSON.parse(file.text) as { format?: string; header?: { format?: string } };
    if (encrypted) {
      if (!file.name.endsWith('.json.enc') || parsed.format !== 'buurtstem-encrypted')
        throw new Error(`not an encrypted file: ${file.name}`);
      if (CONTRIBUTIONS.some((c) => file.text.includes(c))) throw new Error('encrypted file shows the text');
    } else {
      if (parsed.header?.format !== 'buurtstem-bundle') throw new Error(`not a bundle: ${file.name}`);
      for (const c of CONTRIBUTIONS)
        if (!file.text.includes(c)) throw new Error(`"${c}" missing in the export`);
    }
    log(`exported ${file.name} (${file.text.length} bytes)`);
  };
  log('export everything');
  await exportAll(false);

  log('encrypted export');
  await click('choice', 'Versleutelen met een wachtwoord');
  await fill('Wachtwoord', 'buurthuis-heugem-2026');
  await fill('Wachtwoord nog een keer', 'buurthuis-heugem-2026');
  await exportAll(true);

  // ---- The kiosk welcome in Arabic, right to left ----
  log('kiosk in Arabic');
  await e.goto(meetingUrl);
  await click('link', 'Geef de tablet aan een bewoner');
  await fill('Nieuwe pincode', '2468');
  await fill('Herhaal de pincode', '2468');
  await click('button', 'Pincode opslaan');
  // The one-time recovery code for a forgotten PIN is shown once: confirm it was written down.
  await click('choice', 'Ik heb de code opgeschreven');
  await click('button', 'Verder');
  await see('text', 'De pincode is opgeslagen.');
  await click('button', 'Bewonersstand starten');
  await see('heading', 'Praat mee over uw buurt');
  await click('button', 'العربية');
  await see('heading', 'شارك برأيك في حيّك');
  const dir = await value<{ dir: string; lang: string; startLeft: boolean }>(
    `const k = document.querySelector('[data-testid=kiosk]');
     const start = __find('button', 'ابدأ').getBoundingClientRect();
     return { dir: k.getAttribute('dir'), lang: k.getAttribute('lang'), startLeft: start.left < innerWidth / 2 };`,
  );
  if (dir.dir !== 'rtl' || dir.lang !== 'ar' || !dir.startLeft)
    throw new Error(`kiosk not right to left: ${JSON.stringify(dir)}`);
  await e.screenshot(o.screenshot);

  const problems = [
    ...e.problems(),
    ...(await value<string[]>('return window.__smokeProblems || [];')).map((p) => `in page: ${p}`),
  ];
  return { storageAdvice, exportDelivery, problems };
}
