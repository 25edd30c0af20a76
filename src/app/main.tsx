import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import '../ui/app.css';
import { render } from 'preact';
import { ensureDevice } from '../db/device';
import { loadInitialConfig } from '../db/processes';
import { getLang, loadLang } from '../i18n';
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
  render(<App />, document.getElementById('app')!);
  preloadSchemasWhenIdle();
  void registerServiceWorker();
}

void start();
