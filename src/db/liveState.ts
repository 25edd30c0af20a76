import { useState } from 'preact/hooks';
import { reportFailure } from './leaving';
import { LiveQueryError } from './liveError';

/**
 * The state of one live read in a component, shared by `useLiveResult` (src/db/live.ts) and
 * `useLiveLater` (src/db/liveLater.ts): a new value clears an earlier failure; a failure is logged
 * and kept; `throwIfFailed` hands it to the screen's error boundary. Apart from live.ts so the
 * frame's reads can use it before Dexie has loaded.
 */
export function useLiveState<T>(initial?: T) {
  const [value, setValue] = useState<T | undefined>(() => initial);
  const [error, setError] = useState<{ error: unknown } | undefined>(undefined);
  return {
    value,
    error: error?.error,
    failed: error !== undefined,
    next(v: T) {
      setError(undefined);
      setValue(() => v);
    },
    /** Log the failure (not while the page is being left); `show` keeps it (for the boundary or the screen), `forget` drops the value too. */
    fail(e: unknown, show = true, forget = false) {
      reportFailure('liveQuery', e);
      if (forget) setValue(undefined);
      if (show) setError({ error: e });
    },
    clear() {
      setError(undefined);
    },
    throwIfFailed(): T | undefined {
      if (error) throw new LiveQueryError(error.error);
      return value;
    },
  };
}
