import { useFirstScreenReady, useStartup } from '../../app/startup';
import { buurtName, useProcess } from '../../app/useProcess';
import { useLive } from '../../db/live';
import { listMeetings } from '../../db/meetings';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';
import { Notice, ProblemList } from '../../ui/Notice';
import { UnexportedNotice, useUnexportedCount } from '../exchange/UnexportedNotice';

function MeetingCard({ m, process }: { m: Meeting; process: Process }) {
  const t = useT();
  return (
    <li>
      <a class="bs-cardlink" href={`#/meetings/${m.id}`}>
        <div class="bs-card">
          <div class="bs-row">
            <strong>
              {buurtName(process, m.buurtId)} — {m.location}
            </strong>
            <span class="bs-spacer" />
            <span class={`bs-badge bs-badge--${m.status}`}>{t(`meeting.status.${m.status}`)}</span>
          </div>
          <div class="bs-muted">
            {formatDateTime(m.startsAt)} · {t(`workForm.${m.workForm}`)}
          </div>
        </div>
      </a>
    </li>
  );
}

/**
 * Home below its title (MeetingList.tsx): the meetings of the active process, running first. Its own
 * chunk, loaded once the title painted: this part reads the database, and Dexie is not on the first
 * screen's critical path (issue 12).
 */
export function MeetingListBody() {
  const t = useT();
  const process = useProcess();
  // Tagged with the process they belong to: a list read before the process was known is not this one's.
  const read = useLive(
    async () => ({ of: process?.id, list: process ? await listMeetings(process.id) : [] }),
    [process?.id],
  );
  const meetings = read && read.of === process?.id ? read.list : undefined;
  const unexported = useUnexportedCount();
  const { configPending, problems } = useStartup();

  // Everything at once when all is read: parts that arrive later would push the screen down.
  // A fresh device checks the configuration shipped with the app after this screen painted.
  const loading =
    process === undefined ||
    (process === null && configPending) ||
    (process && (meetings === undefined || unexported === undefined));
  // A fresh device's check starts once this screen painted: waiting for it here would wait for ever.
  useFirstScreenReady(!loading || (process === null && configPending));
  if (loading) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null)
    return (
      <>
        {problems.length ? <ProblemList title={t('meetings.configProblem')} problems={problems} /> : null}
        <Notice kind="warning">
          <a class="utrecht-link" href="#/settings">
            {t('meetings.noProcess')}
          </a>
        </Notice>
      </>
    );

  const running = (meetings ?? []).filter((m) => m.status === 'bezig');
  const planned = (meetings ?? []).filter((m) => m.status === 'gepland');
  const closed = (meetings ?? []).filter((m) => m.status === 'afgesloten').reverse();

  return (
    <>
      <p class="bs-muted">{t('meetings.process', { name: process.name })}</p>
      <UnexportedNotice n={unexported ?? 0} />
      <div class="bs-actions">
        <LinkButton href="#/meetings/new" variant="primary">
          {t('meetings.new')}
        </LinkButton>
      </div>
      {running.length ? (
        <section aria-labelledby="h-running">
          <h2 class="utrecht-heading-2" id="h-running">
            {t('meetings.running')}
          </h2>
          <ul class="bs-cardlist">
            {running.map((m) => (
              <MeetingCard key={m.id} m={m} process={process} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="h-planned">
        <h2 class="utrecht-heading-2" id="h-planned">
          {t('meetings.upcoming')}
        </h2>
        {planned.length ? (
          <ul class="bs-cardlist">
            {planned.map((m) => (
              <MeetingCard key={m.id} m={m} process={process} />
            ))}
          </ul>
        ) : (
          <p class="bs-muted">{t('meetings.noneUpcoming')}</p>
        )}
      </section>
      {closed.length ? (
        <section aria-labelledby="h-past">
          <h2 class="utrecht-heading-2" id="h-past">
            {t('meetings.past')}
          </h2>
          <ul class="bs-cardlist">
            {closed.map((m) => (
              <MeetingCard key={m.id} m={m} process={process} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
