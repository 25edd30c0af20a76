// Only the Utrecht components the first screen shows (src/ui/utrecht.css); form controls come with
// the screens that have them (src/ui/forms.css). The tokens are cut to those the CSS reads.
import '@utrecht/design-tokens/dist/index.css';
import '../ui/utrecht.css';
import '../ui/tokens.css';
import '../ui/app.css';
import { render } from 'preact';
import { ensureDevice } from '../db/device';
import { hasProcess, loadInitialConfig } from '../db/processes';
import { schemas } from '../db/schemas';
import { startSyncWhenSetUp } from '../features/sync/start';
import { getLang, loadLang } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { App } from './App';
import { currentPath } from './router';
import { likelyNext } from './routes';
import { readStorageBeforeStart } from './StatusBar';
import { firstScreenPainted, preloadWhenIdle, setStartupState, whenIdle } from './startup';
import { registerServiceWorker } from './sw-bridge';

/** A fresh device: check and store the configuration shipped next to the app (loads zod). */
async function checkInitialConfig(): Promise<void> {
  try {
    const loaded = await loadInitialConfig(async () => {
      const res = await fetch('./config.json', { cache: 'no-cache' });
      if (!res.ok) throw new Error(String(res.status));
      return res.text();
    });
    if (loaded && !loaded.ok) setStartupState({ problems: loaded.problems });
  } finally {
    setStartupState({ configPending: false });
  }
}

/** The record schemas (zod) are needed by the first write, which always follows a tap or a key. */
function loadSchemasOnFirstInput(): void {
  // Real input only: the app itself moves focus to each new screen.
  const events = ['pointerdown', 'keydown'] as const;
  const go = () => {
    for (const e of events) window.removeEventListener(e, go, true);
    void schemas();
  };
  for (const e of events) window.addEventListener(e, go, { capture: true, passive: true });
}

async function start(): Promise<void> {
  document.documentElement.lang = getLang();
  await loadLang(getLang());
  // The first screen needs the frame, the database and its own code; nothing waits for zod.
  const [stored] = await Promise.all([hasProcess(), readStorageBeforeStart()]);
  const fresh = !stored;
  if (fresh) setStartupState({ configPending: true });
  // The last resort (the frame itself reads kiosk mode live); every screen also has its own.
  render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
  void ensureDevice();
  loadSchemasOnFirstInput();
  // After the first screen painted (or at the latest a few seconds after load, e.g. an unknown address).
  await Promise.race([firstScreenPainted, new Promise((r) => setTimeout(r, 5000))]);
  if (fresh) await checkInitialConfig();
  whenIdle(() => void registerServiceWorker());
  // Only a device that was set up for sync talks to the sync service (nothing is loaded otherwise).
  whenIdle(() => void startSyncWhenSetUp());
  preloadWhenIdle(likelyNext(currentPath()));
}

void start();
