import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { copyProcessToArea, getDesign } from '../../db/design';
import { setActiveProcess } from '../../db/processes';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { processTitle } from './common';
import '../../ui/forms.css';

interface AreaValue {
  sourceId: string;
  name: string;
  area: string;
  buurten: string;
}
type Errors = Partial<Record<'name' | 'area' | 'buurten', string>>;

/** Start a process for another stadsdeel from a copy of an existing design and configuration. */
export function NewAreaForm({ processes, active }: { processes: Process[]; active: Process }) {
  const t = useT();
  const draft = useDraft<AreaValue>('new-area', { sourceId: '', name: '', area: '', buurten: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<{ p: Process; lessons: number } | null>(null);
  const write = useWrite();
  const v = draft.value;
  const set = (patch: Partial<AreaValue>) => draft.update((p) => ({ ...p, ...patch }));
  const sourceId = v.sourceId || active.id;

  const submit = async (e: Event) => {
    e.preventDefault();
    const buurten = v.buurten
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const errs: Errors = {};
    if (!v.name.trim()) errs.name = t('areas.errName');
    if (!v.area.trim()) errs.area = t('areas.errArea');
    if (!buurten.length) errs.buurten = t('areas.errBuurten');
    setErrors(errs);
    if (Object.keys(errs).length) {
      document.getElementById(`area-${Object.keys(errs)[0]}`)?.focus();
      return;
    }
    const r = await write.run('copyProcessToArea', async () => {
      const p = await copyProcessToArea(sourceId, { name: v.name.trim(), area: v.area.trim(), buurten });
      return { p, lessons: (await getDesign(p.id)).copiedFrom?.lessonIds.length ?? 0 };
    });
    // On failure the form keeps what was typed.
    if (!r.ok) return;
    setCreated(r.value);
    await draft.reset();
  };

  const input = (id: 'name' | 'area' | 'buurten', label: string, description?: string) => (
    <TextField
      id={`area-${id}`}
      label={label}
      description={description}
      error={errors[id]}
      value={v[id]}
      autocomplete="off"
      onValue={(value) => set({ [id]: value })}
    />
  );

  return (
    <form onSubmit={submit} noValidate class="bs-card" aria-labelledby="h-new-area">
      <h2 class="utrecht-heading-2" id="h-new-area">
        {t('areas.new')}
      </h2>
      <p>{t('areas.intro')}</p>
      <WriteStatus write={write} />
      <SelectField
        id="area-source"
        label={t('areas.source')}
        value={sourceId}
        onValue={(value) => set({ sourceId: value })}
      >
        {processes.map((p) => (
          <option key={p.id} value={p.id}>
            {processTitle(p)}
          </option>
        ))}
      </SelectField>
      {input('name', t('areas.name'))}
      {input('area', t('areas.area'))}
      {input('buurten', t('areas.buurten'), t('areas.buurtenHelp'))}
      <p class="bs-muted">{t('areas.copyNote')}</p>
      <Button type="submit" variant="primary">
        {t('areas.create')}
      </Button>
      {created ? (
        <Notice kind="ok">
          <p>{t('areas.created', { name: created.p.name, n: created.lessons })}</p>
          <Button
            onClick={() => void write.run('setActiveProcess', () => setActiveProcess(created.p.id))}
            aria-label={`${t('areas.switch')}: ${created.p.area}`}
          >
            {t('areas.switch')}
          </Button>
        </Notice>
      ) : null}
    </form>
  );
}
