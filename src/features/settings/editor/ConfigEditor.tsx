import { useRef, useState } from 'preact/hooks';
import { useDraft } from '../../../app/useDraft';
import { useWrite } from '../../../app/useWrite';
import { saveProcessConfig } from '../../../db/processes';
import type { Process } from '../../../domain/process';
import type { Problem } from '../../../domain/validation';
import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Notice, ProblemList } from '../../../ui/Notice';
import { WriteStatus } from '../../../ui/WriteStatus';
import { ConfigFileSection, configOf } from '../ConfigFileSection';
import { checkConfig } from '../fieldLabels';
import { AnalysisSection } from './AnalysisSection';
import { BuurtenSection } from './BuurtenSection';
import { ConnectedSection } from './ConnectedSection';
import { type EditorApi, EditorContext } from './context';
import { fieldId } from './edits';
import { GeneralSection } from './GeneralSection';
import { GroupsSection } from './GroupsSection';
import { type DraftConfig, fromDraft, toDraft } from './model';
import { QuestionsSection } from './QuestionsSection';
import { ThemesSection } from './ThemesSection';

/** What the editor keeps as a draft: the edited configuration and the version it started from. */
interface Stored {
  base: string;
  config: DraftConfig;
}

/**
 * The structured editor of the whole process configuration. Works on a draft (kept across reloads),
 * validates with zod on save, names every problem in Dutch, and saves nothing while anything is wrong.
 */
export function ConfigEditor({ process }: { process: Process }) {
  const t = useT();
  const draft = useDraft<Stored | null>(`config-editor:${process.id}`, null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'' | 'saved' | 'discarded'>('');
  const write = useWrite();
  const [undo, setUndo] = useState<{ before: Stored | null; label: string } | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  if (!draft.ready) return <p class="bs-muted">{t('app.loading')}</p>;
  const fresh = () => toDraft(configOf(process));
  const d = draft.value?.config ?? fresh();

  const edit: EditorApi['edit'] = (fn) => {
    setStatus('');
    draft.update((prev) => ({ base: prev?.base ?? process.updatedAt, config: fn(prev?.config ?? fresh()) }));
  };
  const remove: EditorApi['remove'] = (fn, label) => {
    setUndo({ before: draft.value, label: label || t('settings.untitled') });
    edit(fn);
  };

  const save = async (ev: Event) => {
    ev.preventDefault();
    setStatus('');
    const input = fromDraft(d);
    const checked = checkConfig(input);
    if (!checked.ok) {
      const byField: Record<string, string> = {};
      for (const i of checked.issues) byField[fieldId(i.path)] ??= i.message;
      setErrors(byField);
      setProblems(checked.problems);
      setTimeout(() => problemsRef.current?.focus(), 0);
      return;
    }
    // On failure the draft stays: nothing typed is lost.
    // Translations are the stored ones (an import while this draft was open is kept).
    const value = { ...checked.value, translations: process.translations };
    if (!(await write.run('saveProcessConfig', () => saveProcessConfig(value, process.id))).ok) return;
    setProblems([]);
    setErrors({});
    setUndo(null);
    await draft.reset(null);
    setStatus('saved');
  };

  const discard = async () => {
    setUndo({ before: draft.value, label: t('settings.discard') });
    setProblems([]);
    setErrors({});
    await draft.reset(null);
    setStatus('discarded');
  };

  const api: EditorApi = { d, edit, remove, errors };
  const stale = draft.value && draft.value.base !== process.updatedAt;

  return (
    <EditorContext.Provider value={api}>
      <ConfigFileSection
        process={process}
        onLoaded={async () => {
          await draft.reset(null);
          setProblems([]);
          setErrors({});
        }}
      />
      <form onSubmit={save} noValidate aria-labelledby="h-cfg-editor" class="bs-cfg">
        <h2 class="utrecht-heading-2" id="h-cfg-editor">
          {t('settings.editorTitle')}
        </h2>
        <p>{t('settings.editorIntro')}</p>
        {stale ? <Notice kind="warning">{t('settings.stale')}</Notice> : null}
        <div ref={problemsRef} tabIndex={-1} class="bs-cfg__problems">
          {problems.length ? <ProblemList title={t('settings.configInvalid')} problems={problems} /> : null}
        </div>
        <GeneralSection />
        <QuestionsSection />
        <ThemesSection />
        <BuurtenSection />
        <GroupsSection />
        <ConnectedSection />
        <AnalysisSection />
        <div class="bs-savebar">
          <WriteStatus write={write} />
          {undo ? (
            <div class="bs-row" role="status">
              <span>
                {undo.label === t('settings.discard')
                  ? t('settings.discarded')
                  : t('settings.removed', { label: undo.label })}
              </span>
              <Button
                variant="subtle"
                onClick={() => {
                  if (undo.before) draft.update(undo.before);
                  else void draft.reset(null);
                  setUndo(null);
                }}
              >
                {t('action.undo')}
              </Button>
            </div>
          ) : null}
          <div class="bs-row">
            <Button type="submit" variant="primary" big>
              {t('settings.saveConfig')}
            </Button>
            {draft.value ? (
              <>
                <span>{t('settings.unsaved')}</span>
                <Button variant="subtle" onClick={() => void discard()}>
                  {t('settings.discard')}
                </Button>
              </>
            ) : null}
            {status === 'saved' ? <span role="status">{t('settings.configSaved')}</span> : null}
          </div>
        </div>
      </form>
    </EditorContext.Provider>
  );
}
