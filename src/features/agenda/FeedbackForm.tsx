import { useState } from 'preact/hooks';
import { buurtName } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { addFeedback, deleteFeedback, restoreFeedback } from '../../db/agenda';
import { localDay } from '../../domain/day';
import { formatDutchDate, parseDutchDate } from '../../domain/dutchDate';
import { FEEDBACK_CHANNELS, type Feedback, type FeedbackChannel } from '../../domain/feedback';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { TEXT_MAX } from '../../domain/textLimits';
import { formatDay, t as tr, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { DateInput } from '../../ui/DateFields';
import { describedBy, Field, SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { channelLabel } from './common';
import '../../ui/forms.css';
import { byCode } from '../../domain/order';

/**
 * Record a feedback moment: the date residents heard it, how, and what was said. `about` fixes
 * the agenda item, buurt or meeting; `buurtChoice` lets the user narrow an item's feedback to one buurt.
 */
export function FeedbackForm({
  id,
  process,
  about,
  buurtChoice,
  defaultChannel = 'bijeenkomst',
  defaultText = '',
  submitLabel,
  textLabel,
  textHelp,
}: {
  id: string;
  process: Process;
  about: { agendaItemId?: string; buurtId?: string; meetingId?: string };
  buurtChoice?: string[];
  defaultChannel?: FeedbackChannel;
  defaultText?: string;
  submitLabel?: string;
  textLabel?: string;
  textHelp?: string;
}) {
  const t = useT();
  // Typed the Dutch way (dd-mm-jjjj), whatever the browser's language.
  const [date, setDate] = useState(formatDutchDate(localDay()));
  const [channel, setChannel] = useState<FeedbackChannel>(defaultChannel);
  const [text, setText] = useState(defaultText);
  const [buurt, setBuurt] = useState('');
  const [errors, setErrors] = useState<{ text?: string; date?: string }>({});
  const write = useWrite();
  const [state, setState] = useState<'saved' | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs = {
      text: text.trim() ? undefined : t('agenda.fb.errText'),
      date: parseDutchDate(date) ? undefined : t('agenda.fb.errDate'),
    };
    setErrors(errs);
    write.clear();
    setState(null);
    if (errs.text || errs.date) return;
    const r = await write.run('addFeedback', () =>
      addFeedback({
        processId: process.id,
        ...about,
        ...(buurt ? { buurtId: buurt } : {}),
        date: parseDutchDate(date)!,
        channel,
        text: text.trim(),
      }),
    );
    // On failure the text stays in the form.
    if (!r.ok) return;
    setText(defaultText);
    setState('saved');
  };

  return (
    <form
      class="bs-feedback-form"
      onSubmit={submit}
      noValidate
      aria-label={submitLabel ?? t('agenda.fb.save')}
    >
      <WriteStatus write={write} invalidTitle={t('error.invalid')} />
      <div class="bs-row bs-row--top">
        <Field id={`${id}-date`} label={t('agenda.fb.date')} error={errors.date}>
          <DateInput
            id={`${id}-date`}
            value={date}
            invalid={!!errors.date}
            describedBy={describedBy(`${id}-date`, false, errors.date)}
            onInput={setDate}
          />
        </Field>
        <SelectField
          id={`${id}-channel`}
          label={t('agenda.fb.channel')}
          value={channel}
          onValue={(value) => setChannel(value as FeedbackChannel)}
        >
          {FEEDBACK_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </SelectField>
        {buurtChoice && buurtChoice.length !== 1 ? (
          <SelectField
            id={`${id}-buurt`}
            label={t('agenda.fb.forBuurt')}
            value={buurt}
            onValue={(value) => setBuurt(value)}
          >
            <option value="">{t('agenda.fb.allBuurten')}</option>
            {(buurtChoice.length ? buurtChoice : process.buurten.map((b) => b.id)).map((b) => (
              <option key={b} value={b}>
                {buurtName(process, b)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <TextField
        id={`${id}-text`}
        label={textLabel ?? t('agenda.fb.text')}
        description={textHelp ?? t('agenda.fb.textHelp')}
        error={errors.text}
        multiline
        value={text}
        maxLength={TEXT_MAX.feedbackText}
        onValue={(value) => {
          setState(null);
          setText(value);
        }}
      />
      <div class="bs-actions">
        <Button type="submit" variant="primary">
          {submitLabel ?? t('agenda.fb.save')}
        </Button>
        {state === 'saved' ? <Notice kind="ok">{t('agenda.fb.saved')}</Notice> : null}
      </div>
    </form>
  );
}

/** Feedback moments, newest first, each removable with undo. */
export function FeedbackLog({
  feedback,
  where,
}: {
  feedback: readonly Feedback[];
  where: (f: Feedback) => string;
}) {
  const t = useT();
  // Delete and its undo run through useWrite (busy while writing, the message when it fails).
  const write = useWrite();
  const list = [...feedback].sort((a, b) => byCode(b.date, a.date) || byCode(b.createdAt, a.createdAt));
  return (
    <>
      {list.length ? (
        <ul class="bs-cardlist bs-fb-log">
          {list.map((f) => (
            <li key={f.id} class="bs-contrib" data-testid="feedback-row">
              <p class="bs-contrib__meta">
                {t('agenda.fb.logRow', {
                  date: formatDay(f.date),
                  where: where(f),
                  channel: channelLabel(f.channel),
                })}
              </p>
              <p>{f.text}</p>
              <Button
                variant="subtle"
                onClick={() =>
                  void write.run('deleteFeedback', () => deleteFeedback(f.id), {
                    undo: () => restoreFeedback(f.id),
                    undoText: t('agenda.fb.deleted'),
                  })
                }
              >
                {t('action.delete')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-muted">{t('agenda.fb.logNone')}</p>
      )}
      <WriteStatus write={{ failure: write.failure, undo: undefined }} />
      {write.undo ? (
        <div class="bs-toast" role="status">
          {write.undo.text}
          <Button onClick={() => void write.undo?.run()}>{t('action.undo')}</Button>
        </div>
      ) : null}
    </>
  );
}

/** Where a feedback moment went, in words: buurt, meeting or "all buurten of the item". */
export function feedbackWhere(
  f: Feedback,
  process: Process,
  meetingsById: ReadonlyMap<string, Meeting>,
  itemTitle?: (id: string) => string | undefined,
): string {
  const m = f.meetingId ? meetingsById.get(f.meetingId) : undefined;
  const title = f.agendaItemId ? itemTitle?.(f.agendaItemId) : undefined;
  const where = f.buurtId
    ? buurtName(process, f.buurtId)
    : m
      ? `${buurtName(process, m.buurtId)}, ${m.location}`
      : f.agendaItemId
        ? tr('agenda.fb.allBuurten')
        : '—';
  return title ? `${where} · ${tr('agenda.fb.item', { title })}` : where;
}
