import { residentTextOf } from '../../../domain/agenda';
import { textKey } from '../../../domain/configText';
import type { KioskAnswers, KioskStep } from '../../../domain/kiosk';
import { useResident } from '../resident';
import type { PriorityOffer } from './offer';
import { dotCount } from './text';

/** The row "Uw stippen" on the check-your-answers screen (nothing when no agenda is offered). */
export function PrioritiesReview({
  offer,
  answers,
  goTo,
}: {
  offer: PriorityOffer | null | undefined;
  answers: KioskAnswers;
  goTo: (step: KioskStep, fromReview?: boolean) => void;
}) {
  const { lang, r, cfg } = useResident();
  if (!offer) return null;
  const title = r('vote.review');
  const given = offer.items.filter((i) => (answers.dots[i.id] ?? 0) > 0);
  return (
    <div class="bs-k-review__row">
      <dt>{title}</dt>
      <dd>
        {given.length ? (
          <ul class="bs-k-plain">
            {given.map((i) => (
              <li key={i.id}>
                <span>
                  {((s) => (
                    <span {...s.attrs}>{s.text}</span>
                  ))(cfg(textKey.agenda(i.id), residentTextOf(i)))}
                  : {dotCount(lang, answers.dots[i.id] ?? 0, r)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <span class="bs-k-muted">{r('vote.reviewNone')}</span>
        )}
      </dd>
      <dd class="bs-k-review__change">
        <button
          type="button"
          class="bs-k-btn bs-k-btn--small"
          aria-label={`${r('resident.review.change')}: ${title}`}
          onClick={() => goTo('priorities', true)}
        >
          {r('resident.review.change')}
        </button>
      </dd>
    </div>
  );
}
