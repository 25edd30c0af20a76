import { buurtName, themeLabel } from '../../app/useProcess';
import { shownCount } from '../../domain/analysis/suppress';
import type { HeardReport } from '../../domain/feedback';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { Icon } from '../../ui/icons';
import { formatDay } from './common';
import { type DotResults, ReportDots } from './ReportDots';

/**
 * "Wat we hoorden": the report for residents of a buurt or a meeting. Plain Dutch (B1), one A4
 * or two when printed, readable from a distance when shown full-screen on the tablet.
 */
export function Report({
  r,
  process,
  today,
  dots,
}: {
  r: HeardReport;
  process: Process;
  today: string;
  dots?: DotResults | undefined;
}) {
  const t = useT();
  const buurt = buurtName(process, r.buurtId);
  const first = r.meetings[0];
  return (
    <>
      <header class="bs-report__head">
        <p class="bs-report__kicker">{process.area}</p>
        <h1 class="utrecht-heading-1" id="h-report">
          {t('agenda.report.title')}{' '}
          <span class="bs-report__where">
            {r.meeting
              ? t('agenda.report.subtitleMeeting', {
                  where: `${buurt}, ${r.meeting.location}`,
                  date: formatDay(r.meeting.startsAt.slice(0, 10)),
                })
              : t('agenda.report.subtitleBuurt', { buurt })}
          </span>
        </h1>
        <p class="bs-report__thanks">{t('agenda.report.thanks')}</p>
        {first ? (
          <p>
            {t('agenda.report.heard', {
              meetings: t('agenda.report.meetings', { n: r.meetings.length }),
              n: r.contributions,
            })}
            {r.kioskResidents ? ` ${t('agenda.report.heardKiosk', { n: r.kioskResidents })}` : ''}
            {r.attended
              ? ` ${t('agenda.report.attended', { n: shownCount(r.attended, process.settings.minGroupSize) })}`
              : ''}
          </p>
        ) : null}
      </header>

      <section class="bs-report__section" aria-labelledby="h-raised">
        <h2 class="utrecht-heading-2" id="h-raised">
          {t('agenda.report.raised')}
        </h2>
        {r.themes.length ? (
          <ul class="bs-report__themes">
            {r.themes.map((th) => {
              const theme = process.themes.find((x) => x.id === th.themeId);
              return (
                <li key={th.themeId}>
                  <Icon name={theme?.icon ?? 'star'} size={32} />
                  <span class="bs-report__theme">{themeLabel(process, th.themeId)}</span>
                  <span class="bs-report__count">{t('agenda.report.themeCount', { n: th.count })}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t('agenda.report.nothingYet')}</p>
        )}
        {r.quotes.length ? (
          <>
            <h3 class="utrecht-heading-3">{t('agenda.report.quotes')}</h3>
            {r.quotes.map((q) => (
              <blockquote key={q.id} class="bs-report__quote">
                <p>“{q.text.trim()}”</p>
              </blockquote>
            ))}
          </>
        ) : null}
      </section>

      {dots ? <ReportDots d={dots} process={process} buurtId={r.buurtId} /> : null}

      <section class="bs-report__section" aria-labelledby="h-doing">
        <h2 class="utrecht-heading-2" id="h-doing">
          {t('agenda.report.agenda')}
        </h2>
        {r.items.length ? (
          <>
            <p>{t('agenda.report.agendaIntro')}</p>
            <ul class="bs-report__items">
              {r.items.map(({ item, heardHere, latest }) => (
                <li key={item.id} class="bs-report__item">
                  <h3 class="utrecht-heading-3">{item.title}</h3>
                  {item.description ? <p>{item.description}</p> : null}
                  <p>
                    <strong>{t(`agenda.report.state.${item.status}`)}</strong>
                    {item.status === 'niet-haalbaar' && item.statusReason ? ` ${item.statusReason}` : ''}
                  </p>
                  <p class="bs-report__facts">
                    {item.years.from === item.years.to
                      ? t('agenda.report.year', { year: item.years.from })
                      : t('agenda.report.years', { from: item.years.from, to: item.years.to })}
                    {item.responsible ? ` · ${t('agenda.report.who', { who: item.responsible })}` : ''}
                  </p>
                  {heardHere ? <p>{t('agenda.report.heardHere', { n: heardHere })}</p> : null}
                  {latest ? (
                    <p class="bs-report__done">
                      <strong>{t('agenda.report.done', { date: formatDay(latest.date) })}</strong>{' '}
                      {latest.text}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('agenda.report.noItems')}</p>
        )}
      </section>

      <section class="bs-report__section" aria-labelledby="h-next">
        <h2 class="utrecht-heading-2" id="h-next">
          {t('agenda.report.next')}
        </h2>
        {r.upcoming.length ? (
          <ul>
            {r.upcoming.slice(0, 3).map((m) => (
              <li key={m.id}>
                {t('agenda.report.nextMeeting', { date: formatDateTime(m.startsAt), where: m.location })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('agenda.report.noMeeting')}</p>
        )}
        <h2 class="utrecht-heading-2">{t('agenda.report.hearAgain')}</h2>
        <p class="bs-report__again">
          {t('agenda.report.hearAgainBy', { date: formatDay(r.nextFeedbackBy) })}
        </p>
        <p>{process.participationText}</p>
      </section>
      <footer class="bs-report__foot">
        {t('agenda.report.footer', { process: process.name, date: formatDay(today) })}
      </footer>
    </>
  );
}
