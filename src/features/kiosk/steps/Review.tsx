import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { hasContent, type KioskStep, NO_ANSWER, NONE_OF_THESE, OTHER_BUURT } from '../../../domain/kiosk';
import { Icon } from '../../../ui/icons';
import { buurtText, groupText, themeText, useResident } from '../resident';
import { StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

function Row({
  title,
  step,
  goTo,
  children,
}: {
  title: string;
  step: KioskStep;
  goTo: StepProps['goTo'];
  children: ComponentChildren;
}) {
  const { r } = useResident();
  return (
    <div class="bs-k-review__row">
      <dt>{title}</dt>
      <dd>{children}</dd>
      <dd class="bs-k-review__change">
        <button
          type="button"
          class="bs-k-btn bs-k-btn--small"
          aria-label={`${r('resident.review.change')}: ${title}`}
          onClick={() => goTo(step, true)}
        >
          {r('resident.review.change')}
        </button>
      </dd>
    </div>
  );
}

/** Check your answers, then send. */
export function Review({
  process,
  answers: a,
  goTo,
  back,
  onSend,
  priorities,
}: StepProps & {
  onSend: () => Promise<boolean> /** Issue 6: the row with the dots given. */;
  priorities?: ComponentChildren;
}) {
  const resident = useResident();
  const { r } = resident;
  const shown = (s: { text: string; attrs: object }) => <span {...s.attrs}>{s.text}</span>;
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const skipped = <span class="bs-k-muted">{r('resident.review.skipped')}</span>;
  const about = (v: string | undefined, label: (v: string) => ComponentChildren) =>
    v === undefined ? skipped : v === NO_ANSWER ? r('resident.about.noAnswer') : label(v);
  const words = (['works', 'missing', 'idea'] as const).filter((k) => a[k].trim());
  const send = async () => {
    setSending(true);
    const ok = await onSend();
    setSending(false);
    setFailed(!ok);
  };
  const content = hasContent(a);
  return (
    <>
      <StepTitle>{r('resident.review.title')}</StepTitle>
      <p class="bs-k-lead">{r('resident.review.help')}</p>
      <dl class="bs-k-review">
        <Row title={r('resident.review.themes')} step="themes" goTo={goTo}>
          {a.themeIds.length ? (
            <ul class="bs-k-plain">
              {a.themeIds.map((id) => (
                <li key={id}>
                  <Icon name={process.themes.find((t) => t.id === id)?.icon ?? 'star'} />{' '}
                  {shown(themeText(resident, process, id))}
                  {a.assessments[id]
                    ? ` — ${r(a.assessments[id] === 'gaat-goed' ? 'resident.assess.good' : 'resident.assess.change')}`
                    : ''}
                </li>
              ))}
            </ul>
          ) : (
            skipped
          )}
        </Row>
        <Row title={r('resident.review.words')} step="words" goTo={goTo}>
          {words.length
            ? words.map((k) => (
                <p key={k} class="bs-k-quote">
                  <strong>{r(`resident.words.${k}`)}</strong> {a[k].trim()}
                </p>
              ))
            : skipped}
        </Row>
        {priorities}
        <Row title={r('resident.buurt.title')} step="buurt" goTo={goTo}>
          {about(a.buurt, (v) =>
            v === OTHER_BUURT ? r('resident.buurt.other') : shown(buurtText(resident, process, v)),
          )}
        </Row>
        <Row title={r('resident.age.title')} step="age" goTo={goTo}>
          {about(a.ageBand, (v) => {
            const key = `resident.age.${v}`;
            return r.has(key) ? r(key) : v;
          })}
        </Row>
        <Row title={r('resident.groups.title')} step="groups" goTo={goTo}>
          {a.groups === undefined
            ? skipped
            : a.groups === NO_ANSWER
              ? r('resident.about.noAnswer')
              : a.groups === NONE_OF_THESE
                ? r('resident.groups.none')
                : a.groups.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      {shown(groupText(resident, process, id) ?? { text: id, attrs: resident.nlAttrs })}
                    </span>
                  ))}
        </Row>
        <Row title={r('resident.review.contact')} step="contact" goTo={goTo}>
          {a.contact.channel && a.contact.value.trim() ? (
            <span dir="ltr">{a.contact.value.trim()}</span>
          ) : (
            r('resident.review.noContact')
          )}
        </Row>
      </dl>
      {!content ? (
        <div class="bs-k-card" role="status">
          <p>{r('resident.review.empty')}</p>
          <button type="button" class="bs-k-btn" onClick={() => goTo('themes')}>
            {r('resident.review.toThemes')}
          </button>
        </div>
      ) : null}
      {failed ? (
        <p class="bs-k-error" role="alert">
          {r('resident.review.failed')}
        </p>
      ) : null}
      <StepNav
        onBack={back}
        onNext={content && !sending ? () => void send() : undefined}
        nextLabel={r('resident.review.send')}
      />
    </>
  );
}
