import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Read from the database and re-render whenever the data changes (Dexie liveQuery), also when
 * another tab or an import changes it. `undefined` while loading. The database is the state.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue(() => v),
      error: (e) => console.error('liveQuery', e),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
