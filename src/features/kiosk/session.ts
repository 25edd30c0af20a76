import { useEffect, useRef, useState } from 'preact/hooks';
import { clearKioskSession, loadKioskSession, saveKioskSession } from '../../db/kiosk';
import { newId } from '../../domain/ids';
import { freshSession, type KioskSession, type KioskTimings, restorableSession } from '../../domain/kiosk';

const SAVE_DELAY_MS = 200;
const TOUCH_SAVE_MS = 3_000;

/**
 * The resident's in-progress answers. Kept in memory for the screens and written to the drafts
 * table (debounced) so a reload keeps them, until they are sent or the idle handling discards
 * them. All writes go through one queue, so a late save can never bring back answers that were
 * already discarded for the next resident.
 */
export function useKioskSession(timings: KioskTimings | undefined) {
  const [session, setSession] = useState<KioskSession | null>(null);
  const ref = useRef<KioskSession | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dueAt = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const enqueue = (op: () => Promise<void>): Promise<void> => {
    queue.current = queue.current.then(op, op).catch((e) => console.error('kiosk session', e));
    return queue.current;
  };
  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
  };
  const persistNow = (): Promise<void> => {
    cancelTimer();
    const s = ref.current;
    return s?.dirty ? enqueue(() => saveKioskSession(s)) : queue.current;
  };
  /** Save within `ms`: an earlier pending save is kept, a later one is brought forward. */
  const schedule = (ms: number) => {
    const due = Date.now() + ms;
    if (timer.current && dueAt.current <= due) return;
    cancelTimer();
    dueAt.current = due;
    timer.current = setTimeout(() => void persistNow(), ms);
  };

  useEffect(() => {
    if (!timings) return;
    let alive = true;
    void loadKioskSession().then((saved) => {
      if (!alive) return;
      const now = Date.now();
      const restored = restorableSession(saved, now, timings);
      if (!restored && saved !== undefined) void enqueue(clearKioskSession);
      const s = restored ?? freshSession(newId(), now);
      ref.current = s;
      setSession(s);
    });
    return () => {
      alive = false;
    };
  }, [timings]);

  useEffect(() => {
    const onHide = () => void persistNow();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void persistNow();
    };
  }, []);

  /** Change the session (a resident's action): marks it dirty and saves it soon. */
  const update = (fn: (s: KioskSession) => KioskSession) => {
    if (!ref.current) return;
    const next = { ...fn(ref.current), dirty: true, lastActiveAt: Date.now() };
    ref.current = next;
    setSession(next);
    schedule(SAVE_DELAY_MS);
  };

  /** The resident touched the screen: restart the idle time. */
  const touch = () => {
    const s = ref.current;
    if (!s?.dirty) return;
    ref.current = { ...s, lastActiveAt: Date.now() };
    schedule(TOUCH_SAVE_MS);
  };

  /** Throw the answers away and start clean for the next resident. */
  const reset = async () => {
    cancelTimer();
    const s = freshSession(newId(), Date.now());
    ref.current = s;
    setSession(s);
    await enqueue(clearKioskSession);
  };

  /** Wait until pending writes are done (before sending, which removes the draft itself). */
  const settle = async () => {
    cancelTimer();
    await queue.current;
  };

  return {
    session,
    update,
    touch,
    reset,
    settle,
    lastActiveAt: () => ref.current?.lastActiveAt,
    isDirty: () => ref.current?.dirty === true,
  };
}
