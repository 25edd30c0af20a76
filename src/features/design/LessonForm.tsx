import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { addLesson } from '../../db/design';
import { LESSON_CATEGORIES, type LessonCategory } from '../../domain/lesson';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { describedBy, Field } from '../../ui/Field';
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
        <Field id="lesson-category" label={t('close.category')}>
          <select
            id="lesson-category"
            class="utrecht-select utrecht-select--html-select"
            value={v.category}
            onChange={(e) => set({ category: e.currentTarget.value as LessonCategory })}
          >
            {LESSON_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`lessonCategory.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="lesson-buurt" label={t('lessons.filterBuurt')}>
          <select
            id="lesson-buurt"
            class="utrecht-select utrecht-select--html-select"
            value={v.buurtId}
            onChange={(e) => set({ buurtId: e.currentTarget.value })}
          >
            <option value="">{t('lessons.buurtNone')}</option>
            {process.buurten.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="lesson-text" label={t('lessons.text')} error={error}>
        <textarea
          id="lesson-text"
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={v.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('lesson-text', false, error)}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </Field>
      <Field id="lesson-do" label={t('close.lessonDo')} optional={t('form.optional')}>
        <textarea
          id="lesson-do"
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={v.doDifferently}
          onInput={(e) => set({ doDifferently: e.currentTarget.value })}
        />
      </Field>
      <Button type="submit">{t('lessons.add')}</Button>
    </form>
  );
}
