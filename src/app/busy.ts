import { useEffect, useState } from 'preact/hooks';

/**
 * Reasons the app must not reload by itself now (a meeting screen is open, a draft is unsaved,
 * kiosk mode). The update prompt waits until none is left.
 */
const reasons = new Set<string>();
const listeners = new Set<() => void>();

export function setBusy(reason: string, on: boolean): void {
  if (on) reasons.add(reason);
  else reasons.delete(reason);
  for (const l of listeners) l();
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
  const [busy, set] = useState(isBusy());
  useEffect(() => {
    const l = () => set(isBusy());
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return busy;
}
