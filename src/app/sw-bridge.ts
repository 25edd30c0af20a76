import type { Workbox } from 'workbox-window';
import { createStore, useStore } from '../ui/store';

/**
 * The only UI module that touches navigator.serviceWorker. Registers the generated worker
 * (sw.js next to index.html, so it works from any sub-path), reports when the app is ready for
 * offline use and when an update waits. It never reloads by itself: `applyUpdate` is called by
 * the user's click, and the update banner only offers it when nothing is busy.
 */
export interface SwState {
  supported: boolean;
  offlineReady: boolean;
  updateWaiting: boolean;
}

const state = createStore<SwState>({ supported: false, offlineReady: false, updateWaiting: false });
let wb: Workbox | undefined;

function set(patch: Partial<SwState>): void {
  state.set({ ...state.get(), ...patch });
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  set({ supported: true });
  const { Workbox } = await import('workbox-window');
  wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('waiting', () => set({ updateWaiting: true }));
  wb.addEventListener('controlling', () => set({ offlineReady: true }));
  const reg = await wb.register();
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller || reg?.active) set({ offlineReady: true });
  if (reg?.waiting && navigator.serviceWorker.controller) set({ updateWaiting: true });
}

/** Activate the waiting version and reload once it controls the page (user's choice only). */
export function applyUpdate(): void {
  if (!wb) return;
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}

export function useSwState(): SwState {
  return useStore(state);
}
