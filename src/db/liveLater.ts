import { useEffect, useState } from 'preact/hooks';
import { LiveQueryError } from './liveError';

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
  const [value, setValue] = useState<T | undefined>(initial);
  const [error, setError] = useState<{ error: unknown } | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let stop: (() => void) | undefined;
    void gate
      .then(() => Promise.all([load(), import('./live')]))
      .then(
        ([query, { watch }]) => {
          if (!alive) return;
          // The failure travels as a value: `watch` would only log it and keep the last value.
          const guarded = () =>
            query().then(
              (v) => ({ ok: true as const, v }),
              (e: unknown) => ({ ok: false as const, e }),
            );
          stop = watch(guarded, (r) => {
            if (r.ok) {
              setError(undefined);
              setValue(() => r.v);
            } else {
              console.error('liveQuery', r.e);
              if (failure === 'boundary') setError({ error: r.e });
            }
          });
        },
        (e: unknown) => {
          console.error('liveQuery', e);
          if (alive && failure === 'boundary') setError({ error: e });
        },
      );
    return () => {
      alive = false;
      stop?.();
    };
  }, []);
  if (error) throw new LiveQueryError(error.error);
  return value;
}
