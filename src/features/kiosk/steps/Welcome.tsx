import type { KioskLang } from '../../../domain/kiosk';
import { CT, useConfigText } from '../configText';
import { residentLangs, useResident } from '../resident';
import { StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/**
 * Welcome: the language buttons (each in its own language and script), what the conversation is
 * about and not about (the framing of the process), every question of the process, who asks, and
 * what happens with the answers, in plain words.
 */
export function Welcome({ process, next, onLang }: StepProps & { onLang: (lang: KioskLang) => void }) {
  const { r, lang } = useResident();
  const c = useConfigText(process);
  const framing = c.framing();
  const participation = c.participation();
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
      <section class="bs-k-card" aria-labelledby="k-question">
        <h2 class="bs-k-h2" id="k-question">
          {r('resident.welcome.question', { n: process.questions.length })}
        </h2>
        <ul class="bs-k-questions">
          {process.questions.map((q) => (
            <li key={q.id}>
              <CT v={c.question(q.id)} class="bs-k-question" />
            </li>
          ))}
        </ul>
        {framing.text ? (
          <>
            <h2 class="bs-k-h2">{r('resident.welcome.about')}</h2>
            <CT v={framing} as="p" />
          </>
        ) : null}
      </section>
      <h2 class="bs-k-h2">{r('resident.welcome.askedBy')}</h2>
      <CT v={c.askedBy()} as="p" />
      <h2 class="bs-k-h2">{r('resident.welcome.level')}</h2>
      {/* The configured text when it is Dutch or translated; else the app's own sentence for the level. */}
      {lang === 'nl' || !participation.attrs.lang ? (
        <CT v={participation} as="p" />
      ) : (
        <p>{r(`resident.level.${process.participationLevel}`)}</p>
      )}
      <p class="bs-k-note">{r('resident.welcome.anonymous')}</p>
      <StepNav onNext={next} nextLabel={r('resident.welcome.start')} />
    </>
  );
}
