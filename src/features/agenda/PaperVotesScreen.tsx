import { useEffect, useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { buurtName, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { listAgendaItems, paperVoteOf, savePaperVote, votesOfMeeting } from '../../db/agenda';
import { useLive } from '../../db/live';
import { getMeeting } from '../../db/meetings';
import { residentTextOf, votableItems } from '../../domain/agenda';
import { dotsUsed } from '../../domain/votes';
import { formatDateTime, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/icons';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import './agenda.css';
import '../../ui/forms.css';

const whole = (s: string) => /^\d{1,6}$/.test(s.trim());

/**
 * The facilitator types the dot totals counted from a paper sheet or a sticker wall, per agenda
 * item of the published agenda on this device. One tally per meeting; saving again corrects it.
 */
export default function PaperVotesScreen({ params }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const meetingId = params.id!;
  const data = useLive(async () => {
    const meeting = await getMeeting(meetingId);
    if (!meeting) return null;
    const items = votableItems(await listAgendaItems(meeting.processId));
    const paper = await paperVoteOf(meetingId);
    const kiosk = (await votesOfMeeting(meetingId)).filter((v) => v.source === 'kiosk').length;
    return { meeting, items, paper, kiosk };
  }, [meetingId]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [participants, setParticipants] = useState('');
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [state, setState] = useState<{ saved?: number; error?: boolean }>({});
  const write = useWrite();

  // Fill the form once from what was saved before (a correction starts from the stored totals).
  useEffect(() => {
    if (!data || loadedFor === meetingId) return;
    const a = data.paper?.allocations ?? {};
    setValues(Object.fromEntries(data.items.map((i) => [i.id, String(a[i.id] ?? 0)])));
    setParticipants(data.paper?.participants === undefined ? '' : String(data.paper.participants));
    setLoadedFor(meetingId);
  }, [data, meetingId, loadedFor]);

  if (data === undefined || process === undefined) return <p class="bs-muted">{t('app.loading')}</p>;
  if (data === null || process === null) return <h1 class="utrecht-heading-1">{t('meeting.notFound')}</h1>;
  const { meeting, items } = data;
  const back = (
    <p>
      <a class="utrecht-link" href={`#/meetings/${meeting.id}`}>
        ← {t('agenda.paper.back')}
      </a>
    </p>
  );
  const invalid = (id: string) => values[id] !== undefined && !whole(values[id]!);
  const participantsInvalid = participants.trim() !== '' && !whole(participants);

  const submit = async (e: Event) => {
    e.preventDefault();
    setState({});
    if (items.some((i) => invalid(i.id)) || participantsInvalid) {
      setState({ error: true });
      return;
    }
    const allocations = Object.fromEntries(items.map((i) => [i.id, Number(values[i.id] ?? 0)]));
    const r = await write.run('savePaperVote', () =>
      savePaperVote({
        processId: meeting.processId,
        meetingId: meeting.id,
        agendaYear: items[0]!.agendaYear,
        allocations,
        participants: participants.trim() ? Number(participants) : undefined,
      }),
    );
    // On failure the typed totals stay in the form.
    if (r.ok) setState({ saved: dotsUsed(r.value.allocations) });
  };

  return (
    <>
      {back}
      <h1 class="utrecht-heading-1">{t('agenda.paper.title')}</h1>
      <p class="bs-muted">
        {buurtName(process, meeting.buurtId)} — {meeting.location}, {formatDateTime(meeting.startsAt)}
      </p>
      {!items.length ? (
        <Notice kind="warning">{t('agenda.paper.noAgenda')}</Notice>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="h-paper-form" class="bs-paper-form">
          <p id="h-paper-form">{t('agenda.paper.intro')}</p>
          {state.error ? <Notice kind="error">{t('agenda.paper.errNumber')}</Notice> : null}
          <WriteStatus write={write} />
          <ul class="bs-paper-list">
            {items.map((item) => {
              const id = `paper-${item.id}`;
              const icon = process.themes.find((th) => th.id === item.themeIds[0])?.icon ?? 'star';
              return (
                <li key={item.id} class="bs-paper-row">
                  <Icon name={icon} size={32} />
                  <label for={id} class="bs-paper-row__label">
                    <strong>{item.title}</strong>
                    {residentTextOf(item) !== item.title ? (
                      <span class="bs-muted"> — {residentTextOf(item)}</span>
                    ) : null}
                  </label>
                  <input
                    id={id}
                    class="utrecht-textbox utrecht-textbox--html-input bs-paper-row__input"
                    inputMode="numeric"
                    value={values[item.id] ?? '0'}
                    aria-invalid={invalid(item.id) ? 'true' : undefined}
                    onFocus={(e) => e.currentTarget.select()}
                    onInput={(e) => {
                      setState({});
                      setValues((v) => ({ ...v, [item.id]: e.currentTarget.value }));
                    }}
                  />
                  <span class="bs-muted" aria-hidden="true">
                    {t('agenda.paper.dots')}
                  </span>
                </li>
              );
            })}
          </ul>
          <TextField
            id="paper-participants"
            label={t('agenda.paper.participants')}
            description={t('agenda.paper.participantsHelp')}
            optional={t('form.optional')}
            extraClass="bs-input--short"
            inputMode="numeric"
            value={participants}
            onValue={(value) => {
              setState({});
              setParticipants(value);
            }}
          />
          <div class="bs-actions">
            <Button type="submit" variant="primary" big>
              {t('agenda.paper.save')}
            </Button>
            {state.saved !== undefined ? (
              <Notice kind="ok">{t('agenda.paper.saved', { n: state.saved })}</Notice>
            ) : null}
          </div>
          {data.kiosk ? <p class="bs-muted">{t('agenda.paper.kioskVotes', { n: data.kiosk })}</p> : null}
        </form>
      )}
    </>
  );
}
