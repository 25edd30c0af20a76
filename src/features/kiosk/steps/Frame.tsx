import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { KIcon } from '../kioskIcons';
import { useResident } from '../resident';

/** True while the resident changes an answer from the overview ("Verder" then returns there). */
export const FromReviewContext = createContext(false);

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

/** Back and forward, big, at the bottom of every screen (mirrored in right-to-left languages). */
export function StepNav({
  onBack,
  onNext,
  nextLabel,
  nextIcon = true,
}: {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  nextIcon?: boolean;
}) {
  const { r } = useResident();
  const fromReview = useContext(FromReviewContext);
  return (
    <div class="bs-k-nav">
      {onBack ? (
        <button type="button" class="bs-k-btn" onClick={onBack}>
          <KIcon name="back" flip />
          {r('resident.back')}
        </button>
      ) : (
        <span />
      )}
      {onNext ? (
        <button type="button" class="bs-k-btn bs-k-btn--primary" onClick={onNext} data-testid="kiosk-next">
          {nextLabel ?? r(fromReview ? 'resident.toReview' : 'resident.next')}
          {nextIcon ? <KIcon name="next" flip /> : null}
        </button>
      ) : null}
    </div>
  );
}
