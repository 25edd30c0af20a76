import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { LiveQueryError } from './liveError';

export { LiveQueryError };

export interface LiveResult<T> {
  /** `undefined` while loading (and after a failure). */
  value: T | undefined;
  /** Set when the query failed; `retry` runs it again. */
  error: unknown;
  failed: boolean;
  retry: () => void;
}

/**
 * Read from the database and re-render whenever the data changes (Dexie liveQuery), also when
 * another tab or an import changes it. The database is the state. A failed query gives `failed`
 * and `error` (instead of "loading" for ever); `retry` subscribes again.
 */
export function useLiveResult<T>(query: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<{ error: unknown } | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        setError(undefined);
        setValue(() => v);
      },
      error: (e) => {
        console.error('liveQuery', e);
        setValue(undefined);
        setError({ error: e });
      },
    });
    return () => sub.unsubscribe();
  }, [...deps, attempt]);
  return {
    value,
    error: error?.error,
    failed: error !== undefined,
    retry: () => {
      setError(undefined);
      setAttempt((n) => n + 1);
    },
  };
}

/**
 * The value of a live query, `undefined` while loading. A failed query throws LiveQueryError
 * during render: the screen's error boundary (src/ui/ErrorBoundary.tsx) shows the failure with
 * "Opnieuw proberen", which mounts the screen again and so runs the query again. Use
 * `useLiveResult` to show a failure inside a part of the screen instead.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const r = useLiveResult(query, deps);
  if (r.failed) throw new LiveQueryError(r.error);
  return r.value;
}

/**
 * A live query outside a component (a scheduler, a hook that keeps its own state): `next` runs
 * with every new value; a failure is logged and the watch goes on with the next change. Returns
 * the unsubscribe. The only liveQuery outside `useLiveResult`, so Dexie stays inside src/db.
 */
export function watch<T>(query: () => Promise<T>, next: (value: T) => void): () => void {
  const sub = liveQuery(query).subscribe({
    next,
    error: (e) => console.error('liveQuery', e),
  });
  return () => sub.unsubscribe();
}

export { onWritten, type Written } from './written';
