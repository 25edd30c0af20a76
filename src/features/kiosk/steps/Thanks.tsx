import { useEffect, useState } from 'preact/hooks';
import { KIcon } from '../kioskIcons';
import { useResident } from '../resident';
import { StepTitle } from './Frame';

/** Thank you; back to the welcome screen after `ms` (or at once with the button). */
export function Thanks({ ms, onDone }: { ms: number; onDone: () => void }) {
  const { r } = useResident();
  const [until] = useState(() => Date.now() + ms);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) onDone();
    }, 250);
    return () => clearInterval(id);
  }, [until, onDone]);
  const s = Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <div class="bs-k-thanks">
      <span class="bs-k-thanks__icon" aria-hidden="true">
        <KIcon name="check" size={72} />
      </span>
      <StepTitle>{r('resident.thanks.title')}</StepTitle>
      <p class="bs-k-lead">{r('resident.thanks.text')}</p>
      <p class="bs-k-note">{r('resident.thanks.restart', { n: s })}</p>
      <p>
        <button type="button" class="bs-k-btn bs-k-btn--primary" onClick={onDone}>
          {r('resident.thanks.now')}
        </button>
      </p>
    </div>
  );
}
