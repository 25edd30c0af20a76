import { useState } from 'preact/hooks';
import { useDraft } from '../../app/useDraft';
import { useWrite } from '../../app/useWrite';
import { updateAgendaItem } from '../../db/agenda';
import { listKeyFigures } from '../../db/design';
import { useLive } from '../../db/live';
import type { AgendaItem } from '../../domain/agenda';
import { sortedEndorsements } from '../../domain/agendaDocument';
import { localDay } from '../../domain/day';
import type { KeyFigure } from '../../domain/design';
import { formatDutchDate, parseDutchDate } from '../../domain/dutchDate';
import type { Process } from '../../domain/process';
import { formatDay, t as tr, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { DateInput } from '../../ui/DateFields';
import { describedBy, Field, SelectField, TextField } from '../../ui/Field';
import { WriteStatus } from '../../ui/WriteStatus';
import '../../ui/forms.css';

const OTHER = 'anders';

/** "Buurtspecialist, Trajekt (Anna)": how a key figure is named in an endorsement. */
function figureText(k: KeyFigure): string {
  const role = k.role === 'anders' && k.roleOther ? k.roleOther : tr(`design.role.${k.role}`);
  return `${role}, ${k.organisation}${k.name ? ` (${k.name})` : ''}`;
}

interface Form {
  figure: string;
  who: string;
  date: string;
}

/**
 * Who endorses an agenda item, and when: the "gedragen" agenda made visible (issue 16.3). Pick a
 * key figure of the design or type someone else; the date in Dutch (dd-mm-jjjj).
 */
export function EndorsementsPanel({
  item,
  process,
  editable,
}: {
  item: AgendaItem;
  process: Process;
  editable: boolean;
}) {
  const t = useT();
  const figures = useLive(() => listKeyFigures(process.id), [process.id]) ?? [];
  const draft = useDraft<Form>(`endorse:${item.id}`, {
    figure: '',
    who: '',
    date: formatDutchDate(localDay()),
  });
  const [errors, setErrors] = useState<{ who?: string; date?: string }>({});
  const write = useWrite();
  const v = draft.value;
  const set = (patch: Partial<Form>) => draft.update((p) => ({ ...p, ...patch }));
  const list = sortedEndorsements(item);

  const add = async (e: Event) => {
    e.preventDefault();
    const figure = figures.find((k) => k.id === v.figure);
    const who = figure ? figureText(figure) : v.figure === OTHER ? v.who.trim() : '';
    const date = parseDutchDate(v.date);
    const errs = {
      ...(who ? {} : { who: t('agenda.end.errWho') }),
      ...(date ? {} : { date: t('agenda.end.errDate') }),
    };
    setErrors(errs);
    if (!who || !date) return;
    const next = [
      ...item.endorsements,
      { who, date, note: '', ...(figure ? { keyFigureId: figure.id } : {}) },
    ];
    const r = await write.run('updateAgendaItem', () => updateAgendaItem(item.id, { endorsements: next }));
    if (r.ok) await draft.reset();
  };
  const remove = (index: number) => {
    const target = list[index]!;
    const next = item.endorsements.filter((x) => x !== target);
    void write.run('updateAgendaItem', () => updateAgendaItem(item.id, { endorsements: next }), {
      undo: () => updateAgendaItem(item.id, { endorsements: item.endorsements }).then(() => undefined),
      undoText: t('agenda.end.remove', { who: target.who }),
    });
  };

  return (
    <section class="bs-card bs-endorse" aria-labelledby="h-endorse">
      <h2 class="utrecht-heading-2" id="h-endorse">
        {t('agenda.end.title')}
      </h2>
      <p class="bs-muted">{t('agenda.end.intro')}</p>
      {list.length ? (
        <ul class="bs-endorse__list">
          {list.map((e, i) => (
            <li key={`${e.who}-${e.date}-${i}`} class="bs-row">
              <span class="bs-spacer">{t('agenda.end.line', { who: e.who, date: formatDay(e.date) })}</span>
              {editable ? (
                <Button variant="subtle" onClick={() => remove(i)}>
                  <span aria-hidden="true">{t('action.delete')}</span>
                  <span class="visually-hidden">{t('agenda.end.remove', { who: e.who })}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('agenda.end.none')}</p>
      )}
      <WriteStatus write={write} />
      {editable ? (
        <form onSubmit={add} noValidate class="bs-subform" aria-label={t('agenda.end.add')}>
          <div class="bs-grid2">
            <SelectField
              id="end-figure"
              label={t('agenda.end.who')}
              error={v.figure === OTHER ? undefined : errors.who}
              value={v.figure}
              onValue={(value) => set({ figure: value })}
            >
              <option value="">{t('agenda.end.chooseFigure')}</option>
              {figures.map((k) => (
                <option key={k.id} value={k.id}>
                  {figureText(k)}
                </option>
              ))}
              <option value={OTHER}>{t('agenda.end.other')}</option>
            </SelectField>
            <Field
              id="end-date"
              label={t('agenda.end.date')}
              description={t('agenda.end.dateHelp')}
              error={errors.date}
            >
              <DateInput
                id="end-date"
                value={v.date}
                invalid={!!errors.date}
                describedBy={describedBy('end-date', true, errors.date)}
                onInput={(date) => set({ date })}
              />
            </Field>
          </div>
          {v.figure === OTHER ? (
            <TextField
              id="end-who"
              label={t('agenda.end.whoOther')}
              error={errors.who}
              value={v.who}
              maxLength={200}
              onValue={(value) => set({ who: value })}
            />
          ) : null}
          <Button type="submit">{t('agenda.end.add')}</Button>
        </form>
      ) : null}
    </section>
  );
}
