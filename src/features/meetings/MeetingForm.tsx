import { useEffect, useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { navigate } from '../../app/router';
import { useDraft } from '../../app/useDraft';
import { groupLabel, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { getMeeting, planMeeting, updateMeeting } from '../../db/meetings';
import { WORK_FORMS, type WorkForm } from '../../domain/constants';
import {
  defaultMeetingStart,
  formatDutchDate,
  formatDutchTime,
  parseDutchDate,
  parseDutchTime,
} from '../../domain/dutchDate';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Chips } from '../../ui/Chips';
import { DateInput, TimeInput } from '../../ui/DateFields';
import { describedBy, Field, SelectField, TextField } from '../../ui/Field';
import '../../ui/forms.css';
import { WriteStatus } from '../../ui/WriteStatus';

interface FormValue {
  buurtId: string;
  location: string;
  /** As typed, Dutch: dd-mm-jjjj and uu:mm (24-hour). */
  date: string;
  time: string;
  workForm: WorkForm;
  workFormOther: string;
  facilitators: string;
  plannedGroupIds: string[];
}

type Errors = Partial<Record<keyof FormValue, string>>;

/** A new meeting starts at the next whole hour of the day or at 19:30, never at midnight. */
function defaultStart(): Pick<FormValue, 'date' | 'time'> {
  const s = defaultMeetingStart(new Date());
  return { date: formatDutchDate(s.slice(0, 10)), time: formatDutchTime(s.slice(11, 16)) };
}

const EMPTY: FormValue = {
  buurtId: '',
  location: '',
  date: '',
  time: '',
  workForm: 'tafelgesprek',
  workFormOther: '',
  facilitators: '',
  plannedGroupIds: [],
};

/** Plan a new meeting or change a planned one. */
export default function MeetingForm({ params }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const editId = params.id;
  const draft = useDraft<FormValue>(`meeting-form:${editId ?? 'new'}`, { ...EMPTY, ...defaultStart() });
  const [errors, setErrors] = useState<Errors>({});
  const write = useWrite();

  // Editing: start from the stored meeting unless a draft was restored.
  useEffect(() => {
    if (!editId || !draft.ready || draft.restored) return;
    getMeeting(editId).then((m) => {
      if (!m) return;
      draft.update({
        buurtId: m.buurtId,
        location: m.location,
        date: formatDutchDate(m.startsAt.slice(0, 10)),
        time: formatDutchTime(m.startsAt.slice(11, 16)),
        workForm: m.workForm,
        workFormOther: m.workFormOther,
        facilitators: m.facilitators.join(', '),
        plannedGroupIds: m.plannedGroupIds,
      });
    });
  }, [editId, draft.ready]);

  if (!process) return <p class="bs-muted">{t('app.loading')}</p>;
  // A draft saved before the Dutch date fields had one startsAt value instead of date and time.
  const v = { ...EMPTY, ...draft.value };
  const set = (patch: Partial<FormValue>) => draft.update((prev) => ({ ...prev, ...patch }));

  const validate = (): Errors => {
    const e: Errors = {};
    if (!v.buurtId) e.buurtId = t('meetingForm.errBuurt');
    if (!v.location.trim()) e.location = t('meetingForm.errLocation');
    if (!parseDutchDate(v.date)) e.date = t('meetingForm.errDate');
    if (!parseDutchTime(v.time)) e.time = t('meetingForm.errTime');
    if (v.workForm === 'anders' && !v.workFormOther.trim())
      e.workFormOther = t('meetingForm.errWorkFormOther');
    return e;
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length) {
      document.getElementById(`f-${Object.keys(e)[0]}`)?.focus();
      return;
    }
    const input = {
      processId: process.id,
      buurtId: v.buurtId,
      location: v.location.trim(),
      startsAt: `${parseDutchDate(v.date)}T${parseDutchTime(v.time)}:00`,
      workForm: v.workForm,
      workFormOther: v.workForm === 'anders' ? v.workFormOther.trim() : '',
      facilitators: v.facilitators
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      plannedGroupIds: v.plannedGroupIds,
    };
    const r = await write.run(editId ? 'updateMeeting' : 'planMeeting', () =>
      editId ? updateMeeting(editId, input) : planMeeting(input),
    );
    // On failure the form keeps what was typed.
    if (!r.ok) return;
    await draft.reset();
    navigate(`/meetings/${r.value.id}`, true);
  };

  const groupOptions = process.targetGroups.map((g) => ({ id: g.id, label: groupLabel(process, g.id) }));

  return (
    <form onSubmit={submit} noValidate>
      <h1 class="utrecht-heading-1">{editId ? t('meetingForm.titleEdit') : t('meetingForm.titleNew')}</h1>
      <WriteStatus write={write} />
      <div class="bs-grid2">
        <SelectField
          id="f-buurtId"
          label={t('meetingForm.buurt')}
          error={errors.buurtId}
          value={v.buurtId}
          onValue={(value) => set({ buurtId: value })}
        >
          <option value="">{t('meetingForm.chooseBuurt')}</option>
          {process.buurten.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <div class="bs-row">
          <Field
            id="f-date"
            label={t('meetingForm.date')}
            description={t('meetingForm.dateHelp')}
            error={errors.date}
          >
            <DateInput
              id="f-date"
              value={v.date}
              invalid={!!errors.date}
              describedBy={describedBy('f-date', true, errors.date)}
              onInput={(date) => set({ date })}
            />
          </Field>
          <Field
            id="f-time"
            label={t('meetingForm.time')}
            description={t('meetingForm.timeHelp')}
            error={errors.time}
          >
            <TimeInput
              id="f-time"
              value={v.time}
              invalid={!!errors.time}
              describedBy={describedBy('f-time', true, errors.time)}
              onInput={(time) => set({ time })}
            />
          </Field>
        </div>
      </div>
      <TextField
        id="f-location"
        label={t('meetingForm.location')}
        description={t('meetingForm.locationHelp')}
        error={errors.location}
        value={v.location}
        autocomplete="off"
        onValue={(value) => set({ location: value })}
      />
      <Chips
        legend={t('meetingForm.workForm')}
        name="workForm"
        single
        options={WORK_FORMS.map((w) => ({ id: w, label: t(`workForm.${w}`) }))}
        selected={[v.workForm]}
        onChange={(next) => set({ workForm: (next[0] as WorkForm | undefined) ?? v.workForm })}
      />
      {v.workForm === 'anders' ? (
        <TextField
          id="f-workFormOther"
          label={t('meetingForm.workFormOther')}
          error={errors.workFormOther}
          value={v.workFormOther}
          onValue={(value) => set({ workFormOther: value })}
        />
      ) : null}
      <TextField
        id="f-facilitators"
        label={t('meetingForm.facilitators')}
        description={t('meetingForm.facilitatorsHelp')}
        optional={t('form.optional')}
        value={v.facilitators}
        autocomplete="off"
        onValue={(value) => set({ facilitators: value })}
      />
      <Chips
        legend={t('meetingForm.plannedGroups')}
        name="plannedGroups"
        options={groupOptions}
        selected={v.plannedGroupIds}
        onChange={(next) => set({ plannedGroupIds: next })}
      />
      <div class="bs-actions">
        <Button type="submit" variant="primary" big>
          {t('meetingForm.save')}
        </Button>
        <Button
          variant="subtle"
          onClick={async () => {
            if ((await write.run('discardDraft', () => draft.reset())).ok) history.back();
          }}
        >
          {t('action.cancel')}
        </Button>
      </div>
    </form>
  );
}
