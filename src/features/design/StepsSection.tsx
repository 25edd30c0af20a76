import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useWrite, type WriteOptions } from '../../app/useWrite';
import { updateDesign } from '../../db/design';
import type { ProcessDesign } from '../../domain/design';
import { PARTICIPATION_LEVELS, type ParticipationLevel, type Process } from '../../domain/process';
import { uniqueSlug } from '../../domain/slug';
import { type MessageKey, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field, TextField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { DeleteButton, Section } from './common';
import '../../ui/forms.css';

interface StepForm {
  label: string;
  level: ParticipationLevel;
  description: string;
}

function LevelSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ParticipationLevel;
  onChange: (l: ParticipationLevel) => void;
}) {
  const t = useT();
  return (
    <select
      id={id}
      class="utrecht-select utrecht-select--html-select"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as ParticipationLevel)}
    >
      {PARTICIPATION_LEVELS.map((l) => (
        <option key={l} value={l}>
          {t(`level.${l}`)}
        </option>
      ))}
    </select>
  );
}

/** The steps of the process, each with the participation level residents have in it. */
export function StepsSection({ process, design }: { process: Process; design: ProcessDesign }) {
  const t = useT();
  const draft = useDraft<StepForm>(`design-step:${process.id}`, {
    label: '',
    level: process.participationLevel,
    description: '',
  });
  const [error, setError] = useState('');
  const v = draft.value;
  const write = useWrite();
  const save = (change: (d: ProcessDesign) => ProcessDesign, options?: WriteOptions<unknown>) =>
    write.run('updateDesign', () => updateDesign(process.id, change), options);

  const add = async (e: Event) => {
    e.preventDefault();
    if (!v.label.trim()) {
      setError(t('design.step.err'));
      return;
    }
    setError('');
    const r = await save((d) => ({
      ...d,
      steps: [
        ...d.steps,
        {
          id: uniqueSlug(
            v.label,
            d.steps.map((s) => s.id),
            'stap',
          ),
          label: v.label.trim(),
          level: v.level,
          description: v.description.trim(),
        },
      ],
    }));
    // On failure the form keeps what was typed.
    if (r.ok) await draft.reset();
  };

  const fromNote = () =>
    save((d) => ({
      ...d,
      steps: (
        [
          ['design.step.default1', 'coproduceren'],
          ['design.step.default2', process.participationLevel],
          ['design.step.default3', process.participationLevel],
          ['design.step.default4', 'informeren'],
        ] as [MessageKey, ParticipationLevel][]
      ).map(([key, level], i) => ({ id: `stap-${i + 1}`, label: t(key), level, description: '' })),
    }));

  return (
    <Section id="design-steps" title={t('design.steps')} intro={t('design.stepsIntro')}>
      <WriteStatus write={write} />
      {design.steps.length ? (
        <ol class="bs-steps">
          {design.steps.map((s, i) => (
            <li key={s.id} class="bs-steps__item">
              <div class="bs-steprow">
                <strong>{s.label}</strong>
                <label class="visually-hidden" for={`step-level-${s.id}`}>
                  {t('design.step.level')}: {s.label}
                </label>
                <LevelSelect
                  id={`step-level-${s.id}`}
                  value={s.level}
                  onChange={(level) =>
                    void save((d) => ({
                      ...d,
                      steps: d.steps.map((x, j) => (j === i ? { ...x, level } : x)),
                    }))
                  }
                />
                <DeleteButton
                  label={s.label}
                  onClick={() =>
                    void save((d) => ({ ...d, steps: d.steps.filter((x) => x.id !== s.id) }), {
                      undo: () =>
                        updateDesign(process.id, (d) => ({
                          ...d,
                          steps: [...d.steps.slice(0, i), s, ...d.steps.slice(i)],
                        })),
                      undoText: t('design.removed', { label: s.label }),
                    })
                  }
                />
              </div>
              {s.description ? <p class="bs-muted">{s.description}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <>
          <p>{t('design.stepsNone')}</p>
          <div class="bs-actions">
            <Button onClick={() => void fromNote()}>{t('design.stepsFromNote')}</Button>
          </div>
        </>
      )}
      <form onSubmit={add} noValidate class="bs-subform">
        <div class="bs-grid2">
          <TextField
            id="step-label"
            label={t('design.step.label')}
            error={error}
            value={v.label}
            onValue={(value) => draft.update((p) => ({ ...p, label: value }))}
          />
          <Field id="step-level" label={t('design.step.level')}>
            <LevelSelect
              id="step-level"
              value={v.level}
              onChange={(level) => draft.update((p) => ({ ...p, level }))}
            />
          </Field>
        </div>
        <TextField
          id="step-description"
          label={t('design.step.description')}
          optional={t('form.optional')}
          value={v.description}
          onValue={(value) => draft.update((p) => ({ ...p, description: value }))}
        />
        <Button type="submit">{t('design.step.add')}</Button>
      </form>
    </Section>
  );
}
