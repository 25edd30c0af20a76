import { Icon } from '../../../ui/icons';
import { themeText, useResident } from '../resident';
import { Choice } from './Choice';
import { StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/** Pick the suggestions that matter: pictogram + short label (from the configuration), several allowed. */
export function Themes({ process, answers, setAnswers, next, back }: StepProps) {
  const resident = useResident();
  const { r } = resident;
  const toggle = (id: string) => {
    if (answers.themeIds.includes(id)) {
      const { [id]: _dropped, ...assessments } = answers.assessments;
      setAnswers({ themeIds: answers.themeIds.filter((x) => x !== id), assessments });
    } else {
      setAnswers({ themeIds: [...answers.themeIds, id] });
    }
  };
  return (
    <>
      <StepTitle id="k-themes">{r('resident.themes.title')}</StepTitle>
      <p class="bs-k-lead">{r('resident.themes.help')}</p>
      <div class="bs-k-grid" role="group" aria-labelledby="k-themes">
        {process.themes.map((th) => {
          const label = themeText(resident, process, th.id);
          const desc = th.description ? themeText(resident, process, th.id, 'description') : null;
          return (
            <Choice
              key={th.id}
              id={`k-theme-${th.id}`}
              name="themes"
              type="checkbox"
              checked={answers.themeIds.includes(th.id)}
              onChange={() => toggle(th.id)}
              icon={<Icon name={th.icon} size={44} />}
            >
              <strong {...label.attrs}>{label.text}</strong>
              {desc ? (
                <span class="bs-k-choice__desc" {...desc.attrs}>
                  {desc.text}
                </span>
              ) : null}
            </Choice>
          );
        })}
      </div>
      <StepNav onBack={back} onNext={next} />
    </>
  );
}
