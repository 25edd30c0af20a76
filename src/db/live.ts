import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { reportFailure } from './leaving';
import { LiveQueryError } from './liveError';
import { useLiveState } from './liveState';

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
  const state = useLiveState<T>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => watch(query, state.next, (e) => state.fail(e, true, true)), [...deps, attempt]);
  return {
    value: state.value,
    error: state.error,
    failed: state.failed,
    retry: () => {
      state.clear();
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
 * with every new value; a failure goes to `error` (by default logged) and the watch goes on with the
 * next change. Returns the unsubscribe. The only liveQuery in the app, so Dexie stays inside src/db.
 */
export function watch<T>(
  query: () => Promise<T>,
  next: (value: T) => void,
  error: (e: unknown) => void = (e) => reportFailure('liveQuery', e),
): () => void {
  const sub = liveQuery(query).subscribe({ next, error });
  return () => sub.unsubscribe();
}

export { onWritten, type Written } from './written';
