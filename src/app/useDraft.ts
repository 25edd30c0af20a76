import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, getDraft, saveDraft } from '../db/drafts';
import { setBusy } from './busy';

/**
 * Form state that is written to the database as the user types (debounced), so a reload or a
 * restart brings it back. `restored` is true when a saved draft was found. While a draft is not
 * yet written, the app counts as busy (no automatic update reload).
 */
export function useDraft<T>(key: string, initial: T, delayMs = 250) {
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(value);
  // Input typed before the stored draft finished loading wins over the loaded draft.
  const dirty = useRef(false);
  // Whether a draft may be stored for this key, and how many draft writes were started: a save
  // that clears the draft in its own transaction (clearIn) need not write again afterwards.
  const stored = useRef(false);
  const writes = useRef(0);

  useEffect(() => {
    let alive = true;
    setReady(false);
    dirty.current = false;
    getDraft<T>(key).then(
      (d) => {
        if (!alive) return;
        if (dirty.current) {
          setReady(true);
          return;
        }
        if (d !== undefined) {
          setValue(d);
          latest.current = d;
          stored.current = true;
          setRestored(true);
        } else {
          setValue(initial);
          latest.current = initial;
          setRestored(false);
        }
        setReady(true);
      },
      (e: unknown) => {
        // The draft could not be read (the database closed or failed): the form starts empty and
        // stays usable; the stored draft is kept for the next visit.
        console.error('draft', e);
        if (alive) setReady(true);
      },
    );
    return () => {
      alive = false;
    };
  }, [key]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    setBusy(`draft:${key}`, false);
    stored.current = true;
    writes.current++;
    return saveDraft(key, latest.current);
  };

  // Write a pending draft before the page goes away. Nobody is left to tell when this write fails
  // (the form is gone): it is logged, never an unhandled rejection.
  useEffect(() => {
    const flushLeaving = () => {
      if (timer.current) flush().catch((e: unknown) => console.error('draft', e));
    };
    window.addEventListener('pagehide', flushLeaving);
    return () => {
      window.removeEventListener('pagehide', flushLeaving);
      flushLeaving();
    };
  }, [key]);

  const update = (next: T | ((prev: T) => T)) => {
    const v = typeof next === 'function' ? (next as (p: T) => T)(latest.current) : next;
    dirty.current = true;
    latest.current = v;
    setValue(v);
    setBusy(`draft:${key}`, true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush().catch((e: unknown) => console.error('draft', e)), delayMs);
  };

  /** Show `to` as a fresh form: no pending write, nothing stored. */
  const show = (to: T) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    setBusy(`draft:${key}`, false);
    latest.current = to;
    setValue(to);
    setRestored(false);
    stored.current = false;
  };

  const reset = async (to: T = initial) => {
    show(to);
    await clearDraft(key);
  };

  /**
   * For a save that deletes the draft in its own transaction: the key to delete (undefined when
   * nothing is stored or pending, so an empty draft costs no write) and a mark for `settle`.
   */
  const clearIn = () => ({
    key: stored.current || timer.current ? key : undefined,
    mark: writes.current,
  });

  /**
   * After such a save: show `to`, without a second write, unless a draft write started during the
   * save (it could land after the delete): then that one is cleared as `reset` would.
   */
  const settle = async (to: T, mark: number) => {
    show(to);
    if (writes.current !== mark) await clearDraft(key);
  };

  return { value, update, reset, clearIn, settle, ready, restored };
}
