// Only the Utrecht components the first screen shows (src/ui/utrecht.css); form controls come with
// the screens that have them (src/ui/forms.css). The tokens are cut to those the CSS reads.
import '@utrecht/design-tokens/dist/index.css';
import '../ui/utrecht.css';
import '../ui/tokens.css';
import '../ui/app.css';
import { render } from 'preact';
import { deferLiveUntil } from '../db/liveLater';
import { peekAtStart, type StartPeek } from '../db/peek';
import { setKioskModeAtStart } from '../features/kiosk/mode';
import { loadStartLang } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { App } from './App';
import { startScreen } from './lazy';
import { currentPath, match } from './router';
import { likelyNext, ROUTES } from './routes';
import { readStorageBeforeStart } from './StatusBar';
import {
  firstFramePainted,
  firstScreenPainted,
  inBackground,
  markFirstScreen,
  preloadWhenIdle,
  setStartupState,
  whenIdle,
} from './startup';
import { registerServiceWorker } from './sw-bridge';

/** See start(): how long deferred start-up work waits at most for the first screen. */
const LAST_RESORT_MS = 5000;

/** A fresh device: check and store the configuration shipped next to the app (loads zod). */
async function checkInitialConfig(): Promise<void> {
  try {
    const { loadInitialConfig } = await import('../db/processes');
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
    inBackground('schemas', () => import('../db/schemas').then((m) => m.schemas()));
  };
  for (const e of events) window.addEventListener(e, go, { capture: true, passive: true });
}

/** What the frame must know before it paints; asks Dexie only when the raw peek could not tell. */
async function peek(): Promise<StartPeek> {
  const seen = await peekAtStart();
  if (seen) return seen;
  const [{ hasProcess }, { getKioskMode }] = await Promise.all([
    import('../db/processes'),
    import('../db/kioskState'),
  ]);
  const [stored, kiosk] = await Promise.all([hasProcess(), getKioskMode()]);
  return { hasProcess: stored, kiosk };
}

async function start(): Promise<void> {
  // The coordinator's screen code and texts load from the start, beside the peek and the frame's
  // first paint, not after them (issue 12: its overview waited ~400 ms for these). Only routes
  // that ask for it (RouteDef.loadsEarly): the field screens paint their frame first.
  const route = ROUTES.find((r) => match(r.pattern, currentPath()));
  if (route?.loadsEarly) startScreen(route.load);
  // The first screen needs the frame and its own code; Dexie loads while it paints (issue 12) and
  // nothing waits for zod. A look into the database without Dexie tells kiosk mode and a fresh device.
  const lang = loadStartLang();
  // No Intl formatter is built for the first screen: whole numbers and dates in the app's own
  // languages are written without Intl (src/i18n/plainNumbers.ts, plainDates.ts).
  const [seen] = await Promise.all([peek(), lang, readStorageBeforeStart()]);
  setKioskModeAtStart(seen.kiosk);
  const fresh = !seen.hasProcess;
  if (fresh) setStartupState({ configPending: true });
  // Every first screen says when it painted: a route's screen, a failed one, an unknown address.
  // A last resort for a screen whose data never comes (a database blocked by an old tab): the
  // deferred work (Dexie for the frame, the service worker) must not wait for ever.
  const atTheLatest = new Promise((r) => setTimeout(r, LAST_RESORT_MS));
  // Dexie and the frame's own reads after the first screen's code has painted.
  const framePainted = Promise.race([firstFramePainted, atTheLatest]);
  deferLiveUntil(framePainted);
  // The last resort (the frame itself reads kiosk mode live); every screen also has its own.
  render(
    <ErrorBoundary onCatch={markFirstScreen}>
      <App />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
  // Made again by the first write that needs it (and by the settings screen).
  inBackground('device', () => framePainted.then(() => import('../db/device')).then((m) => m.ensureDevice()));
  loadSchemasOnFirstInput();
  // After the first screen painted.
  await Promise.race([firstScreenPainted, atTheLatest]);
  if (fresh) await checkInitialConfig();
  whenIdle(() => inBackground('service worker', registerServiceWorker));
  // Only a device that was set up for sync talks to the sync service (nothing is loaded otherwise).
  whenIdle(() =>
    inBackground('sync', () => import('../features/sync/start').then((m) => m.startSyncWhenSetUp())),
  );
  preloadWhenIdle(likelyNext(currentPath()));
}

inBackground('start', start);
