import { buurtName, groupLabel } from '../../app/useProcess';
import { hiddenCellText } from '../../domain/analysis/suppress';
import type { EvaluationFigures } from '../../domain/evaluation';
import { LESSON_CATEGORIES } from '../../domain/lesson';
import type { Process } from '../../domain/process';
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

      <h2 class="utrecht-heading-2">{t('eval.feedback')}</h2>
      <p>
        {f.feedback.moments
          ? t('eval.feedbackText', {
              n: f.feedback.moments,
              buurten: f.feedback.buurten,
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
