import { LazyScreen, type ScreenModule } from '../../app/lazy';
import { useLiveLater } from '../../db/liveLater';
import type { KioskMode } from '../../db/peek';
import { loadTexts } from '../../i18n';

/**
 * Kiosk mode as last known: first what the start-up peek read (src/app/main.tsx), before Dexie has
 * loaded; then every live value. A component that mounts later (KioskApp) starts from it.
 */
let known: KioskMode | null | undefined;

export function setKioskModeAtStart(mode: KioskMode | null | undefined): void {
  known = mode;
}

/**
 * Whether this tablet is in kiosk (resident) mode, live from the database: `undefined` while
 * loading, `null` when off. App.tsx renders only the kiosk while it is on, whatever the address.
 * Until Dexie has loaded, the value the start-up peek read (so the frame paints at once).
 */
export function useKioskMode(): KioskMode | null | undefined {
  const mode = useLiveLater(() => import('../../db/kioskState').then((m) => m.getKioskMode), known, 'keep');
  if (mode !== undefined) known = mode;
  return mode;
}

/** The kiosk's facilitator texts (exit, PIN) come with it: the app frame carries only its own. */
const load = (): Promise<ScreenModule> => Promise.all([import('./KioskApp'), loadTexts()]).then(([m]) => m);

/** The kiosk instead of the app frame (its code loads on first use; it is precached for offline). */
export function KioskRoot() {
  return <LazyScreen load={load} params={{}} path="/kiosk" />;
}
