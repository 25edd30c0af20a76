import { useEffect, useState } from 'preact/hooks';
import { EXPERIENCE_RATINGS, type ExperienceRating } from '../../../domain/experience';
import type { KioskSession } from '../../../domain/kiosk';
import { KIcon, type KioskIconName } from '../kioskIcons';
import { useResident } from '../resident';
import { StepTitle } from './Frame';

const FACES: Record<ExperienceRating, KioskIconName> = {
  goed: 'faceGood',
  'gaat-wel': 'faceOk',
  'niet-goed': 'faceBad',
};

/**
 * Thank you: the answers are saved. Then three optional offers, each one tap: tell more (the
 * other questions), "Hoe vond u dit?" and "Wilt u meehelpen?". Back to the welcome screen after
 * `ms` without a touch (or at once with "Klaar").
 */
export function Thanks({
  ms,
  session,
  onMore,
  onHelp,
  onRate,
  onDone,
}: {
  ms: number;
  session: KioskSession;
  onMore: () => void;
  onHelp: () => void;
  onRate: (rating: ExperienceRating) => void;
  onDone: () => void;
}) {
  const { r } = useResident();
  const [until, setUntil] = useState(() => Date.now() + ms);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    // A resident who is still reading or tapping gets the full time again.
    const again = () => setUntil(Date.now() + ms);
    const events = ['pointerdown', 'keydown'] as const;
    for (const e of events) document.addEventListener(e, again, { capture: true, passive: true });
    return () => {
      for (const e of events) document.removeEventListener(e, again, { capture: true });
    };
  }, [ms]);
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

      {session.moreDone ? null : (
        <section class="bs-k-card bs-k-offer" aria-labelledby="k-more">
          <h2 class="bs-k-h2" id="k-more">
            {r('resident.more.title')}
          </h2>
          <p>{r('resident.more.text')}</p>
          <button type="button" class="bs-k-btn bs-k-btn--primary" onClick={onMore} data-testid="kiosk-more">
            <KIcon name="more" />
            {r('resident.more.yes')}
          </button>
        </section>
      )}

      <section class="bs-k-card bs-k-offer" aria-labelledby="k-rate">
        <h2 class="bs-k-h2" id="k-rate">
          {r('resident.rate.title')}
        </h2>
        {session.rated ? (
          <p role="status">{r('resident.rate.thanks')}</p>
        ) : (
          <div class="bs-k-faces" role="group" aria-labelledby="k-rate">
            {EXPERIENCE_RATINGS.map((rating) => (
              <button
                key={rating}
                type="button"
                class="bs-k-btn bs-k-face"
                onClick={() => onRate(rating)}
                data-testid={`kiosk-rate-${rating}`}
              >
                <KIcon name={FACES[rating]} size={44} />
                {r(`resident.rate.${rating}`)}
              </button>
            ))}
          </div>
        )}
      </section>

      <section class="bs-k-card bs-k-offer" aria-labelledby="k-help">
        <h2 class="bs-k-h2" id="k-help">
          {r('resident.help.title')}
        </h2>
        {session.helped ? (
          <p role="status">{r('resident.help.thanks')}</p>
        ) : (
          <>
            <p>{r('resident.help.text')}</p>
            <button type="button" class="bs-k-btn" onClick={onHelp} data-testid="kiosk-help">
              <KIcon name="hand" />
              {r('resident.help.yes')}
            </button>
          </>
        )}
      </section>

      <p class="bs-k-note">{r('resident.thanks.restart', { n: s })}</p>
      <p>
        <button type="button" class="bs-k-btn bs-k-btn--primary" onClick={onDone} data-testid="kiosk-done">
          {r('resident.thanks.now')}
        </button>
      </p>
    </div>
  );
}
