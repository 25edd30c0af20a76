import { AGE_BANDS } from '../../../domain/constants';
import { type KioskAnswers, NO_ANSWER, NONE_OF_THESE, OTHER_BUURT } from '../../../domain/kiosk';
import { buurtText, groupText, useResident } from '../resident';
import { Choice } from './Choice';
import { Optional, StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

/** Why we ask, and that it may be skipped: on every about-you screen. */
function Why() {
  const { r } = useResident();
  return (
    <>
      <p class="bs-k-lead">{r('resident.about.why')}</p>
      <Optional />
    </>
  );
}

/** "Zeg ik liever niet": an answer of its own on every about-you question. */
function NoAnswer({
  name,
  checked,
  onChange,
  type = 'radio',
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  type?: 'radio' | 'checkbox';
}) {
  const { r } = useResident();
  return (
    <Choice id={`${name}-${NO_ANSWER}`} name={name} type={type} checked={checked} onChange={onChange} muted>
      {r('resident.about.noAnswer')}
    </Choice>
  );
}

export function Buurt({ process, answers, setAnswers, next, back }: StepProps) {
  const resident = useResident();
  const { r } = resident;
  const pick = (buurt: string) => setAnswers({ buurt: answers.buurt === buurt ? undefined : buurt });
  return (
    <>
      <StepTitle id="k-buurt">{r('resident.buurt.title')}</StepTitle>
      <Why />
      <div class="bs-k-list" role="radiogroup" aria-labelledby="k-buurt">
        {process.buurten.map((b) => {
          const name = buurtText(resident, process, b.id);
          return (
            <Choice
              key={b.id}
              id={`k-buurt-${b.id}`}
              name="k-buurt"
              type="radio"
              checked={answers.buurt === b.id}
              onChange={() => pick(b.id)}
              {...name.attrs}
            >
              {name.text}
            </Choice>
          );
        })}
        <Choice
          id={`k-buurt-${OTHER_BUURT}`}
          name="k-buurt"
          type="radio"
          checked={answers.buurt === OTHER_BUURT}
          onChange={() => pick(OTHER_BUURT)}
        >
          {r('resident.buurt.other')}
        </Choice>
        <NoAnswer name="k-buurt" checked={answers.buurt === NO_ANSWER} onChange={() => pick(NO_ANSWER)} />
      </div>
      <StepNav onBack={back} onNext={next} />
    </>
  );
}

export function Age({ answers, setAnswers, next, back }: StepProps) {
  const { r } = useResident();
  const pick = (band: NonNullable<KioskAnswers['ageBand']>) =>
    setAnswers({ ageBand: answers.ageBand === band ? undefined : band });
  return (
    <>
      <StepTitle id="k-age">{r('resident.age.title')}</StepTitle>
      <Why />
      <div class="bs-k-list" role="radiogroup" aria-labelledby="k-age">
        {AGE_BANDS.map((band) => (
          <Choice
            key={band}
            id={`k-age-${band.replace('+', 'plus')}`}
            name="k-age"
            type="radio"
            checked={answers.ageBand === band}
            onChange={() => pick(band)}
          >
            {r(`resident.age.${band}`)}
          </Choice>
        ))}
        <NoAnswer name="k-age" checked={answers.ageBand === NO_ANSWER} onChange={() => pick(NO_ANSWER)} />
      </div>
      <StepNav onBack={back} onNext={next} />
    </>
  );
}

/** The target groups of the configuration, as self-identification (several allowed). */
export function Groups({ process, answers, setAnswers, next, back }: StepProps) {
  const resident = useResident();
  const { r } = resident;
  const g = answers.groups;
  const picked = Array.isArray(g) ? g : [];
  const toggle = (id: string) => {
    const list = picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id];
    setAnswers({ groups: list.length ? list : undefined });
  };
  const only = (v: typeof NONE_OF_THESE | typeof NO_ANSWER) =>
    setAnswers({ groups: g === v ? undefined : v });
  return (
    <>
      <StepTitle id="k-groups">{r('resident.groups.title')}</StepTitle>
      <Why />
      <p>{r('resident.groups.help')}</p>
      <div class="bs-k-list" role="group" aria-labelledby="k-groups">
        {process.targetGroups.map((tg) => {
          const label = groupText(resident, process, tg.id) ?? { text: tg.id, attrs: resident.nlAttrs };
          return (
            <Choice
              key={tg.id}
              id={`k-group-${tg.id}`}
              name="k-groups"
              type="checkbox"
              checked={picked.includes(tg.id)}
              onChange={() => toggle(tg.id)}
              {...label.attrs}
            >
              {label.text}
            </Choice>
          );
        })}
        <Choice
          id={`k-group-${NONE_OF_THESE}`}
          name="k-groups"
          type="checkbox"
          checked={g === NONE_OF_THESE}
          onChange={() => only(NONE_OF_THESE)}
          muted
        >
          {r('resident.groups.none')}
        </Choice>
        <NoAnswer
          name="k-groups"
          type="checkbox"
          checked={g === NO_ANSWER}
          onChange={() => only(NO_ANSWER)}
        />
      </div>
      <StepNav onBack={back} onNext={next} />
    </>
  );
}
