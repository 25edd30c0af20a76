import type { KioskLang } from '../../../domain/kiosk';
import { RESIDENT_LANGS, useResident } from '../resident';
import { StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/**
 * Welcome: the language buttons (each in its own language and script), the framed question of the
 * process, who asks it, and the participation level in plain words.
 */
export function Welcome({ process, next, onLang }: StepProps & { onLang: (lang: KioskLang) => void }) {
  const { r, lang, nlAttrs } = useResident();
  const question = process.questions[0];
  const level = lang === 'nl' ? process.participationText : r(`resident.level.${process.participationLevel}`);
  return (
    <>
      <div class="bs-k-langs" role="group" aria-label={r('resident.lang.label')}>
        {RESIDENT_LANGS.map((l) => (
          <button
            key={l.id}
            type="button"
            class={`bs-k-btn bs-k-lang${lang === l.id ? ' is-on' : ''}`}
            lang={l.id}
            dir={l.dir}
            aria-pressed={lang === l.id}
            onClick={() => onLang(l.id)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <StepTitle>{r('resident.welcome.title')}</StepTitle>
      <p class="bs-k-lead">{r('resident.welcome.intro')}</p>
      {question ? (
        <section class="bs-k-card" aria-labelledby="k-question">
          <h2 class="bs-k-h2" id="k-question">
            {r('resident.welcome.question')}
          </h2>
          <p class="bs-k-question" {...nlAttrs}>
            {question.text}
          </p>
          {question.help ? <p {...nlAttrs}>{question.help}</p> : null}
        </section>
      ) : null}
      <h2 class="bs-k-h2">{r('resident.welcome.askedBy')}</h2>
      <p {...nlAttrs}>{process.askedBy}</p>
      <h2 class="bs-k-h2">{r('resident.welcome.level')}</h2>
      <p>{level}</p>
      <p class="bs-k-note">{r('resident.welcome.anonymous')}</p>
      <StepNav onNext={next} nextLabel={r('resident.welcome.start')} />
    </>
  );
}
