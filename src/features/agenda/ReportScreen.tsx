import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { navigate, queryOf } from '../../app/router';
import { useDraft } from '../../app/useDraft';
import { useProcess } from '../../app/useProcess';
import { votesResults } from '../../domain/analysis/votesReport';
import { localDay } from '../../domain/day';
import { buildHeardReport } from '../../domain/feedback';
import type { KioskLang } from '../../domain/kiosk';
import { getLang, useT } from '../../i18n';
import { REPORT_KEYS } from '../../i18n/resident';
import { Button } from '../../ui/Button';
import { dirOf, residentLangs } from '../kiosk/resident';
import { useAgendaData } from './common';
import { FeedbackForm } from './FeedbackForm';
import { NO_QUOTE_CHOICE, type QuoteChoice, QuoteReview } from './QuoteReview';
import { Report } from './Report';

const MAX_QUOTES = 3;

/** The query parameter that holds the report's language (`#/feedback/zuid?taal=ar`). */
const LANG_PARAM = 'taal';

/**
 * "Wat we hoorden" per buurt (`/feedback/:buurtId`) or per meeting (`/feedback/meeting/:id`):
 * print it (A4 print stylesheet), show it full-screen on the tablet, and record that residents got it.
 * The report itself is in the language chosen for it (kept in the URL, so a bookmarked or reloaded
 * report keeps it); the staff controls around it stay in the staff's UI language.
 */
export default function ReportScreen({ params, path }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const data = useAgendaData(process?.id);
  const article = useRef<HTMLElement>(null);
  const [full, setFull] = useState(false);
  const today = localDay();
  // The coordinator's choice of quotes survives a reload (a draft per report), until reset.
  const quoteChoice = useDraft<QuoteChoice>(
    `report-quotes:${params.meetingId ? `m:${params.meetingId}` : `b:${params.buurtId}`}`,
    NO_QUOTE_CHOICE,
  );
  const choice = quoteChoice.value;
  const report = useMemo(
    () =>
      process && data
        ? buildHeardReport({
            scope: params.meetingId ? { meetingId: params.meetingId } : { buurtId: params.buurtId! },
            meetings: data.meetings,
            contributions: data.contributions,
            items: data.items,
            feedback: data.feedback,
            attendance: data.attendance,
            today,
            intervalMonths: process.settings.feedbackIntervalMonths,
            maxQuotes: Math.max(0, MAX_QUOTES - choice.removed.length),
            excludeQuoteIds: new Set([...choice.removed, ...choice.swapped]),
          })
        : undefined,
    [process, data, today, params.meetingId, params.buurtId, choice],
  );
  // Results fed back (issue 16): the dots of the newest agenda version that got any.
  const dots = useMemo(
    () => (process && data ? votesResults(data.votes, data.items, data.meetings, process).at(-1) : undefined),
    [process, data],
  );
  useEffect(() => {
    const on = () => setFull(document.fullscreenElement === article.current && !!article.current);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);

  const langs = residentLangs(process, REPORT_KEYS);
  const asked = queryOf(path).get(LANG_PARAM);
  const lang: KioskLang = langs.find((l) => l.id === asked)?.id ?? 'nl';
  const chooseLang = (next: string) => {
    const base = path.split('?')[0]!;
    const query = queryOf(path);
    if (next === 'nl') query.delete(LANG_PARAM);
    else query.set(LANG_PARAM, next);
    const qs = query.toString();
    navigate(qs ? `${base}?${qs}` : base, true);
  };

  if (process === undefined || (process && !data)) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null || !data) return <p>{t('meetings.noProcess')}</p>;
  const known = params.meetingId || process.buurten.some((b) => b.id === params.buurtId);
  if (!report || !known)
    return (
      <>
        <h1 class="utrecht-heading-1">{t('agenda.report.notFound')}</h1>
        <a class="utrecht-link" href="#/feedback">
          {t('agenda.report.back')}
        </a>
      </>
    );

  const toggleFull = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void article.current?.requestFullscreen?.();
  };
  return (
    <>
      <div class="bs-noprint">
        <p>
          <a class="utrecht-link" href="#/feedback">
            ← {t('agenda.report.back')}
          </a>
        </p>
        <div class="bs-actions">
          <Button variant="primary" onClick={() => window.print()}>
            {t('agenda.report.print')}
          </Button>
          <Button onClick={toggleFull}>{t('agenda.report.fullscreen')}</Button>
        </div>
        <div class="utrecht-form-field bs-report-lang">
          <label class="utrecht-form-label" for="report-lang">
            {t('agenda.report.lang')}
          </label>
          <p class="utrecht-form-field-description" id="report-lang-help">
            {t('agenda.report.langHelp')}
          </p>
          <select
            id="report-lang"
            class="utrecht-select utrecht-select--html-select"
            aria-describedby="report-lang-help"
            value={lang}
            onChange={(e) => chooseLang((e.currentTarget as HTMLSelectElement).value)}
          >
            {langs.map((l) => (
              <option key={l.id} value={l.id} lang={l.id} dir={l.dir}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QuoteReview
        quotes={report.quotes}
        choice={choice}
        maxQuotes={MAX_QUOTES}
        onChange={(next) => quoteChoice.update(next)}
      />
      <article
        class="bs-report"
        ref={article}
        aria-labelledby="h-report"
        tabIndex={-1}
        lang={lang}
        dir={dirOf(lang)}
        data-testid="report"
      >
        {full ? (
          // The way out is a staff control: it keeps the staff's language.
          <div class="bs-report__exit" lang={getLang()} dir="ltr">
            <Button onClick={toggleFull}>{t('agenda.report.exitFullscreen')}</Button>
          </div>
        ) : null}
        {/* Keyed by language: a new language is a new report, so no lang/dir mark of the last one lingers. */}
        <Report key={lang} r={report} process={process} today={today} dots={dots} lang={lang} />
      </article>
      <section class="bs-card bs-noprint bs-report-record" aria-labelledby="h-record">
        <h2 class="utrecht-heading-2" id="h-record">
          {t('agenda.report.record')}
        </h2>
        <FeedbackForm
          id="report-fb"
          process={process}
          about={params.meetingId ? { meetingId: params.meetingId } : { buurtId: params.buurtId! }}
          defaultChannel="verslag"
          defaultText={t('agenda.report.recordText')}
          submitLabel={t('agenda.fb.save')}
          textLabel={t('agenda.report.recordNote')}
          textHelp={t('agenda.report.recordNoteHelp')}
        />
      </section>
    </>
  );
}
