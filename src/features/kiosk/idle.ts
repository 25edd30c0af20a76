import { useEffect, useRef, useState } from 'preact/hooks';
import { type IdlePhase, idlePhase, type KioskTimings } from '../../domain/kiosk';

const same = (a: IdlePhase, b: IdlePhase) =>
  a.phase === b.phase && (a.phase !== 'asking' || b.phase !== 'asking' || a.secondsLeft === b.secondsLeft);

/**
 * Watch the time since the last touch: "asking" after `idleMs` (with the seconds left), then
 * `onExpire` once the countdown has run out. Only while `active` (a resident changed something).
 */
export function useIdle(
  lastActiveAt: () => number | undefined,
  active: boolean,
  timings: KioskTimings | undefined,
  onExpire: () => void,
): IdlePhase {
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    if (!active || !timings) {
      setPhase({ phase: 'active' });
      return;
    }
    const tick = () => {
      const last = lastActiveAt();
      if (last === undefined) return;
      const p = idlePhase(Date.now(), last, timings);
      setPhase((prev) => (same(prev, p) ? prev : p));
      if (p.phase === 'expired') expire.current();
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [active, timings]);
  return phase;
}
