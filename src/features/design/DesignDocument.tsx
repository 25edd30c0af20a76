import { useRef } from 'preact/hooks';
import { groupLabel, useProcess } from '../../app/useProcess';
import { listBudgetLines, listKeyFigures } from '../../db/design';
import { useLive } from '../../db/live';
import { formatDateTime, useT } from '../../i18n';
import { BudgetTable } from './BudgetSection';
import { DocActions, downloadHtml, shareText } from './common';
import { ConnectedList, DesignNav } from './DesignScreen';
import { useDesignData } from './data';
import { roleText } from './KeyFiguresSection';
import { MeetingsTable } from './MeetingsPlanSection';
import { PlanReachTable } from './PlanReachSection';
import './design.css';

/** The printable and downloadable "Ontwerp participatieproces", generated from the design. */
export default function DesignDocument() {
  const t = useT();
  const process = useProcess();
  const data = useDesignData(process);
  const extra = useLive(
    async () =>
      process ? { kf: await listKeyFigures(process.id), budget: await listBudgetLines(process.id) } : null,
    [process?.id],
  );
  const doc = useRef<HTMLElement>(null);
  if (!process || !data || !extra) return <p class="bs-muted">{t('app.loading')}</p>;
  const title = `${t('doc.title')}: ${process.name}`;
  const now = new Date().toISOString();

  return (
    <>
      <DesignNav />
      <DocActions
        back="#/design"
        onDownload={() =>
          doc.current &&
          downloadHtml(doc.current, title, `ontwerp-${process.area}.html`.replace(/\s+/g, '-').toLowerCase())
        }
      />
      <article class="bs-doc" ref={doc} aria-labelledby="doc-title">
        <h1 class="utrecht-heading-1" id="doc-title">
          {title}
        </h1>
        <p class="bs-doc__meta">
          {process.municipality} · {process.area} · {t(`settings.phase.${process.phase}`)}
          <br />
          {t('doc.made', { date: formatDateTime(now) })}
        </p>

        <h2 class="utrecht-heading-2">{t('doc.question')}</h2>
        <ul>
          {process.questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ul>
        <p>
          <strong>{t('doc.level', { level: t(`level.${process.participationLevel}`) })}</strong> —{' '}
          {process.participationText}
        </p>

        <h2 class="utrecht-heading-2">{t('design.steps')}</h2>
        {data.design.steps.length ? (
          <table class="bs-table">
            <thead>
              <tr>
                <th scope="col">{t('design.step.label')}</th>
                <th scope="col">{t('design.step.level')}</th>
                <th scope="col">{t('design.step.description')}</th>
              </tr>
            </thead>
            <tbody>
              {data.design.steps.map((s) => (
                <tr key={s.id}>
                  <td>{s.label}</td>
                  <td>{t(`level.${s.level}`)}</td>
                  <td>{s.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('design.stepsNone')}</p>
        )}

        <h2 class="utrecht-heading-2">{t('design.keyFigures')}</h2>
        {extra.kf.length ? (
          <table class="bs-table">
            <thead>
              <tr>
                <th scope="col">{t('design.kf.role')}</th>
                <th scope="col">{t('design.kf.organisation')}</th>
                <th scope="col">{t('design.kf.task')}</th>
              </tr>
            </thead>
            <tbody>
              {extra.kf.map((k) => (
                <tr key={k.id}>
                  <td>{roleText(k, t)}</td>
                  <td>
                    {k.organisation}
                    {k.name ? ` (${k.name})` : ''}
                  </td>
                  <td>{k.task}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('design.keyFiguresNone')}</p>
        )}

        <h2 class="utrecht-heading-2">{t('design.connected')}</h2>
        <ConnectedList process={process} />

        <h2 class="utrecht-heading-2">{t('doc.groups')}</h2>
        <table class="bs-table">
          <thead>
            <tr>
              <th scope="col">{t('design.col.group')}</th>
              <th scope="col" class="bs-num">
                {t('design.col.population')}
              </th>
              <th scope="col">{t('settings.source')}</th>
            </tr>
          </thead>
          <tbody>
            {process.targetGroups.map((g) => (
              <tr key={g.id}>
                <td>{groupLabel(process, g.id)}</td>
                <td class="bs-num">{shareText(g.share.total)}</td>
                <td>
                  {g.source.label}
                  {g.source.year ? ` (${g.source.year})` : ''}{' '}
                  {g.source.example ? (
                    <span class="bs-badge bs-badge--example">{t('settings.exampleFigure')}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="bs-muted">{t('doc.exampleNote')}</p>

        <h2 class="utrecht-heading-2">{t('design.meetings')}</h2>
        {data.meetings.length ? (
          <MeetingsTable process={process} meetings={data.meetings} />
        ) : (
          <p>{t('design.meetingsNone')}</p>
        )}
        {Object.keys(data.design.laterGroups).length ? (
          <ul>
            {Object.entries(data.design.laterGroups).map(([g, reason]) => (
              <li key={g}>
                <strong>{groupLabel(process, g)}</strong>: {t('design.verdict.later')}
                {reason ? ` — ${reason}` : ''}
              </li>
            ))}
          </ul>
        ) : null}

        <h2 class="utrecht-heading-2">{t('design.planReach')}</h2>
        <PlanReachTable process={process} rows={data.rows} />

        <h2 class="utrecht-heading-2">{t('design.budget')}</h2>
        {extra.budget.length ? <BudgetTable lines={extra.budget} /> : <p>{t('design.budgetNone')}</p>}
      </article>
    </>
  );
}
