import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { addLesson } from '../../db/design';
import { LESSON_CATEGORIES, type LessonCategory } from '../../domain/lesson';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import '../../ui/forms.css';
import { WriteStatus } from '../../ui/WriteStatus';

interface LessonValue {
  category: LessonCategory;
  buurtId: string;
  text: string;
  doDifferently: string;
}
const EMPTY: LessonValue = { category: 'bereik', buurtId: '', text: '', doDifferently: '' };

/** Enter a lesson separately (not at a meeting's closing); kept as a draft while typing. */
export function LessonForm({ process }: { process: Process }) {
  const t = useT();
  const draft = useDraft<LessonValue>(`lesson-form:${process.id}`, EMPTY);
  const [error, setError] = useState('');
  const write = useWrite();
  const v = draft.value;
  const set = (patch: Partial<LessonValue>) => draft.update((p) => ({ ...p, ...patch }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!v.text.trim()) {
      setError(t('lessons.errText'));
      document.getElementById('lesson-text')?.focus();
      return;
    }
    setError('');
    const r = await write.run('addLesson', () =>
      addLesson({
        processId: process.id,
        category: v.category,
        ...(v.buurtId ? { buurtId: v.buurtId } : {}),
        text: v.text.trim(),
        doDifferently: v.doDifferently.trim(),
        carryOver: false,
      }),
    );
    // On failure the form keeps what was typed.
    if (r.ok) await draft.reset({ ...EMPTY, category: v.category, buurtId: v.buurtId });
  };

  return (
    <form onSubmit={submit} noValidate class="bs-card" aria-labelledby="lesson-legend">
      <h2 class="utrecht-heading-2" id="lesson-legend">
        {t('lessons.legend')}
      </h2>
      <WriteStatus write={write} />
      <div class="bs-grid2">
        <LessonCategorySelect
          id="lesson-category"
          label={t('close.category')}
          value={v.category}
          onValue={(category) => category && set({ category })}
        />
        <LessonBuurtSelect
          id="lesson-buurt"
          process={process}
          value={v.buurtId}
          empty={t('lessons.buurtNone')}
          onValue={(buurtId) => set({ buurtId })}
        />
      </div>
      <TextField
        id="lesson-text"
        label={t('lessons.text')}
        error={error}
        multiline
        rows={2}
        value={v.text}
        onValue={(value) => set({ text: value })}
      />
      <TextField
        id="lesson-do"
        label={t('close.lessonDo')}
        optional={t('form.optional')}
        multiline
        rows={2}
        value={v.doDifferently}
        onValue={(value) => set({ doDifferently: value })}
      />
      <Button type="submit">{t('lessons.add')}</Button>
    </form>
  );
}

/**
 * A lesson's category: in the form (no empty choice) and in the list's filter (`empty`: all).
 * The choice is read back against the list of categories, so no unknown value gets through.
 */
export function LessonCategorySelect({
  id,
  label,
  value,
  empty,
  onValue,
}: {
  id: string;
  label: string;
  value: LessonCategory | '';
  empty?: string;
  onValue: (category: LessonCategory | undefined) => void;
}) {
  const t = useT();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onValue={(chosen) => onValue(LESSON_CATEGORIES.find((c) => c === chosen))}
    >
      {empty === undefined ? null : <option value="">{empty}</option>}
      {LESSON_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(`lessonCategory.${c}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** The buurt a lesson is about, or none (`empty` says what none means: no buurt, or all). */
export function LessonBuurtSelect({
  id,
  process,
  value,
  empty,
  onValue,
}: {
  id: string;
  process: Process;
  value: string;
  empty: string;
  onValue: (buurtId: string) => void;
}) {
  const t = useT();
  return (
    <SelectField id={id} label={t('lessons.filterBuurt')} value={value} onValue={onValue}>
      <option value="">{empty}</option>
      {process.buurten.map((b) => (
        <option key={b.id} value={b.id}>
          {b.name}
        </option>
      ))}
    </SelectField>
  );
}
