import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { buurtName, themeLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { addEarlierFindings, deleteEarlierFinding } from '../../db/earlierFindings';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  EARLIER_SOURCE_KINDS,
  type EarlierSourceKind,
} from '../../domain/constants';
import { formatDateNl } from '../../domain/csv';
import { localDay } from '../../domain/day';
import {
  type FindingCsvProblem,
  findingCsvNames,
  findingsTemplateText,
  parseFindingDate,
  parseFindingsCsv,
} from '../../domain/earlierFinding';
import { translator, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Chips } from '../../ui/Chips';
import { Field, SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import '../../ui/forms.css';
import { byCode } from '../../domain/order';
import type { Analysis } from './useAnalysis';

interface FindingDraft {
  date: string;
  source: string;
  sourceKind: EarlierSourceKind;
  buurtId: string;
  kind: ContributionKind;
  themeIds: string[];
  text: string;
}
const EMPTY: FindingDraft = {
  date: '',
  source: '',
  sourceKind: 'stadsdeelbezoek',
  buurtId: '',
  kind: 'knelpunt',
  themeIds: [],
  text: '',
};

function download(name: string, content: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * Earlier findings (issue 16 item 2): what was gathered before the process, entered in a form or
 * imported from the CSV template, with source and date. No meeting is made up for them.
 */
export function EarlierFindings({ a }: { a: Analysis }) {
  const t = useT();
  const { process } = a;
  const draft = useDraft<FindingDraft>(`earlier:${process.id}`, EMPTY);
  const write = useWrite();
  const [errors, setErrors] = useState<Partial<Record<'date' | 'source' | 'text', string>>>({});
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState<FindingCsvProblem | null>(null);
  const v = draft.value;
  const set = (patch: Partial<FindingDraft>) => {
    setSaved('');
    draft.update((prev) => ({ ...prev, ...patch }));
  };
  const list = [...(a.aggregates.findings ?? [])]
    .filter((f) => !f.deleted)
    .sort((x, y) => byCode(y.date, x.date) || byCode(y.createdAt, x.createdAt));

  const submit = async (e: Event) => {
    e.preventDefault();
    const date = parseFindingDate(v.date);
    const next: typeof errors = {};
    if (!date || date > localDay()) next.date = t('earlier.errDate');
    if (!v.source.trim()) next.source = t('earlier.errSource');
    if (!v.text.trim()) next.text = t('earlier.errText');
    setErrors(next);
    const first = (['date', 'source', 'text'] as const).find((k) => next[k]);
    if (first) {
      document.getElementById(`earlier-${first}`)?.focus();
      return;
    }
    const r = await write.run('addEarlierFindings', () =>
      addEarlierFindings([
        {
          processId: process.id,
          date: date!,
          source: v.source.trim(),
          sourceKind: v.sourceKind,
          kind: v.kind,
          themeIds: v.themeIds,
          text: v.text.trim(),
          ...(v.buurtId ? { buurtId: v.buurtId } : {}),
        },
      ]),
    );
    // On failure everything stays in the form (and the draft).
    if (!r.ok) return;
    await draft.reset({ ...EMPTY, source: v.source, sourceKind: v.sourceKind, date: v.date });
    setSaved(t('earlier.saved'));
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblem(null);
    setSaved('');
    const text = await file.text();
    const parsed = parseFindingsCsv(text, {
      processId: process.id,
      today: localDay(),
      buurten: process.buurten,
      themes: process.themes,
      ...findingCsvNames(translator()),
    });
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    const r = await write.run('addEarlierFindings', () => addEarlierFindings(parsed.rows));
    if (r.ok) setSaved(t('earlier.import.done', { n: r.value }));
  };

  return (
    <>
      <section class="bs-card" aria-labelledby="h-earlier-intro">
        <h2 class="utrecht-heading-2" id="h-earlier-intro">
          {t('earlier.title')}
        </h2>
        <p>{t('earlier.intro')}</p>
        {saved ? <Notice kind="ok">{saved}</Notice> : null}
        <WriteStatus write={write} />
      </section>

      <section class="bs-card" aria-labelledby="h-earlier-import">
        <h2 class="utrecht-heading-2" id="h-earlier-import">
          {t('earlier.import.title')}
        </h2>
        <p>{t('earlier.import.help')}</p>
        <div class="bs-actions">
          <Button onClick={() => download(t('earlier.csv.templateName'), findingsTemplateText(translator()))}>
            {t('earlier.import.template')}
          </Button>
        </div>
        <Field id="earlier-file" label={t('earlier.import.file')}>
          <input id="earlier-file" type="file" accept=".csv,text/csv" onChange={onFile} />
        </Field>
        {problem ? (
          <Notice kind="error">
            {t(`earlier.csv.err.${problem.reason}`, { row: problem.row, value: problem.value ?? '' })}{' '}
            {t('earlier.csv.nothing')}
          </Notice>
        ) : null}
      </section>

      <form class="bs-card" onSubmit={submit} noValidate aria-labelledby="h-earlier-form">
        <h2 class="utrecht-heading-2" id="h-earlier-form">
          {t('earlier.form.title')}
        </h2>
        <TextField
          id="earlier-date"
          label={t('earlier.date')}
          description={t('earlier.dateHelp')}
          error={errors.date}
          extraClass="bs-input--short"
          inputMode="numeric"
          placeholder="dd-mm-jjjj"
          value={v.date}
          onValue={(value) => set({ date: value })}
        />
        <TextField
          id="earlier-source"
          label={t('earlier.source')}
          description={t('earlier.sourceHelp')}
          error={errors.source}
          maxLength={200}
          value={v.source}
          onValue={(value) => set({ source: value })}
        />
        <SelectField
          id="earlier-sourcekind"
          label={t('earlier.sourceKind')}
          value={v.sourceKind}
          onValue={(value) => set({ sourceKind: value as EarlierSourceKind })}
        >
          {EARLIER_SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`earlier.sourceKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="earlier-buurt"
          label={t('earlier.buurt')}
          value={v.buurtId}
          onValue={(value) => set({ buurtId: value })}
        >
          <option value="">{t('earlier.buurtAll')}</option>
          {process.buurten.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <Chips
          legend={t('earlier.kind')}
          name="earlier-kind"
          single
          options={CONTRIBUTION_KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))}
          selected={[v.kind]}
          onChange={(next) => set({ kind: (next[0] as ContributionKind | undefined) ?? v.kind })}
        />
        <Chips
          legend={t('earlier.themes')}
          name="earlier-themes"
          options={process.themes.map((th) => ({ id: th.id, label: th.label }))}
          selected={v.themeIds}
          onChange={(next) => set({ themeIds: next })}
        />
        <TextField
          id="earlier-text"
          label={t('earlier.text')}
          error={errors.text}
          multiline
          rows={3}
          maxLength={5000}
          value={v.text}
          onValue={(value) => set({ text: value })}
        />
        <div class="bs-actions">
          <Button type="submit" variant="primary">
            {t('earlier.save')}
          </Button>
        </div>
      </form>

      <section class="bs-card" aria-labelledby="h-earlier-list">
        <h2 class="utrecht-heading-2" id="h-earlier-list">
          {t('earlier.list.title', { n: list.length })}
        </h2>
        {list.length ? (
          <ul class="bs-cardlist" data-testid="earlier-list">
            {list.map((f) => (
              <li key={f.id} class="bs-contrib">
                <p>{f.text}</p>
                <p class="bs-contrib__meta">
                  <span class="bs-badge">{t('earlier.mark')}</span> {f.source} · {formatDateNl(f.date)} ·{' '}
                  {f.buurtId ? buurtName(process, f.buurtId) : t('earlier.buurtAll')} · {t(`kind.${f.kind}`)}
                  {f.themeIds.length
                    ? ` · ${f.themeIds.map((id) => themeLabel(process, id)).join(', ')}`
                    : ''}
                </p>
                <Button
                  variant="subtle"
                  aria-label={t('earlier.deleteLabel', { date: formatDateNl(f.date) })}
                  onClick={() => write.run('deleteEarlierFinding', () => deleteEarlierFinding(f.id))}
                >
                  {t('earlier.delete')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="bs-muted">{t('earlier.list.empty')}</p>
        )}
      </section>
    </>
  );
}
