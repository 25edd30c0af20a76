import { buurtName, groupLabel } from '../../app/useProcess';
import { hiddenCellText, isSuppressed, shownCount } from '../../domain/analysis/suppress';
import { columnPeople } from '../../domain/analysis/votesReport';
import { GROUP_UNKNOWN } from '../../domain/constants';
import type { EvaluationFigures } from '../../domain/evaluation';
import { EXPERIENCE_RATINGS } from '../../domain/experience';
import { LESSON_CATEGORIES } from '../../domain/lesson';
import type { Process } from '../../domain/process';
import { cell } from '../../domain/votes';
import { formatDateTime, formatNumber, textOr, useT } from '../../i18n';
import { countText, indexText, shareText } from './common';

function CountTable({
  head,
  rows,
}: {
  head: string;
  rows: { key: string; label: string; meetings: number; people: number; contributions: number }[];
}) {
  const t = useT();
  return (
    <table class="bs-table">
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" class="bs-num">
            {t('eval.col.meetings')}
          </th>
          <th scope="col" class="bs-num">
            {t('eval.col.people')}
          </th>
          <th scope="col" class="bs-num">
            {t('eval.col.contributions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td class="bs-num">{r.meetings}</td>
            <td class="bs-num">{r.people}</td>
            <td class="bs-num">{r.contributions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The dot results of the newest agenda version with dots: per item, and per buurt (suppressed). */
function VotesSummary({ v, process }: { v: NonNullable<EvaluationFigures['votes']>; process: Process }) {
  const t = useT();
  const { r } = v;
  const title = new Map(v.items.map((i) => [i.id, i.title]));
  const buurt = (id: string) =>
    id === GROUP_UNKNOWN ? t('eval.votes.unknownBuurt') : buurtName(process, id);
  return (
    <>
      <p>
        {isSuppressed(r.kioskResidents + r.paperPeople, r.k)
          ? t('eval.votes.fewPeople', {
              year: v.year,
              k: r.k,
              dots: t('eval.count.dots', { n: r.totalDots }),
            })
          : t('eval.votes.intro', {
              year: v.year,
              n: r.kioskResidents + r.paperPeople,
              dots: t('eval.count.dots', { n: r.totalDots }),
              k: r.k,
            })}
      </p>
      <div class="bs-table-scroll">
        <table class="bs-table">
          <caption class="visually-hidden">{t('eval.votes.byBuurt', { year: v.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('eval.votes.col.item')}</th>
              <th scope="col" class="bs-num">
                {t('eval.votes.col.total')}
              </th>
              {r.byBuurt.columns.map((c) => (
                <th key={c.id} scope="col" class="bs-num">
                  {buurt(c.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.items.map((it) => (
              <tr key={it.itemId}>
                <th scope="row">{title.get(it.itemId) ?? it.itemId}</th>
                <td class="bs-num">{it.total}</td>
                {r.byBuurt.columns.map((c) => (
                  <td key={c.id} class="bs-num">
                    {cell(r.byBuurt, it.itemId, c.id, r.k)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('eval.votes.people')}</th>
              <td class="bs-num">{shownCount(r.kioskResidents + r.paperPeople, r.k)}</td>
              {r.byBuurt.columns.map((c) => (
                <td key={c.id} class="bs-num">
                  {columnPeople(r.byBuurt, c.id, r.k)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The interim evaluation for the council, generated from the data, with the coordinator's texts. */
export function EvaluationReport({
  process,
  f,
  intro,
  conclusion,
}: {
  process: Process;
  f: EvaluationFigures;
  intro: string;
  conclusion: string;
}) {
  const t = useT();
  const k = f.reach.k;
  const statusLabel = (s: string) => textOr(`eval.status.${s}`, s);
  return (
    <>
      <h1 class="utrecht-heading-1" id="eval-doc-title">
        {t('eval.docTitle', { name: process.name })}
      </h1>
      <p class="bs-doc__meta">
        {process.municipality} · {process.area} ·{' '}
        {t('doc.made', { date: formatDateTime(new Date().toISOString()) })}
      </p>
      <h2 class="utrecht-heading-2">{t('eval.introHeading')}</h2>
      <p class="bs-doc__text">{intro.trim() || t('eval.empty')}</p>

      <h2 class="utrecht-heading-2">{t('eval.meetings')}</h2>
      <p>
        {t('eval.meetingsHeld', { n: f.held, planned: f.planned })}{' '}
        {t('eval.meetingsPeople', { n: f.people })}{' '}
        {t('eval.meetingsInput', { n: f.respondents, contributions: f.contributions })}
        {f.voices.partner + f.voices.professional + f.voices.earlier
          ? ` ${t('eval.voices', {
              partner: t('eval.count.partner', { n: f.voices.partner }),
              professional: t('eval.count.professional', { n: f.voices.professional }),
              earlier: t('eval.count.earlier', { n: f.voices.earlier }),
            })}`
          : ''}
      </p>
      <h3 class="utrecht-heading-3">{t('eval.byWorkForm')}</h3>
      <CountTable
        head={t('design.col.workForm')}
        rows={f.byWorkForm.map((r) => ({ ...r, label: t(`workForm.${r.key}`) }))}
      />
      <h3 class="utrecht-heading-3">{t('eval.byBuurt')}</h3>
      <CountTable
        head={t('design.col.buurt')}
        rows={f.byBuurt.map((r) => ({ ...r, label: buurtName(process, r.key) }))}
      />

      <h2 class="utrecht-heading-2">{t('eval.reach')}</h2>
      <p>{t('eval.reachText', { threshold: formatNumber(f.reach.threshold, 2), k })}</p>
      <table class="bs-table">
        <thead>
          <tr>
            <th scope="col">{t('design.col.group')}</th>
            <th scope="col" class="bs-num">
              {t('design.col.present')}
            </th>
            <th scope="col" class="bs-num">
              {t('eval.col.share')}
            </th>
            <th scope="col" class="bs-num">
              {t('design.col.population')}
            </th>
            <th scope="col" class="bs-num">
              {t('design.col.index')}
            </th>
            <th scope="col">{t('design.col.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {f.reach.area.groups.map((g) => {
            const c = g.attendance;
            return (
              <tr key={g.groupId}>
                <td>{groupLabel(process, g.groupId)}</td>
                <td class="bs-num">{countText(c, k)}</td>
                <td class="bs-num">{hiddenCellText(c, k) ?? shareText(c.share)}</td>
                <td class="bs-num">{shareText(g.population)}</td>
                <td class="bs-num">{indexText(c, k)}</td>
                <td>
                  <span
                    class={`bs-badge bs-badge--${c.status === 'under' ? 'under' : c.status === 'ok' ? 'ok' : 'warn'}`}
                  >
                    {statusLabel(c.status)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2 class="utrecht-heading-2">{t('eval.agenda')}</h2>
      {f.agenda.total ? (
        <>
          <p>{t('eval.agendaText', { year: f.agenda.year ?? '', n: f.agenda.total })}</p>
          <ul>
            {Object.entries(f.agenda.byStatus).map(([s, n]) => (
              <li key={s}>
                {textOr(`eval.agendaStatus.${s}`, s)}: {n}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('eval.agendaNone')}</p>
      )}

      <section aria-labelledby="eval-votes" data-testid="eval-votes">
        <h2 class="utrecht-heading-2" id="eval-votes">
          {t('eval.votes.title')}
        </h2>
        {f.votes ? <VotesSummary v={f.votes} process={process} /> : <p>{t('eval.votes.none')}</p>}
      </section>

      <section aria-labelledby="eval-exp" data-testid="eval-experiences">
        <h2 class="utrecht-heading-2" id="eval-exp">
          {t('eval.exp.title')}
        </h2>
        <p>{t('eval.exp.intro', { k })}</p>
        {f.experiences.length ? (
          <table class="bs-table">
            <thead>
              <tr>
                <th scope="col">{t('eval.exp.col.who')}</th>
                {EXPERIENCE_RATINGS.map((r) => (
                  <th key={r} scope="col" class="bs-num">
                    {t(`eval.exp.rating.${r}`)}
                  </th>
                ))}
                <th scope="col" class="bs-num">
                  {t('eval.exp.col.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.experiences.map((row) => (
                <tr key={row.who}>
                  <th scope="row">{t(`eval.exp.who.${row.who}`)}</th>
                  {EXPERIENCE_RATINGS.map((r) => (
                    <td key={r} class="bs-num">
                      {row.byRating[r]}
                    </td>
                  ))}
                  <td class="bs-num">{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('eval.exp.none')}</p>
        )}
      </section>

      <h2 class="utrecht-heading-2">{t('eval.feedback')}</h2>
      <p>
        {f.feedback.moments
          ? t('eval.feedbackText', {
              n: f.feedback.moments,
              buurten: t('eval.count.buurten', { n: f.feedback.buurten }),
              last: f.feedback.last ?? '',
            })
          : t('eval.feedbackNone')}
      </p>

      <h2 class="utrecht-heading-2">{t('eval.lessons')}</h2>
      {f.lessons.total ? (
        <ul>
          {LESSON_CATEGORIES.filter((c) => f.lessons.byCategory[c]).map((c) => (
            <li key={c}>
              {t(`lessonCategory.${c}`)}: {f.lessons.byCategory[c]}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('eval.lessonsNone')}</p>
      )}
      <h3 class="utrecht-heading-3">{t('eval.proposals')}</h3>
      {f.lessons.carryOver.length ? (
        <ul>
          {f.lessons.carryOver.map((l) => (
            <li key={l.id}>
              <strong>{t(`lessonCategory.${l.category}`)}:</strong> {l.text}
              {l.doDifferently ? ` — ${t('lessons.doDifferently')} ${l.doDifferently}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('eval.proposalsNone')}</p>
      )}

      <h2 class="utrecht-heading-2">{t('eval.conclusion')}</h2>
      <p class="bs-doc__text">{conclusion.trim() || t('eval.empty')}</p>
    </>
  );
}
