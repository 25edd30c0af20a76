import type { ScreenProps } from '../../app/lazy';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { closeMeeting } from '../../db/meetings';
import { LESSON_CATEGORIES, type LessonCategory } from '../../domain/constants';
import { EXPERIENCE_RATINGS, type ExperienceRating } from '../../domain/experience';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Chips } from '../../ui/Chips';
import { SelectField, TextField } from '../../ui/Field';
import '../../ui/forms.css';
import { WriteStatus } from '../../ui/WriteStatus';

interface LessonDraft {
  category: LessonCategory;
  text: string;
  doDifferently: string;
}
interface CloseValue {
  notes: string;
  lessons: LessonDraft[];
  /** The short experience question (issue 16): optional; nothing is stored without a rating. */
  expWho?: 'sleutelfiguur' | 'begeleider';
  expRating?: ExperienceRating | '';
  expComment?: string;
}

const emptyLesson = (): LessonDraft => ({ category: 'bereik', text: '', doDifferently: '' });

/** Close a meeting: notes and lessons (leerpunten), kept as a draft until saved. */
export default function CloseMeeting({ params }: ScreenProps) {
  const t = useT();
  const id = params.id!;
  const draft = useDraft<CloseValue>(`close:${id}`, { notes: '', lessons: [emptyLesson()] });
  const write = useWrite();
  const v = draft.value;
  const setLesson = (i: number, patch: Partial<LessonDraft>) =>
    draft.update((prev) => ({
      ...prev,
      lessons: prev.lessons.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    }));

  const submit = async (ev: Event) => {
    ev.preventDefault();
    // On failure the notes and lessons stay in the form (and the draft).
    const experience = v.expRating
      ? { who: v.expWho ?? 'begeleider', rating: v.expRating, comment: v.expComment ?? '' }
      : undefined;
    if (!(await write.run('closeMeeting', () => closeMeeting(id, v.notes.trim(), v.lessons, experience))).ok)
      return;
    await draft.reset();
    navigate(`/meetings/${id}`, true);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1 class="utrecht-heading-1">{t('close.title')}</h1>
      <p>{t('close.intro')}</p>
      <WriteStatus write={write} />
      <TextField
        id="close-notes"
        label={t('close.notes')}
        optional={t('form.optional')}
        multiline
        rows={4}
        value={v.notes}
        onValue={(value) => draft.update((p) => ({ ...p, notes: value }))}
      />
      {v.lessons.map((l, i) => (
        <fieldset class="utrecht-form-fieldset bs-card" key={`lesson-${i}`}>
          <legend class="utrecht-form-fieldset__legend">{t('close.lesson', { n: i + 1 })}</legend>
          <SelectField
            id={`lesson-cat-${i}`}
            label={t('close.category')}
            value={l.category}
            onValue={(value) => setLesson(i, { category: value as LessonCategory })}
          >
            {LESSON_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`lessonCategory.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`lesson-text-${i}`}
            label={t('close.lessonText')}
            optional={t('form.optional')}
            multiline
            rows={2}
            value={l.text}
            onValue={(value) => setLesson(i, { text: value })}
          />
          <TextField
            id={`lesson-do-${i}`}
            label={t('close.lessonDo')}
            optional={t('form.optional')}
            multiline
            rows={2}
            value={l.doDifferently}
            onValue={(value) => setLesson(i, { doDifferently: value })}
          />
        </fieldset>
      ))}
      <div class="bs-actions">
        <Button onClick={() => draft.update((p) => ({ ...p, lessons: [...p.lessons, emptyLesson()] }))}>
          {t('close.addLesson')}
        </Button>
      </div>
      <fieldset class="utrecht-form-fieldset bs-card" aria-describedby="close-exp-intro">
        <legend class="utrecht-form-fieldset__legend">{t('close.exp.title')}</legend>
        <p id="close-exp-intro" class="bs-muted">
          {t('close.exp.intro')}
        </p>
        <Chips
          legend={t('close.exp.who')}
          name="close-exp-who"
          single
          options={(['begeleider', 'sleutelfiguur'] as const).map((w) => ({
            id: w,
            label: t(`close.exp.who.${w}`),
          }))}
          selected={[v.expWho ?? 'begeleider']}
          onChange={(next) =>
            draft.update((p) => ({
              ...p,
              expWho: (next[0] as CloseValue['expWho']) ?? p.expWho ?? 'begeleider',
            }))
          }
        />
        <Chips
          legend={t('close.exp.rating')}
          name="close-exp-rating"
          single
          options={EXPERIENCE_RATINGS.map((r) => ({ id: r, label: t(`close.exp.rating.${r}`) }))}
          selected={v.expRating ? [v.expRating] : []}
          onChange={(next) =>
            draft.update((p) => ({ ...p, expRating: (next[0] as ExperienceRating | undefined) ?? '' }))
          }
        />
        {v.expRating ? (
          <TextField
            id="close-exp-comment"
            label={t('close.exp.comment')}
            optional={t('form.optional')}
            multiline
            rows={2}
            maxLength={1000}
            value={v.expComment ?? ''}
            onValue={(value) => draft.update((p) => ({ ...p, expComment: value }))}
          />
        ) : null}
      </fieldset>
      <div class="bs-actions">
        <Button type="submit" variant="primary" big>
          {t('close.confirm')}
        </Button>
        <Button variant="subtle" onClick={() => history.back()}>
          {t('action.cancel')}
        </Button>
      </div>
    </form>
  );
}
