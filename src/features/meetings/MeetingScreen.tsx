import { useBusyWhileMounted } from '../../app/busy';
import type { ScreenProps } from '../../app/lazy';
import { useFirstScreenReady } from '../../app/startup';
import { buurtName, groupLabel, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { useLive } from '../../db/live';
import { getAttendance, getMeeting, lessonsOfMeeting, startMeeting } from '../../db/meetings';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { Button, LinkButton } from '../../ui/Button';
import { WriteStatus } from '../../ui/WriteStatus';
import { AttendancePanel } from '../capture/AttendancePanel';
import { CaptureForm } from '../capture/CaptureForm';
import { ContributionList } from '../capture/ContributionList';
import { ExportReminder } from '../exchange/UnexportedNotice';
import { KioskCount } from '../kiosk/KioskCount';

function Details({ m, process }: { m: Meeting; process: Process }) {
  const t = useT();
  const form = m.workForm === 'anders' && m.workFormOther ? m.workFormOther : t(`workForm.${m.workForm}`);
  return (
    <dl class="bs-grid2">
      <div>
        <dt>{t('meeting.when')}</dt>
        <dd>{formatDateTime(m.startsAt)}</dd>
      </div>
      <div>
        <dt>{t('meeting.where')}</dt>
        <dd>
          {buurtName(process, m.buurtId)} — {m.location}
        </dd>
      </div>
      <div>
        <dt>{t('meeting.how')}</dt>
        <dd>{form}</dd>
      </div>
      {m.facilitators.length ? (
        <div>
          <dt>{t('meeting.who')}</dt>
          <dd>{m.facilitators.join(', ')}</dd>
        </div>
      ) : null}
      {m.plannedGroupIds.length ? (
        <div>
          <dt>{t('meetingForm.plannedGroups')}</dt>
          <dd>{m.plannedGroupIds.map((id) => groupLabel(process, id)).join(', ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function Running({ m, process }: { m: Meeting; process: Process }) {
  const t = useT();
  // An open meeting screen blocks automatic update reloads.
  useBusyWhileMounted(`meeting:${m.id}`);
  return (
    <>
      <div class="bs-actions">
        <LinkButton href={`#/kiosk/start/${m.id}`}>{t('kiosk.handOver')}</LinkButton>
        <LinkButton href={`#/meetings/${m.id}/paper`}>{t('agenda.paper.link')}</LinkButton>
        <span class="bs-spacer" />
        <LinkButton href={`#/meetings/${m.id}/close`}>{t('meeting.close')}</LinkButton>
      </div>
      <KioskCount meetingId={m.id} process={process} />
      <div class="bs-capture">
        <div>
          <section aria-labelledby="h-capture" class="bs-card">
            <h2 class="utrecht-heading-2" id="h-capture">
              {t('capture.title')}
            </h2>
            <CaptureForm meeting={m} process={process} />
          </section>
          {/* Residents' own answers stay out of view here; the kiosk card opens them on request. */}
          <ContributionList meeting={m} process={process} hideKiosk />
        </div>
        <AttendancePanel meeting={m} process={process} />
      </div>
    </>
  );
}

function Closed({ m, process }: { m: Meeting; process: Process }) {
  const t = useT();
  const write = useWrite();
  const lessons = useLive(() => lessonsOfMeeting(m.id), [m.id]) ?? [];
  const att = useLive(async () => (await getAttendance(m.id)) ?? null, [m.id]);
  return (
    <>
      <ExportReminder />
      <p>
        <strong>{t('meeting.attendanceTotal', { n: att?.total ?? 0 })}</strong>
      </p>
      {m.notes ? (
        <>
          <h2 class="utrecht-heading-2">{t('meeting.notes')}</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</p>
        </>
      ) : null}
      {lessons.length ? (
        <>
          <h2 class="utrecht-heading-2">{t('meeting.lessons')}</h2>
          <ul>
            {lessons.map((l) => (
              <li key={l.id}>
                <strong>{t(`lessonCategory.${l.category}`)}:</strong> {l.text}
                {l.doDifferently ? ` — ${l.doDifferently}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ContributionList meeting={m} process={process} readOnly />
      <WriteStatus write={write} />
      <div class="bs-actions">
        <Button onClick={() => void write.run('startMeeting', () => startMeeting(m.id))}>
          {t('meeting.reopen')}
        </Button>
        <LinkButton href={`#/meetings/${m.id}/paper`}>{t('agenda.paper.link')}</LinkButton>
      </div>
    </>
  );
}

/** One meeting: details and start when planned, capture when running, summary when closed. */
export default function MeetingScreen({ params }: ScreenProps) {
  const t = useT();
  const write = useWrite();
  const process = useProcess();
  const m = useLive(async () => (await getMeeting(params.id!)) ?? null, [params.id]);
  useFirstScreenReady(m !== undefined && process !== undefined);
  if (m === undefined || process === undefined) return <p class="bs-muted">{t('app.loading')}</p>;
  if (m === null || process === null)
    return (
      <>
        <h1 class="utrecht-heading-1">{t('meeting.notFound')}</h1>
        <a class="utrecht-link" href="#/">
          {t('nav.toHome')}
        </a>
      </>
    );
  return (
    <>
      <div class="bs-row">
        <h1 class="utrecht-heading-1">
          {buurtName(process, m.buurtId)} — {m.location}
        </h1>
        <span class={`bs-badge bs-badge--${m.status}`}>{t(`meeting.status.${m.status}`)}</span>
      </div>
      <Details m={m} process={process} />
      {m.status === 'gepland' ? (
        <>
          <p>{t('meeting.startHelp')}</p>
          <WriteStatus write={write} />
          <div class="bs-actions">
            <Button
              variant="primary"
              big
              onClick={() => void write.run('startMeeting', () => startMeeting(m.id))}
            >
              {t('meeting.start')}
            </Button>
            <LinkButton href={`#/meetings/${m.id}/edit`}>{t('meeting.edit')}</LinkButton>
          </div>
        </>
      ) : m.status === 'bezig' ? (
        <Running m={m} process={process} />
      ) : (
        <Closed m={m} process={process} />
      )}
    </>
  );
}
