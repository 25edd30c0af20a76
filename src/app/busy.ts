import { useEffect } from 'preact/hooks';
import { createStore, useStore } from '../ui/store';

/**
 * Reasons the app must not reload by itself now (a meeting screen is open, a draft is unsaved,
 * kiosk mode). The update prompt waits until none is left.
 */
const reasons = new Set<string>();
const busy = createStore(false);

export function setBusy(reason: string, on: boolean): void {
  if (on) reasons.add(reason);
  else reasons.delete(reason);
  busy.set(reasons.size > 0);
}

export function isBusy(): boolean {
  return reasons.size > 0;
}

/** Mark the app busy while the calling component is mounted. */
export function useBusyWhileMounted(reason: string): void {
  useEffect(() => {
    setBusy(reason, true);
    return () => setBusy(reason, false);
  }, [reason]);
}

export function useIsBusy(): boolean {
  return useStore(busy);
}
