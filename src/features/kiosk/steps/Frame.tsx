import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { KIcon } from '../kioskIcons';
import { useResident } from '../resident';

/** The screen's heading; it takes the focus when the screen opens (for screen readers and keyboards). */
export function StepTitle({ children, id }: { children: ComponentChildren; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 class="bs-k-title" tabIndex={-1} ref={ref} id={id}>
      {children}
    </h1>
  );
}

/** "Dit hoeft niet" under optional questions. */
export function Optional() {
  const { r } = useResident();
  return <p class="bs-k-optional">{r('resident.optional')}</p>;
}

/**
 * Back and forward, big, at the bottom of every screen (mirrored in right-to-left languages).
 * `last`: leaving this screen saves, so the button says "Klaar" (nothing is sent anywhere: the
 * answers stay on this tablet until the team collects them).
 */
export function StepNav({
  onBack,
  onNext,
  nextLabel,
  nextIcon = true,
  last = false,
  busy = false,
}: {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  nextIcon?: boolean;
  last?: boolean;
  busy?: boolean;
}) {
  const { r } = useResident();
  return (
    <div class="bs-k-nav">
      {onBack ? (
        <button type="button" class="bs-k-btn" onClick={onBack} disabled={busy}>
          <KIcon name="back" flip />
          {r('resident.back')}
        </button>
      ) : (
        <span />
      )}
      {onNext ? (
        <button
          type="button"
          class="bs-k-btn bs-k-btn--primary"
          onClick={onNext}
          disabled={busy}
          data-testid="kiosk-next"
        >
          {nextLabel ?? r(last ? 'resident.done' : 'resident.next')}
          {nextIcon ? <KIcon name={last ? 'check' : 'next'} flip={!last} /> : null}
        </button>
      ) : null}
    </div>
  );
}
