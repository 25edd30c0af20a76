import { useRef, useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { getDesign, loadEvaluationInput, updateDesign } from '../../db/design';
import { useLive } from '../../db/live';
import { evaluationFigures } from '../../domain/evaluation';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import { DocActions, downloadHtml } from './common';
import { DesignNav } from './DesignScreen';
import { EvaluationReport } from './EvaluationReport';
import './design.css';
import '../../ui/forms.css';

interface Texts {
  intro: string;
  conclusion: string;
}

/** The interim evaluation: editable introduction and conclusion, the report from the data, print and download. */
export default function EvaluationScreen() {
  const t = useT();
  const process = useProcess();
  const data = useLive(async () => {
    if (!process) return null;
    const [input, design] = await Promise.all([loadEvaluationInput(process), getDesign(process.id)]);
    return { figures: evaluationFigures(input), texts: design.evaluation };
  }, [process?.id, process?.updatedAt]);
  const draft = useDraft<Texts | null>(`evaluation:${process?.id ?? 'none'}`, null);
  const [status, setStatus] = useState<'' | 'saved'>('');
  const write = useWrite();
  const doc = useRef<HTMLElement>(null);
  if (!process || !data || !draft.ready) return <p class="bs-muted">{t('app.loading')}</p>;
  const texts = draft.value ?? data.texts;
  const set = (patch: Partial<Texts>) => {
    setStatus('');
    draft.update((prev) => ({ ...(prev ?? data.texts), ...patch }));
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const r = await write.run('updateDesign', () =>
      updateDesign(process.id, (d) => ({ ...d, evaluation: texts })),
    );
    // On failure the texts stay in the form (and the draft).
    if (!r.ok) return;
    await draft.reset(null);
    setStatus('saved');
  };
  const title = t('eval.docTitle', { name: process.name });

  return (
    <>
      <div class="bs-noprint">
        <h1 class="utrecht-heading-1">{t('eval.title')}</h1>
        <DesignNav />
        <p>{t('eval.intro')}</p>
        <form onSubmit={save} noValidate class="bs-card" aria-label={t('eval.title')}>
          <TextField
            id="eval-intro"
            label={t('eval.editIntro')}
            multiline
            rows={4}
            value={texts.intro}
            onValue={(value) => set({ intro: value })}
          />
          <TextField
            id="eval-conclusion"
            label={t('eval.editConclusion')}
            multiline
            rows={4}
            value={texts.conclusion}
            onValue={(value) => set({ conclusion: value })}
          />
          {draft.value ? <p class="bs-muted">{t('eval.draftKept')}</p> : null}
          <div class="bs-actions">
            <Button type="submit" variant="primary">
              {t('eval.saveTexts')}
            </Button>
            {status === 'saved' ? <span role="status">{t('eval.textsSaved')}</span> : null}
          </div>
          <WriteStatus write={write} />
        </form>
        <DocActions
          onDownload={() =>
            doc.current &&
            downloadHtml(
              doc.current,
              title,
              `tussenevaluatie-${process.area}.html`.replace(/\s+/g, '-').toLowerCase(),
            )
          }
        />
      </div>
      <article class="bs-doc bs-card" ref={doc} aria-labelledby="eval-doc-title">
        <EvaluationReport
          process={process}
          f={data.figures}
          intro={texts.intro}
          conclusion={texts.conclusion}
        />
      </article>
    </>
  );
}
