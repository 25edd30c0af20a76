import { useEffect } from 'preact/hooks';
import { useLiveState } from './liveState';

let gate: Promise<unknown> = Promise.resolve();

/** Start-up (src/app/main.tsx): the frame's reads, and so Dexie, load once `p` resolved (the first paint). */
export function deferLiveUntil(p: Promise<unknown>): void {
  gate = p;
}

/**
 * `useLive` for the app frame (header, status bar, kiosk switch), which paints before Dexie has
 * loaded (issue 12): the query's module and Dexie are fetched after the first render, then the value
 * stays live as with `useLive`. `initial` is what the frame shows until then (e.g. what the start-up
 * peek read, src/db/peek.ts). A failed query throws LiveQueryError during render, as `useLive` does;
 * with `failure: 'keep'` it is logged and the last value stays: for the frame's own status lines,
 * whose failure must not replace the whole app, menu included (the screen below shows its own).
 */
export function useLiveLater<T>(
  load: () => Promise<() => Promise<T>>,
  initial?: T,
  failure: 'boundary' | 'keep' = 'boundary',
): T | undefined {
  const state = useLiveState<T>(initial);
  const fail = (e: unknown) => state.fail(e, failure === 'boundary');
  useEffect(() => {
    let alive = true;
    let stop: (() => void) | undefined;
    void gate
      .then(() => Promise.all([load(), import('./live')]))
      .then(
        ([query, { watch }]) => {
          if (alive) stop = watch(query, state.next, fail);
        },
        (e: unknown) => alive && fail(e),
      );
    return () => {
      alive = false;
      stop?.();
    };
  }, []);
  return state.throwIfFailed();
}
