import { Icon } from '../../../ui/icons';
import { CT, useConfigText } from '../configText';
import { useResident } from '../resident';
import { Choice } from './Choice';
import { StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/** Pick the suggestions that matter: pictogram + short label (from the configuration), several allowed. */
export function Themes({ process, answers, setAnswers, next, back, last, busy }: StepProps) {
  const { r } = useResident();
  const c = useConfigText(process);
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
        {process.themes.map((th) => (
          <Choice
            key={th.id}
            id={`k-theme-${th.id}`}
            name="themes"
            type="checkbox"
            checked={answers.themeIds.includes(th.id)}
            onChange={() => toggle(th.id)}
            icon={<Icon name={th.icon} size={44} />}
          >
            <CT v={c.theme(th.id)} as="strong" />
            {th.description ? <CT v={c.themeDescription(th.id)} class="bs-k-choice__desc" /> : null}
          </Choice>
        ))}
      </div>
      <StepNav onBack={back} onNext={next} last={last} busy={busy} />
    </>
  );
}
