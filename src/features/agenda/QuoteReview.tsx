import type { Contribution } from '../../domain/contribution';
import { type QuoteRisk, quoteRisks } from '../../domain/quoteCheck';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** What the coordinator chose for the quotes of one report (kept as a draft until printed). */
export interface QuoteChoice {
  /** Left out: the report prints fewer quotes. */
  removed: string[];
  /** Swapped: the next proposed quote takes its place. */
  swapped: string[];
}
export const NO_QUOTE_CHOICE: QuoteChoice = { removed: [], swapped: [] };

const RISK_KEYS = {
  name: 'agenda.quotes.risk.name',
  phone: 'agenda.quotes.risk.phone',
  email: 'agenda.quotes.risk.email',
  address: 'agenda.quotes.risk.address',
  postcode: 'agenda.quotes.risk.postcode',
} as const satisfies Record<QuoteRisk, string>;

/**
 * "Wat we hoorden" is checked before it is printed (issue 16.5): the coordinator sees the quotes
 * the app proposes, with a warning on each that looks like it holds a name, phone number, e-mail
 * or address, and can leave each out or swap it for the next one. Not printed itself.
 */
export function QuoteReview({
  quotes,
  choice,
  maxQuotes,
  onChange,
}: {
  quotes: readonly Contribution[];
  choice: QuoteChoice;
  maxQuotes: number;
  onChange: (next: QuoteChoice) => void;
}) {
  const t = useT();
  const left = choice.removed.length + choice.swapped.length;
  return (
    <section class="bs-card bs-noprint bs-quotes-review" aria-labelledby="h-quotes-review">
      <h2 class="utrecht-heading-2" id="h-quotes-review">
        {t('agenda.quotes.title')}
      </h2>
      <p>{t('agenda.quotes.intro')}</p>
      {quotes.length ? (
        <ol class="bs-quotes-review__list">
          {quotes.map((q) => {
            const risks = quoteRisks(q.text);
            return (
              <li key={q.id} class="bs-quotes-review__item" data-testid="quote-review">
                <p class="bs-quotes-review__text">“{q.text.trim()}”</p>
                {risks.length ? (
                  <Notice kind="warning">
                    {t('agenda.quotes.warning', { what: risks.map((r) => t(RISK_KEYS[r])).join(', ') })}
                  </Notice>
                ) : null}
                <div class="bs-actions">
                  <Button onClick={() => onChange({ ...choice, removed: [...choice.removed, q.id] })}>
                    {t('agenda.quotes.remove')}
                  </Button>
                  <Button onClick={() => onChange({ ...choice, swapped: [...choice.swapped, q.id] })}>
                    {t('agenda.quotes.swap')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t('agenda.quotes.none')}</p>
      )}
      {quotes.length < maxQuotes - choice.removed.length ? (
        <p class="bs-muted">{t('agenda.quotes.noMore')}</p>
      ) : null}
      {left ? (
        <div class="bs-actions">
          <Button variant="subtle" onClick={() => onChange(NO_QUOTE_CHOICE)}>
            {t('agenda.quotes.reset', { n: left })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
