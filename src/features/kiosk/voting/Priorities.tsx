import './voting.css';
import { type AgendaItem, residentTextOf } from '../../../domain/agenda';
import { textKey } from '../../../domain/configText';
import type { Process } from '../../../domain/process';
import { addDot, dotsUsed, removeDot } from '../../../domain/votes';
import { Icon } from '../../../ui/icons';
import { useResident } from '../resident';
import { Optional, StepNav, StepTitle } from '../steps/Frame';
import type { StepProps } from '../steps/types';
import type { PriorityOffer } from './offer';
import { dotCount, dotsLeft } from './text';

function iconOf(process: Process, item: AgendaItem): string {
  return process.themes.find((th) => th.id === item.themeIds[0])?.icon ?? 'star';
}

/** A row of dots: filled ones given, open ones still free (decorative; the text says the same). */
function Dots({ filled, total }: { filled: number; total: number }) {
  return (
    <span class="bs-k-dots" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} class={`bs-k-dot${i < filled ? ' is-on' : ''}`} />
      ))}
    </span>
  );
}

/**
 * "Wat vindt u het belangrijkst?": the resident hands out a fixed number of dots over the published
 * agenda items (pictogram + short text), more than one on an item allowed, never more than the budget.
 * Optional: "Verder" without dots skips it.
 */
export function Priorities({
  process,
  answers,
  setAnswers,
  next,
  back,
  last,
  busy,
  offer,
}: StepProps & { offer: PriorityOffer }) {
  const { lang, r: v, cfg } = useResident();
  const ids = new Set(offer.items.map((i) => i.id));
  const dots = Object.fromEntries(Object.entries(answers.dots).filter(([id]) => ids.has(id)));
  const used = dotsUsed(dots);
  const left = Math.max(0, offer.budget - used);
  return (
    <>
      <StepTitle id="k-prio">{v('vote.title')}</StepTitle>
      <p class="bs-k-lead">{v('vote.help', { n: offer.budget })}</p>
      <p class="bs-k-note">{v('vote.why')}</p>
      <Optional />
      <div class="bs-k-card bs-k-dots-left" aria-live="polite" data-testid="dots-left">
        <Dots filled={left} total={offer.budget} />
        <strong>{dotsLeft(lang, left, v)}</strong>
      </div>
      <ul class="bs-k-prio" aria-labelledby="k-prio">
        {offer.items.map((item) => {
          const n = dots[item.id] ?? 0;
          const textId = `k-prio-${item.id}`;
          const shown = cfg(textKey.agenda(item.id), residentTextOf(item));
          const text = shown.text;
          return (
            <li key={item.id} class={`bs-k-prio__item${n ? ' is-on' : ''}`}>
              <Icon name={iconOf(process, item)} size={44} />
              <span class="bs-k-prio__text" id={textId} {...shown.attrs}>
                {text}
              </span>
              <div class="bs-k-prio__ctrl" role="group" aria-labelledby={textId}>
                <button
                  type="button"
                  class="bs-k-btn bs-k-prio__btn"
                  aria-label={`${v('vote.remove')}: ${text}`}
                  disabled={n === 0}
                  onClick={() => setAnswers({ dots: removeDot(dots, item.id) })}
                >
                  −
                </button>
                <span class="bs-k-prio__count">
                  <Dots filled={n} total={n} />
                  <output aria-live="polite">{dotCount(lang, n, v)}</output>
                </span>
                <button
                  type="button"
                  class="bs-k-btn bs-k-btn--primary bs-k-prio__btn"
                  aria-label={`${v('vote.add')}: ${text}`}
                  disabled={left === 0}
                  onClick={() => setAnswers({ dots: addDot(dots, item.id, offer.budget) })}
                >
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <StepNav onBack={back} onNext={next} last={last} busy={busy} />
    </>
  );
}
