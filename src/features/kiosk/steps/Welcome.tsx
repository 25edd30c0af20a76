import { textKey } from '../../../domain/configText';
import type { KioskLang } from '../../../domain/kiosk';
import { residentLangs, useResident } from '../resident';
import { StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/**
 * Welcome: the language buttons (each in its own language and script), the framed question of the
 * process, who asks it, and the participation level in plain words.
 */
export function Welcome({ process, next, onLang }: StepProps & { onLang: (lang: KioskLang) => void }) {
  const { r, lang, cfg } = useResident();
  const question = process.questions[0];
  const qText = question ? cfg(textKey.question(question.id, 'text'), question.text) : null;
  const qHelp = question?.help ? cfg(textKey.question(question.id, 'help'), question.help) : null;
  const asked = cfg('askedBy', process.askedBy);
  // The configured text when it is translated; else the app's own sentence for the level.
  const configured = cfg('participationText', process.participationText);
  const level =
    lang === 'nl' || !configured.attrs.lang
      ? configured
      : { text: r(`resident.level.${process.participationLevel}`), attrs: {} };
  return (
    <>
      <div class="bs-k-langs" role="group" aria-label={r('resident.lang.label')}>
        {residentLangs(process).map((l) => (
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
      {question && qText ? (
        <section class="bs-k-card" aria-labelledby="k-question">
          <h2 class="bs-k-h2" id="k-question">
            {r('resident.welcome.question')}
          </h2>
          <p class="bs-k-question" {...qText.attrs}>
            {qText.text}
          </p>
          {qHelp ? <p {...qHelp.attrs}>{qHelp.text}</p> : null}
        </section>
      ) : null}
      <h2 class="bs-k-h2">{r('resident.welcome.askedBy')}</h2>
      <p {...asked.attrs}>{asked.text}</p>
      <h2 class="bs-k-h2">{r('resident.welcome.level')}</h2>
      <p {...level.attrs}>{level.text}</p>
      <p class="bs-k-note">{r('resident.welcome.anonymous')}</p>
      <StepNav onNext={next} nextLabel={r('resident.welcome.start')} />
    </>
  );
}
