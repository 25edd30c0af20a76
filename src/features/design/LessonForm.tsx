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
        <SelectField
          id="lesson-category"
          label={t('close.category')}
          value={v.category}
          onValue={(value) => set({ category: value as LessonCategory })}
        >
          {LESSON_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`lessonCategory.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="lesson-buurt"
          label={t('lessons.filterBuurt')}
          value={v.buurtId}
          onValue={(value) => set({ buurtId: value })}
        >
          <option value="">{t('lessons.buurtNone')}</option>
          {process.buurten.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
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
