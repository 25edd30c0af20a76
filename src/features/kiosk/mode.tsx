import { LazyScreen, type ScreenModule } from '../../app/lazy';
import { getKioskMode, type KioskMode } from '../../db/kioskState';
import { useLive } from '../../db/live';
import { loadTexts } from '../../i18n';

/**
 * Whether this tablet is in kiosk (resident) mode, live from the database: `undefined` while
 * loading, `null` when off. App.tsx renders only the kiosk while it is on, whatever the address.
 */
export function useKioskMode(): KioskMode | null | undefined {
  return useLive(getKioskMode, []);
}

/** The kiosk's facilitator texts (exit, PIN) come with it: the app frame carries only its own. */
const load = (): Promise<ScreenModule> => Promise.all([import('./KioskApp'), loadTexts()]).then(([m]) => m);

/** The kiosk instead of the app frame (its code loads on first use; it is precached for offline). */
export function KioskRoot() {
  return <LazyScreen load={load} params={{}} path="/kiosk" />;
}
