import { CT, useConfigText } from '../configText';
import { useResident } from '../resident';
import { Optional, StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/**
 * Say it in your own words (optional): a field for every question of the process, and one for an
 * idea. "Klaar" saves the answers (the end of the shortest path).
 */
export function OwnWords({
  process,
  answers,
  setAnswers,
  next,
  back,
  goTo,
  busy,
  empty,
}: StepProps & { empty: boolean }) {
  const { r } = useResident();
  const c = useConfigText(process);
  const setWords = (id: string, text: string) => setAnswers({ words: { ...answers.words, [id]: text } });
  return (
    <>
      <StepTitle>{r('resident.words.title')}</StepTitle>
      <Optional />
      <p class="bs-k-note" id="k-words-privacy">
        {r('resident.words.privacy')}
      </p>
      {process.questions.map((q) => {
        const help = c.questionHelp(q.id);
        return (
          <div class="bs-k-field" key={q.id}>
            <label class="bs-k-label" for={`k-words-${q.id}`}>
              <CT v={c.question(q.id)} />
            </label>
            {help.text ? <CT v={help} as="p" class="bs-k-hint" /> : null}
            <textarea
              id={`k-words-${q.id}`}
              class="bs-k-textarea"
              rows={3}
              maxLength={2000}
              autocomplete="off"
              spellcheck={false}
              aria-describedby="k-words-privacy"
              value={answers.words[q.id] ?? ''}
              onInput={(e) => setWords(q.id, e.currentTarget.value)}
            />
          </div>
        );
      })}
      <div class="bs-k-field">
        <label class="bs-k-label" for="k-words-idea">
          {r('resident.words.idea')}
        </label>
        <textarea
          id="k-words-idea"
          class="bs-k-textarea"
          rows={3}
          maxLength={2000}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="k-words-privacy"
          value={answers.idea}
          onInput={(e) => setAnswers({ idea: e.currentTarget.value })}
        />
      </div>
      {empty ? (
        <div class="bs-k-card" role="status">
          <p>{r('resident.words.empty')}</p>
          <button type="button" class="bs-k-btn" onClick={() => goTo('themes')}>
            {r('resident.words.toThemes')}
          </button>
        </div>
      ) : null}
      <StepNav onBack={back} onNext={empty ? undefined : next} last busy={busy} />
    </>
  );
}
