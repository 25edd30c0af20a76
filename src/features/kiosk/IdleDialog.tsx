import { useEffect, useRef } from 'preact/hooks';
import { useResident } from './resident';

/** "Bent u nog bezig?" with the seconds left before the answers are discarded. */
export function IdleDialog({
  secondsLeft,
  onContinue,
  onStop,
}: {
  secondsLeft: number;
  onContinue: () => void;
  onStop: () => void;
}) {
  const { r } = useResident();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div class="bs-k-overlay">
      <div
        class="bs-k-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="k-idle-title"
        aria-describedby="k-idle-text"
        data-testid="kiosk-idle"
      >
        <h2 class="bs-k-title" id="k-idle-title">
          {r('resident.idle.title')}
        </h2>
        <p id="k-idle-text" class="bs-k-lead">
          {r('resident.idle.text', { n: secondsLeft })}
        </p>
        <div class="bs-k-stack">
          <button
            type="button"
            ref={ref}
            class="bs-k-btn bs-k-btn--primary bs-k-btn--wide"
            onClick={onContinue}
          >
            {r('resident.idle.continue')}
          </button>
          <button type="button" class="bs-k-btn bs-k-btn--wide" onClick={onStop}>
            {r('resident.idle.stop')}
          </button>
        </div>
      </div>
    </div>
  );
}
