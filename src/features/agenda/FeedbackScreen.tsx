import { useMemo } from 'preact/hooks';
import { buurtName, useProcess } from '../../app/useProcess';
import { localDay } from '../../domain/day';
import { feedbackDue } from '../../domain/feedback';
import { byCode } from '../../domain/order';
import { formatDateTime, formatDay, useT } from '../../i18n';
import { useAgendaData } from './common';
import { FeedbackLog, feedbackWhere } from './FeedbackForm';

/**
 * Feedback to residents: per buurt when they last heard what happened with their input and
 * whether that is overdue; the reports per buurt and per meeting; the log of feedback given.
 */
export default function FeedbackScreen() {
  const t = useT();
  const process = useProcess();
  const data = useAgendaData(process?.id);
  const today = localDay();
  const due = useMemo(
    () =>
      process && data
        ? feedbackDue({
            buurten: process.buurten,
            meetings: data.meetings,
            feedback: data.feedback,
            items: data.items,
            today,
            intervalMonths: process.settings.feedbackIntervalMonths,
          })
        : [],
    [process, data, today],
  );
  if (process === undefined || (process && !data)) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null || !data) return <p>{t('meetings.noProcess')}</p>;
  const meetingsById = new Map(data.meetings.map((m) => [m.id, m]));
  const itemTitle = (id: string) => data.items.find((i) => i.id === id)?.title;
  const held = data.meetings
    .filter((m) => m.status !== 'gepland' || m.startsAt.slice(0, 10) < today)
    .sort((a, b) => byCode(b.startsAt, a.startsAt));

  return (
    <>
      <p class="bs-noprint">
        <a class="utrecht-link" href="#/agenda">
          ← {t('agenda.item.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t('agenda.fb.title')}</h1>
      <p>{t('agenda.fb.intro', { n: process.settings.feedbackIntervalMonths })}</p>
      <div class="bs-table-scroll">
        <table class="bs-table" data-testid="feedback-due">
          <caption class="visually-hidden">{t('agenda.fb.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agenda.fb.buurt')}</th>
              <th scope="col">{t('agenda.fb.status')}</th>
              <th scope="col">{t('agenda.fb.lastHeard')}</th>
              <th scope="col">{t('agenda.fb.lastFeedback')}</th>
              <th scope="col">{t('agenda.fb.dueBy')}</th>
              <th scope="col">{t('agenda.fb.report')}</th>
            </tr>
          </thead>
          <tbody>
            {due.map((d) => {
              const name = buurtName(process, d.buurtId);
              return (
                <tr key={d.buurtId} class={d.status === 'te-laat' ? 'bs-due--late' : undefined}>
                  <th scope="row">{name}</th>
                  <td>
                    <span class={`bs-badge bs-due bs-due--${d.status}`}>
                      {t(`agenda.fb.due.${d.status}`, { n: d.daysOverdue })}
                    </span>
                  </td>
                  <td>{d.lastHeard ? formatDay(d.lastHeard) : '—'}</td>
                  <td>{d.lastFeedback ? formatDay(d.lastFeedback) : t('agenda.fb.never')}</td>
                  <td>{d.dueBy ? formatDay(d.dueBy) : '—'}</td>
                  <td>
                    {d.firstHeard ? (
                      <a class="utrecht-link" href={`#/feedback/${d.buurtId}`}>
                        {t('agenda.fb.openReport', { name })}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2">{t('agenda.fb.perMeeting')}</h2>
      {held.length ? (
        <ul class="bs-linklist">
          {held.map((m) => (
            <li key={m.id}>
              <a class="utrecht-link" href={`#/feedback/meeting/${m.id}`}>
                {t('agenda.fb.openReport', {
                  name: `${buurtName(process, m.buurtId)}, ${m.location} (${formatDateTime(m.startsAt)})`,
                })}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-muted">{t('agenda.fb.noMeetings')}</p>
      )}

      <h2 class="utrecht-heading-2">{t('agenda.fb.log')}</h2>
      <FeedbackLog
        feedback={data.feedback}
        where={(f) => feedbackWhere(f, process, meetingsById, itemTitle)}
      />
    </>
  );
}
