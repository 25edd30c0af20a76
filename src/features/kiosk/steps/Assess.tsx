import { Icon } from '../../../ui/icons';
import { KIcon } from '../kioskIcons';
import { themeText, useResident } from '../resident';
import { Choice } from './Choice';
import { Optional, StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/** For each picked suggestion: "gaat goed" or "moet anders". */
export function Assess({ process, answers, setAnswers, next, back }: StepProps) {
  const resident = useResident();
  const { r } = resident;
  const set = (id: string, v: 'gaat-goed' | 'moet-anders') =>
    setAnswers({ assessments: { ...answers.assessments, [id]: v } });
  return (
    <>
      <StepTitle>{r('resident.assess.title')}</StepTitle>
      <p class="bs-k-lead">{r('resident.assess.help')}</p>
      <Optional />
      {answers.themeIds.map((id) => {
        const theme = process.themes.find((t) => t.id === id);
        const label = themeText(resident, process, id);
        return (
          <fieldset key={id} class="bs-k-fieldset">
            <legend class="bs-k-legend">
              <Icon name={theme?.icon ?? 'star'} size={36} />
              <span {...label.attrs}>{label.text}</span>
            </legend>
            <div class="bs-k-pair">
              <Choice
                id={`k-assess-${id}-goed`}
                name={`assess-${id}`}
                type="radio"
                checked={answers.assessments[id] === 'gaat-goed'}
                onChange={() => set(id, 'gaat-goed')}
                icon={<KIcon name="good" size={32} />}
              >
                {r('resident.assess.good')}
              </Choice>
              <Choice
                id={`k-assess-${id}-anders`}
                name={`assess-${id}`}
                type="radio"
                checked={answers.assessments[id] === 'moet-anders'}
                onChange={() => set(id, 'moet-anders')}
                icon={<KIcon name="change" size={32} />}
              >
                {r('resident.assess.change')}
              </Choice>
            </div>
          </fieldset>
        );
      })}
      <StepNav onBack={back} onNext={next} />
    </>
  );
}
