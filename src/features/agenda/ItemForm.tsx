import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { addAgendaItem, updateAgendaItem } from '../../db/agenda';
import { AGENDA_STATUSES, type AgendaItem, type AgendaStatus, COST_PM } from '../../domain/agenda';
import { parseEstimate } from '../../domain/design';
import type { Process } from '../../domain/process';
import { TEXT_MAX } from '../../domain/textLimits';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Chips } from '../../ui/Chips';
import { SelectField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/icons';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { statusLabel } from './common';
import '../../ui/forms.css';

interface ItemValue {
  title: string;
  description: string;
  residentText: string;
  themeIds: string[];
  buurtIds: string[];
  from: string;
  to: string;
  status: AgendaStatus;
  statusReason: string;
  responsible: string;
  /** As typed: an amount ("25.000"), "PM", or empty. */
  cost: string;
  costNote: string;
  connectedProcessId: string;
}

const costText = (cost: AgendaItem['cost']) =>
  cost === undefined ? '' : cost === COST_PM ? COST_PM : String(cost).replace('.', ',');

function initialOf(item: AgendaItem | undefined, year: number): ItemValue {
  return item
    ? {
        title: item.title,
        description: item.description,
        residentText: item.residentText,
        themeIds: item.themeIds,
        buurtIds: item.buurtIds,
        from: String(item.years.from),
        to: String(item.years.to),
        status: item.status,
        statusReason: item.statusReason,
        responsible: item.responsible,
        cost: costText(item.cost),
        costNote: item.costNote,
        connectedProcessId: item.connectedProcessId ?? '',
      }
    : {
        title: '',
        description: '',
        residentText: '',
        themeIds: [],
        buurtIds: [],
        from: String(year),
        to: String(year + 3),
        status: 'voorgesteld',
        statusReason: '',
        responsible: '',
        cost: '',
        costNote: '',
        connectedProcessId: '',
      };
}

type Errors = Partial<Record<'title' | 'years' | 'statusReason' | 'cost', string>>;

/** Title, plain description, kiosk text, themes, buurten, years, status with reason, who. Kept as a draft. */
export function ItemForm({ process, item, year }: { process: Process; item?: AgendaItem; year: number }) {
  const t = useT();
  const draft = useDraft<ItemValue>(`agenda-item:${item?.id ?? `new:${year}`}`, initialOf(item, year));
  // A draft saved before the cost fields existed lacks them.
  const v = { ...initialOf(undefined, year), ...draft.value };
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const write = useWrite();
  const set = <K extends keyof ItemValue>(k: K, value: ItemValue[K]) => {
    setSaved(false);
    draft.update((prev) => ({ ...prev, [k]: value }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const from = Number(v.from);
    const to = Number(v.to);
    const errs: Errors = {};
    if (!v.title.trim()) errs.title = t('agenda.item.errTitle');
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2000 || to > 2100 || to < from)
      errs.years = t('agenda.item.errYears');
    if (v.status === 'niet-haalbaar' && !v.statusReason.trim())
      errs.statusReason = t('agenda.item.errReason');
    const cost = v.cost.trim() ? parseEstimate(v.cost) : undefined;
    if (cost === null) errs.cost = t('agenda.item.errCost');
    setErrors(errs);
    write.clear();
    if (Object.keys(errs).length) return;
    const fields = {
      title: v.title.trim(),
      description: v.description.trim(),
      residentText: v.residentText.trim(),
      themeIds: v.themeIds,
      buurtIds: v.buurtIds,
      years: { from, to },
      status: v.status,
      statusReason: v.statusReason.trim(),
      responsible: v.responsible.trim(),
      cost: cost ?? undefined,
      costNote: v.costNote.trim(),
      connectedProcessId: v.connectedProcessId || undefined,
    };
    // On failure the form keeps what was typed.
    if (item) {
      if (!(await write.run('updateAgendaItem', () => updateAgendaItem(item.id, fields))).ok) return;
      await draft.reset(initialOf({ ...item, ...fields }, year));
      setSaved(true);
    } else {
      const created = await write.run('addAgendaItem', () =>
        addAgendaItem({
          ...fields,
          processId: process.id,
          agendaYear: year,
          linkedContributionIds: [],
        }),
      );
      if (!created.ok) return;
      await draft.reset();
      navigate(`/agenda/${created.value.id}`, true);
    }
  };

  const field = (id: keyof Errors) => (errors[id] ? errors[id] : undefined);
  return (
    <form class="bs-item-form" onSubmit={submit} aria-labelledby="h-item" noValidate>
      <WriteStatus write={write} invalidTitle={t('error.invalid')} />
      <TextField
        id="item-title"
        label={t('agenda.item.title')}
        description={t('agenda.item.titleHelp')}
        error={field('title')}
        value={v.title}
        maxLength={TEXT_MAX.agendaTitle}
        onValue={(value) => set('title', value)}
      />
      <TextField
        id="item-desc"
        label={t('agenda.item.description')}
        description={t('agenda.item.descriptionHelp')}
        multiline
        value={v.description}
        maxLength={TEXT_MAX.agendaDescription}
        onValue={(value) => set('description', value)}
      />
      <TextField
        id="item-resident"
        label={t('agenda.item.residentText')}
        description={t('agenda.item.residentTextHelp')}
        optional={t('form.optional')}
        value={v.residentText}
        maxLength={TEXT_MAX.agendaResidentText}
        onValue={(value) => set('residentText', value)}
      />
      <Chips
        legend={t('agenda.item.themes')}
        name="item-themes"
        options={process.themes.map((th) => ({ id: th.id, label: th.label, icon: <Icon name={th.icon} /> }))}
        selected={v.themeIds}
        onChange={(ids) => set('themeIds', ids)}
      />
      <Chips
        legend={t('agenda.item.buurten')}
        name="item-buurten"
        options={process.buurten.map((b) => ({ id: b.id, label: b.name }))}
        selected={v.buurtIds}
        onChange={(ids) => set('buurtIds', ids)}
      />
      <p class="bs-muted bs-small bs-chips-help">{t('agenda.item.buurtenHelp')}</p>
      <fieldset class="utrecht-form-fieldset bs-years-field">
        <legend class="utrecht-form-fieldset__legend">{t('agenda.item.years')}</legend>
        {errors.years ? (
          <div class="utrecht-form-field-error-message" id="item-years-error" role="alert">
            {errors.years}
          </div>
        ) : null}
        <div class="bs-row">
          {(['from', 'to'] as const).map((k) => (
            <div key={k} class="bs-year-input">
              <label class="utrecht-form-label" for={`item-${k}`}>
                {t(k === 'from' ? 'agenda.item.yearFrom' : 'agenda.item.yearTo')}
              </label>
              <input
                id={`item-${k}`}
                class="utrecht-textbox utrecht-textbox--html-input"
                inputMode="numeric"
                value={v[k]}
                maxLength={4}
                aria-invalid={errors.years ? 'true' : undefined}
                aria-describedby={errors.years ? 'item-years-error' : undefined}
                onInput={(e) => set(k, e.currentTarget.value)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <SelectField
        id="item-status"
        label={t('agenda.item.status')}
        value={v.status}
        onValue={(value) => set('status', value as AgendaStatus)}
      >
        {AGENDA_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="item-reason"
        label={t('agenda.item.statusReason')}
        description={t('agenda.item.statusReasonHelp')}
        error={field('statusReason')}
        multiline
        extraClass="bs-textarea--short"
        value={v.statusReason}
        maxLength={1000}
        onValue={(value) => set('statusReason', value)}
      />
      <TextField
        id="item-resp"
        label={t('agenda.item.responsible')}
        description={t('agenda.item.responsibleHelp')}
        optional={t('form.optional')}
        value={v.responsible}
        maxLength={200}
        onValue={(value) => set('responsible', value)}
      />
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{t('agenda.item.money')}</legend>
        <TextField
          id="item-cost"
          label={t('agenda.item.cost')}
          description={t('agenda.item.costHelp')}
          error={field('cost')}
          optional={t('form.optional')}
          extraClass="bs-date-input"
          inputMode="decimal"
          value={v.cost}
          maxLength={20}
          onValue={(value) => set('cost', value)}
        />
        <TextField
          id="item-costnote"
          label={t('agenda.item.costNote')}
          description={t('agenda.item.costNoteHelp')}
          optional={t('form.optional')}
          value={v.costNote}
          maxLength={500}
          onValue={(value) => set('costNote', value)}
        />
      </fieldset>
      {process.connectedProcesses.length ? (
        <SelectField
          id="item-connected"
          label={t('agenda.item.connected')}
          description={t('agenda.item.connectedHelp')}
          optional={t('form.optional')}
          value={v.connectedProcessId}
          onValue={(value) => set('connectedProcessId', value)}
        >
          <option value="">{t('agenda.item.connectedNone')}</option>
          {process.connectedProcesses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div class="bs-actions">
        <Button type="submit" variant="primary" disabled={!draft.ready}>
          {t('agenda.item.save')}
        </Button>
        {saved ? <Notice kind="ok">{t('agenda.item.saved')}</Notice> : null}
      </div>
    </form>
  );
}
