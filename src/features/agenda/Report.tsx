import { isSuppressed } from '../../domain/analysis/suppress';
import { textKey } from '../../domain/configText';
import type { HeardReport } from '../../domain/feedback';
import type { KioskLang } from '../../domain/kiosk';
import type { Process } from '../../domain/process';
import { formatLocaleDate, localMidnight } from '../../i18n/plainDates';
import { residentLocale } from '../../i18n/resident';
import { Icon } from '../../ui/icons';
import { buurtText, makeResident, type Resident, themeText } from '../kiosk/resident';
import { type DotResults, ReportDots } from './ReportDots';
import { Fill, Shown } from './reportText';

/** A day (YYYY-MM-DD) and a moment in the report's language; digits stay Latin, as in its texts. */
function dates(lang: KioskLang) {
  const locale = `${residentLocale(lang)}-u-nu-latn`;
  // A language added by a file may have a code the browser's Intl does not know: Dutch dates then.
  const safe = (fn: (loc: string) => string) => {
    try {
      return fn(locale);
    } catch {
      return fn('nl');
    }
  };
  return {
    day(day: string): string {
      const date = localMidnight(day);
      return date ? safe((l) => formatLocaleDate(date, l, 'day')) : day;
    },
    moment(iso: string): string {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return safe((l) => formatLocaleDate(date, l, 'dateTime'));
    },
  };
}

/** The resident view of the report in `lang` (a kiosk Resident: translator, config resolver, attrs). */
export function reportResident(lang: KioskLang, process: Process): Resident {
  return makeResident(lang, process);
}

/**
 * "Wat we hoorden": the report for residents of a buurt or a meeting, in the language chosen for it
 * (texts from the resident catalogue, src/i18n/nl/report.ts; configuration texts through the one
 * resolver, Dutch marked lang="nl" when untranslated). Plain language (B1), one A4 or two when
 * printed, readable from a distance when shown full-screen on the tablet. The caller puts `lang` and
 * `dir` on the article around it.
 */
export function Report({
  r,
  process,
  today,
  dots,
  lang = 'nl',
}: {
  r: HeardReport;
  process: Process;
  today: string;
  dots?: DotResults | undefined;
  lang?: KioskLang;
}) {
  const res = reportResident(lang, process);
  const t = res.r;
  const { day, moment } = dates(lang);
  // Texts the staff typed that have no translation key (a place, a name, a reason): always Dutch.
  const nl = (text: string) => <span {...res.nlAttrs}>{text}</span>;
  const buurt = <Shown s={buurtText(res, process, r.buurtId)} />;
  const first = r.meetings[0];
  const k = process.settings.minGroupSize;
  return (
    <>
      <header class="bs-report__head">
        <p class="bs-report__kicker">{nl(process.area)}</p>
        <h1 class="utrecht-heading-1" id="h-report">
          {t('report.title')}{' '}
          <span class="bs-report__where">
            {r.meeting ? (
              <Fill
                text={t('report.subtitleMeeting', { date: day(r.meeting.startsAt.slice(0, 10)) })}
                parts={{ buurt, where: nl(r.meeting.location) }}
              />
            ) : (
              <Fill text={t('report.subtitleBuurt')} parts={{ buurt }} />
            )}
          </span>
        </h1>
        <p class="bs-report__thanks">{t('report.thanks')}</p>
        {first ? (
          <p>
            {t('report.heard', {
              meetings: t('report.meetings', { n: r.meetings.length }),
              n: r.contributions,
            })}
            {r.kioskResidents ? ` ${t('report.heardKiosk', { n: r.kioskResidents })}` : ''}
            {r.attended
              ? ` ${
                  isSuppressed(r.attended, k)
                    ? t('report.attendedFew', { k })
                    : t('report.attended', { n: r.attended })
                }`
              : ''}
          </p>
        ) : null}
      </header>

      <section class="bs-report__section" aria-labelledby="h-raised">
        <h2 class="utrecht-heading-2" id="h-raised">
          {t('report.raised')}
        </h2>
        {r.themes.length ? (
          <ul class="bs-report__themes">
            {r.themes.map((th) => {
              const theme = process.themes.find((x) => x.id === th.themeId);
              const label = themeText(res, process, th.themeId);
              return (
                <li key={th.themeId}>
                  <Icon name={theme?.icon ?? 'star'} size={32} />
                  <span class="bs-report__theme" {...label.attrs}>
                    {label.text}
                  </span>
                  <span class="bs-report__count">{t('report.themeCount', { n: th.count })}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t('report.nothingYet')}</p>
        )}
        {r.quotes.length ? (
          <>
            <h3 class="utrecht-heading-3">{t('report.quotes')}</h3>
            {r.quotes.map((q) => (
              // A quote stays exactly as the resident said it, in whatever language they used: the
              // app does not record which, so it claims none (lang="" is HTML's "unknown") rather
              // than the report's language or Dutch, and dir="auto" lays it out by its own script.
              <blockquote key={q.id} class="bs-report__quote" lang="" dir="auto">
                <p>“{q.text.trim()}”</p>
              </blockquote>
            ))}
          </>
        ) : null}
      </section>

      {dots ? <ReportDots d={dots} process={process} buurtId={r.buurtId} res={res} /> : null}

      <section class="bs-report__section" aria-labelledby="h-doing">
        <h2 class="utrecht-heading-2" id="h-doing">
          {t('report.agenda')}
        </h2>
        {r.items.length ? (
          <>
            <p>{t('report.agendaIntro')}</p>
            <ul class="bs-report__items">
              {r.items.map(({ item, heardHere, latest }) => {
                const title = res.cfg(textKey.agenda(item.id), item.title);
                const description = item.description
                  ? res.cfg(textKey.agendaDescription(item.id), item.description)
                  : undefined;
                const done = latest ? res.cfg(textKey.feedback(latest.id), latest.text) : undefined;
                return (
                  <li key={item.id} class="bs-report__item">
                    <h3 class="utrecht-heading-3" {...title.attrs}>
                      {title.text}
                    </h3>
                    {description ? <p {...description.attrs}>{description.text}</p> : null}
                    <p>
                      <strong>{t(`report.state.${item.status}`)}</strong>
                      {item.status === 'niet-haalbaar' && item.statusReason ? (
                        <> {nl(item.statusReason)}</>
                      ) : null}
                    </p>
                    <p class="bs-report__facts">
                      {item.years.from === item.years.to
                        ? t('report.year', { year: item.years.from })
                        : t('report.years', { from: item.years.from, to: item.years.to })}
                      {item.responsible ? (
                        <>
                          {' · '}
                          <Fill text={t('report.who')} parts={{ who: nl(item.responsible) }} />
                        </>
                      ) : null}
                    </p>
                    {heardHere ? <p>{t('report.heardHere', { n: heardHere })}</p> : null}
                    {latest && done ? (
                      <p class="bs-report__done">
                        <strong>{t('report.done', { date: day(latest.date) })}</strong> <Shown s={done} />
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p>{t('report.noItems')}</p>
        )}
      </section>

      <section class="bs-report__section" aria-labelledby="h-next">
        <h2 class="utrecht-heading-2" id="h-next">
          {t('report.next')}
        </h2>
        {r.upcoming.length ? (
          <ul>
            {r.upcoming.slice(0, 3).map((m) => (
              <li key={m.id}>
                <Fill
                  text={t('report.nextMeeting', { date: moment(m.startsAt) })}
                  parts={{ where: nl(m.location) }}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('report.noMeeting')}</p>
        )}
        <h2 class="utrecht-heading-2">{t('report.hearAgain')}</h2>
        <p class="bs-report__again">{t('report.hearAgainBy', { date: day(r.nextFeedbackBy) })}</p>
        {process.participationText ? (
          <p>
            <Shown s={res.cfg('participationText', process.participationText)} />
          </p>
        ) : null}
      </section>
      <footer class="bs-report__foot">
        <Fill text={t('report.footer', { date: day(today) })} parts={{ process: nl(process.name) }} />
      </footer>
    </>
  );
}
