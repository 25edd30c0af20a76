import { useProcess } from '../../app/useProcess';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { BudgetSection } from './BudgetSection';
import { processTitle, Section } from './common';
import { useDesignData } from './data';
import { KeyFiguresSection } from './KeyFiguresSection';
import { MeetingsPlanSection } from './MeetingsPlanSection';
import { PlanReachSection } from './PlanReachSection';
import { StepsSection } from './StepsSection';
import './design.css';

export function DesignNav() {
  const t = useT();
  return (
    <nav class="bs-subnav bs-noprint" aria-label={t('design.subnav')}>
      <a class="utrecht-link" href="#/design">
        {t('design.title')}
      </a>
      <a class="utrecht-link" href="#/design/document">
        {t('design.toDocument')}
      </a>
      <a class="utrecht-link" href="#/lessons">
        {t('design.toLessons')}
      </a>
      <a class="utrecht-link" href="#/evaluation">
        {t('design.toEvaluation')}
      </a>
      <a class="utrecht-link" href="#/design/areas">
        {t('design.toAreas')}
      </a>
    </nav>
  );
}

export function ConnectedList({ process }: { process: Process }) {
  const t = useT();
  if (!process.connectedProcesses.length) return <p>{t('design.connectedNone')}</p>;
  return (
    <dl class="bs-connected">
      {process.connectedProcesses.map((c) => (
        <div key={c.id}>
          <dt>{c.name}</dt>
          {c.description ? <dd>{c.description}</dd> : null}
          <dd>
            <strong>{t('settings.hook')}</strong> {c.hook || t('design.hookMissing')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Phase 1: the design of the participation process, made with the key figures. */
export default function DesignScreen() {
  const t = useT();
  const process = useProcess();
  const data = useDesignData(process);
  if (process === undefined || (process && data === undefined))
    return <p class="bs-muted">{t('app.loading')}</p>;
  if (!process || !data)
    return (
      <>
        <h1 class="utrecht-heading-1">{t('design.title')}</h1>
        <p>{t('design.noProcess')}</p>
      </>
    );
  return (
    <>
      <h1 class="utrecht-heading-1">{t('design.title')}</h1>
      <p class="bs-muted">{t('design.process', { name: processTitle(process) })}</p>
      <DesignNav />
      <p>{t('design.intro')}</p>
      <div class="bs-design">
        <StepsSection process={process} design={data.design} />
        <KeyFiguresSection process={process} />
        <Section id="design-connected" title={t('design.connected')} intro={t('design.connectedIntro')}>
          <ConnectedList process={process} />
          <a class="utrecht-link" href="#/settings">
            {t('design.connectedEdit')}
          </a>
        </Section>
        <MeetingsPlanSection process={process} meetings={data.meetings} design={data.design} />
        <BudgetSection process={process} />
        <PlanReachSection process={process} rows={data.rows} />
      </div>
    </>
  );
}
