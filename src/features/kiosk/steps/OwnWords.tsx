import type { KioskAnswers } from '../../../domain/kiosk';
import { type ResidentKey, useResident } from '../resident';
import { Optional, StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

const FIELDS: { key: 'works' | 'missing' | 'idea'; label: ResidentKey }[] = [
  { key: 'works', label: 'resident.words.works' },
  { key: 'missing', label: 'resident.words.missing' },
  { key: 'idea', label: 'resident.words.idea' },
];

/** Own words (optional): what works, what is missing, an idea. */
export function OwnWords({ answers, setAnswers, next, back }: StepProps) {
  const { r } = useResident();
  return (
    <>
      <StepTitle>{r('resident.words.title')}</StepTitle>
      <Optional />
      <p class="bs-k-note" id="k-words-privacy">
        {r('resident.words.privacy')}
      </p>
      {FIELDS.map((f) => (
        <div class="bs-k-field" key={f.key}>
          <label class="bs-k-label" for={`k-words-${f.key}`}>
            {r(f.label)}
          </label>
          <textarea
            id={`k-words-${f.key}`}
            class="bs-k-textarea"
            rows={3}
            maxLength={2000}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="k-words-privacy"
            value={answers[f.key]}
            onInput={(e) => setAnswers({ [f.key]: e.currentTarget.value } as Partial<KioskAnswers>)}
          />
        </div>
      ))}
      <StepNav onBack={back} onNext={next} />
    </>
  );
}
