// Only the Utrecht components the first screen shows (src/ui/utrecht.css); form controls come with
// the screens that have them (src/ui/forms.css). The tokens are cut to those the CSS reads.
import '@utrecht/design-tokens/dist/index.css';
import '../ui/utrecht.css';
import '../ui/tokens.css';
import '../ui/app.css';
import { render } from 'preact';
import { ensureDevice } from '../db/device';
import { loadInitialConfig } from '../db/processes';
import { startSyncWhenSetUp } from '../features/sync/start';
import { getLang, loadLang } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { App } from './App';
import { preloadSchemasWhenIdle, setStartupProblems } from './startup';
import { registerServiceWorker } from './sw-bridge';

async function start(): Promise<void> {
  document.documentElement.lang = getLang();
  await loadLang(getLang());
  await ensureDevice();
  const loaded = await loadInitialConfig(async () => {
    const res = await fetch('./config.json', { cache: 'no-cache' });
    if (!res.ok) throw new Error(String(res.status));
    return res.text();
  });
  if (loaded && !loaded.ok) setStartupProblems(loaded.problems);
  // The last resort (the frame itself reads kiosk mode live); every screen also has its own.
  render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
  preloadSchemasWhenIdle();
  void registerServiceWorker();
  // Only a device that was set up for sync talks to the sync service (nothing is loaded otherwise).
  void startSyncWhenSetUp();
}

void start();
