import type { ComponentType } from 'preact';
import { Lazy, NotLoaded, type ScreenProps, useLoaded } from '../../app/lazy';
import { useFirstScreenReady } from '../../app/startup';
import { type MessageKey, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PullBar } from '../sync/PullBar';
import { ExampleDataPanel } from './ExampleDataPanel';
import { FilterBar } from './FilterBar';
import { Overview } from './Overview';
import { ReachView } from './Reach';
import { BuurtPicker, SharedPicture } from './SharedPicture';
import { type Analysis, useAnalysis } from './useAnalysis';
import './coordinator.css';

type View = 'overview' | 'reach' | 'buurt' | 'findings' | 'export';

const TABS: { id: View; href: string; label: MessageKey }[] = [
  { id: 'overview', href: '#/coordinator', label: 'coord.tab.overview' },
  { id: 'reach', href: '#/coordinator/reach', label: 'coord.tab.reach' },
  { id: 'buurt', href: '#/coordinator/buurt', label: 'coord.tab.buurt' },
  { id: 'findings', href: '#/coordinator/findings', label: 'coord.tab.findings' },
  { id: 'export', href: '#/coordinator/export', label: 'coord.tab.export' },
];

/**
 * The tabs with forms and exports load their code when shown: the overview, which a coordinator
 * opens many times a day, does not wait for it (issue 12 item 3: the forms' code with zod, the
 * report builders).
 */
const earlierFindings = new Lazy(() => import('./EarlierFindings').then((m) => m.EarlierFindings));
const exportPanel = new Lazy(() => import('./ExportPanel').then((m) => m.ExportPanel));

function Part({ part, a }: { part: Lazy<ComponentType<{ a: Analysis }>>; a: Analysis }) {
  const { loaded: Loaded, failed } = useLoaded(part);
  return Loaded && !failed ? <Loaded a={a} /> : <NotLoaded failed={failed} />;
}

function viewOf(path: string): View {
  const p = path.split('?')[0]!;
  if (p.startsWith('/coordinator/reach')) return 'reach';
  if (p.startsWith('/coordinator/buurt')) return 'buurt';
  if (p.startsWith('/coordinator/export')) return 'export';
  if (p.startsWith('/coordinator/findings')) return 'findings';
  return 'overview';
}

/** The coordinator's merged picture: overview, reach, shared picture per buurt, exports. */
export default function CoordinatorScreen({ params, path }: ScreenProps) {
  const t = useT();
  const a = useAnalysis();
  // Start-up's deferred work (service worker, sync, preloads) waits for the numbers: run in
  // the idle time of the database read, it held them back (issue 12 item 3).
  useFirstScreenReady(a !== undefined);
  const view = viewOf(path);
  const title = t(TABS.find((x) => x.id === view)!.label);

  if (a === undefined) return <p class="bs-muted">{t('app.loading')}</p>;
  if (a === null)
    return (
      <>
        <h1 class="utrecht-heading-1">{t('coord.title')}</h1>
        <Notice kind="warning">
          <a class="utrecht-link" href="#/settings">
            {t('meetings.noProcess')}
          </a>
        </Notice>
      </>
    );

  const buurtId = params.id ?? (a.filter.buurt || a.process.buurten[0]?.id || '');

  return (
    <>
      <h1 class="utrecht-heading-1">
        {t('coord.title')}: {title}
      </h1>
      <p class="bs-muted">{t('meetings.process', { name: a.process.name })}</p>
      <nav class="bs-tabs bs-noprint" aria-label={t('coord.tabs')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.id}>
              <a href={tab.href} aria-current={tab.id === view ? 'page' : undefined}>
                {t(tab.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* The tablets' work from the sync service, fetched on opening (only when set up). */}
      {view === 'overview' ? <PullBar /> : null}

      {view === 'findings' ? (
        <Part part={earlierFindings} a={a} />
      ) : a.empty ? (
        <>
          <Notice kind="info">{t('coord.empty')}</Notice>
          <ExampleDataPanel process={a.process} />
        </>
      ) : (
        <>
          {view !== 'export' ? <ExampleDataPanel process={a.process} compact /> : null}
          {view !== 'export' ? (
            <FilterBar process={a.process} meetings={a.meetings} filter={a.filter} onChange={a.setFilter} />
          ) : null}
          {a.updating ? (
            <p class="bs-muted" role="status">
              {t('coord.updating')}
            </p>
          ) : null}
          {view === 'overview' ? <Overview a={a} /> : null}
          {view === 'reach' ? <ReachView a={a} /> : null}
          {view === 'buurt' ? (
            <>
              <BuurtPicker a={a} current={buurtId} />
              <SharedPicture a={a} buurtId={buurtId} />
            </>
          ) : null}
          {view === 'export' ? (
            <>
              <Part part={exportPanel} a={a} />
              <ExampleDataPanel process={a.process} />
            </>
          ) : null}
          {view !== 'export' ? (
            <div class="bs-actions bs-noprint">
              <Button onClick={() => window.print()}>{t('coord.print')}</Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
