import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { useEditor } from './context';
import { newQuestion, removeAt, replaceAt, setQuestionText } from './edits';
import { GroupError, ItemCard, TextInput } from './inputs';

/** The framed question(s) for residents. */
export function QuestionsSection() {
  const t = useT();
  const { d, edit, remove } = useEditor();
  return (
    <section class="bs-card" aria-labelledby="h-cfg-questions">
      <h3 class="utrecht-heading-3" id="h-cfg-questions">
        {t('settings.questions')}
      </h3>
      <GroupError path={['questions']} />
      {d.questions.map((q, i) => {
        const title = `${t('settings.question', { n: i + 1 })}: ${q.text || t('settings.untitled')}`;
        return (
          <ItemCard
            path={['questions', i]}
            key={`q-${i}`}
            title={title}
            open={i === 0 || q.isNew}
            removeLabel={t('settings.remove', { label: t('settings.question', { n: i + 1 }) })}
            onRemove={
              d.questions.length > 1
                ? () => remove((x) => ({ ...x, questions: removeAt(x.questions, i) }), q.text)
                : undefined
            }
          >
            <TextInput
              path={['questions', i, 'text']}
              label={t('settings.questionText')}
              value={q.text}
              multiline
              onInput={(text) => edit((x) => setQuestionText(x, i, text))}
            />
            <TextInput
              path={['questions', i, 'help']}
              label={t('settings.questionHelp')}
              optional
              value={q.help}
              onInput={(help) =>
                edit((x) => ({ ...x, questions: replaceAt(x.questions, i, { ...x.questions[i]!, help }) }))
              }
            />
            <p class="bs-muted">{t(q.isNew ? 'settings.idAuto' : 'settings.idFixed', { id: q.id })}</p>
          </ItemCard>
        );
      })}
      <div class="bs-actions">
        <Button onClick={() => edit((x) => ({ ...x, questions: [...x.questions, newQuestion(x)] }))}>
          {t('settings.addQuestion')}
        </Button>
      </div>
    </section>
  );
}
