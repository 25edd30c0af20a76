import type { DBCore, Middleware } from 'dexie';

/**
 * What each write() of this tab stored, told right after its transaction committed (no Dexie
 * import beyond types, no Preact: the schema registers the middleware below).
 */

/** The rows one committed write() stored, per table (src/db/write.ts). */
export type Written = ReadonlyMap<string, readonly unknown[]>;
const listeners = new Set<(w: Written) => void>();
/** The rows a write's transaction will have stored once it commits (set by write() at its end). */
const pending = new WeakMap<object, Written>();

/**
 * Hear what each write() of this tab stored, right after its transaction committed: a screen shows
 * its own change from the rows the write produced, without reading them back, and its live query
 * confirms in the background (it also hears other tabs and imports, which this does not).
 * Returns the unsubscribe.
 */
export function onWritten(listener: (w: Written) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** write(): these rows are told to the listeners when the transaction `idbtrans` commits. */
export function tellOnCommit(idbtrans: object | undefined, w: Written): void {
  if (idbtrans && w.size) pending.set(idbtrans, w);
}

function tell(w: Written): void {
  for (const l of listeners) {
    try {
      l(w);
    } catch (e) {
      console.error('onWritten', e);
    }
  }
}

/**
 * Hears each transaction's 'complete' before Dexie does: its listener is added as the transaction
 * is made, first of all (the lowest level, below Dexie's own cache middleware at level 0), so
 * before the listeners that start every live query the change touches. The render the listeners
 * ask for (a microtask, run as soon as this listener returns) then comes before that work.
 */
export const writtenMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'buurtstem-written',
  level: -2,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const trans = down.transaction(stores, mode, options);
        if (mode === 'readwrite') {
          (trans as unknown as EventTarget).addEventListener?.('complete', () => {
            const w = pending.get(trans);
            if (w) tell(w);
          });
        }
        return trans;
      },
    };
  },
};
