import { useEffect, useState } from 'preact/hooks';

/**
 * A value that components can subscribe to: get, set, subscribe. The one listener mechanism for
 * app-wide state outside the database (busy reasons, service-worker state, language, filters).
 */
export interface Store<T> {
  get(): T;
  /** Replace the value and tell every listener (also when the value is the same). */
  set(next: T): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      // A copy: a listener may unsubscribe (or subscribe) while we call them.
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * The store's value, re-rendering when it changes. Reads again on subscribe, so a change between
 * the first render and the effect is not missed.
 */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    const on = () => setValue(() => store.get());
    on();
    return store.subscribe(on);
  }, [store]);
  return value;
}
