import type { ComponentChildren } from 'preact';
import type { ScreenProps } from '../../app/lazy';
import { queryOf } from '../../app/router';
import { themeLabel, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import type { AgendaData } from '../../db/agenda';
import { agendaItemById, deleteAgendaItem, restoreAgendaItem } from '../../db/agenda';
import { useLive } from '../../db/live';
import { type AgendaItem, agendaYears, latestYear, lineage, residentTextOf } from '../../domain/agenda';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { buurtenText, chosenYear, StatusBadge, statusLabel, useAgendaData, yearsText } from './common';
import { EndorsementsPanel } from './EndorsementsPanel';
import { ItemFeedback } from './ItemFeedback';
import { ItemForm } from './ItemForm';
import { LinkedList, LinkPanel } from './LinkPanel';
import { Suggestions } from './Suggestions';
import { SupportPanel } from './SupportPanel';

function ReadOnlyItem({ item, process }: { item: AgendaItem; process: Process }) {
  const t = useT();
  const row = (label: string, value: ComponentChildren) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      {item.description ? <p class="bs-item-desc">{item.description}</p> : null}
      <dl class="bs-grid2">
        {row(
          t('agenda.item.status'),
          <>
            <StatusBadge status={item.status} /> {item.statusReason}
          </>,
        )}
        {row(t('agenda.item.years'), yearsText(item.years))}
        {row(t('agenda.item.buurten'), buurtenText(process, item.buurtIds))}
        {row(t('agenda.item.themes'), item.themeIds.map((id) => themeLabel(process, id)).join(', ') || '—')}
        {row(t('agenda.item.responsible'), item.responsible || '—')}
        {row(t('agenda.item.residentText'), residentTextOf(item))}
      </dl>
    </>
  );
}

function History({ item, data }: { item: AgendaItem; data: AgendaData }) {
  const t = useT();
  const chain = lineage(data.items, item);
  if (chain.length < 2) return null;
  return (
    <section aria-labelledby="h-history">
      <h2 class="utrecht-heading-2" id="h-history">
        {t('agenda.item.history')}
      </h2>
      <ul class="bs-linklist">
        {chain.map((i) => (
          <li key={i.id}>
            <a
              class="utrecht-link"
              href={`#/agenda/${i.id}`}
              aria-current={i.id === item.id ? 'page' : undefined}
            >
              {t('agenda.item.historyRow', { year: i.agendaYear, status: statusLabel(i.status) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Existing({ item, data, process }: { item: AgendaItem; data: AgendaData; process: Process }) {
  const t = useT();
  const write = useWrite();
  const editable = item.agendaYear === latestYear(data.items);
  return (
    <>
      <div class="bs-row">
        <h1 class="utrecht-heading-1" id="h-item">
          {item.title}
        </h1>
        <StatusBadge status={item.status} />
      </div>
      <p class="bs-muted">
        {t('agenda.versionOf', { year: item.agendaYear })}
        {item.publishedAt
          ? ` · ${t('agenda.item.published', { date: formatDateTime(item.publishedAt) })}`
          : ''}
      </p>
      {!editable ? <Notice>{t('agenda.readOnly')}</Notice> : null}
      <ReadOnlyItem item={item} process={process} />
      {editable ? (
        <details class="bs-details bs-noprint">
          <summary>{t('agenda.item.edit')}</summary>
          <ItemForm key={item.id} process={process} item={item} year={item.agendaYear} />
        </details>
      ) : null}
      <EndorsementsPanel item={item} process={process} editable={editable} />
      <SupportPanel item={item} data={data} process={process} />
      <LinkedList item={item} data={data} process={process} editable={editable} />
      {editable ? (
        <>
          <Suggestions item={item} data={data} process={process} />
          <LinkPanel item={item} data={data} process={process} />
        </>
      ) : null}
      <ItemFeedback item={item} data={data} process={process} />
      <History item={item} data={data} />
      <WriteStatus write={write} />
      {editable ? (
        <div class="bs-actions bs-noprint">
          <Button
            variant="danger"
            onClick={() => void write.run('deleteAgendaItem', () => deleteAgendaItem(item.id))}
          >
            {t('agenda.item.delete')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

/** One agenda item (`/agenda/:id`), or a new one (`/agenda/new?jaar=2026`). */
export default function ItemScreen({ params, path }: ScreenProps) {
  const t = useT();
  const write = useWrite();
  const process = useProcess();
  const data = useAgendaData(process?.id);
  // Also a deleted item, so its screen can offer the undo.
  const item = useLive(async () => (await agendaItemById(params.id!)) ?? null, [params.id]);
  const back = (
    <p class="bs-noprint">
      <a class="utrecht-link" href="#/agenda">
        ← {t('agenda.item.back')}
      </a>
    </p>
  );
  if (process === undefined || (process && !data) || item === undefined)
    return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null || !data) return <p>{t('meetings.noProcess')}</p>;
  if (params.id === 'new') {
    const asked = Number(queryOf(path).get('jaar'));
    const year = asked >= 2000 && asked <= 2100 ? asked : chosenYear(queryOf(path), agendaYears(data.items));
    return (
      <>
        {back}
        <h1 class="utrecht-heading-1" id="h-item">
          {t('agenda.item.titleNew')}
        </h1>
        <p class="bs-muted">{t('agenda.versionOf', { year })}</p>
        <ItemForm process={process} year={year} />
        <Notice>{t('agenda.link.saveFirst')}</Notice>
      </>
    );
  }
  if (item?.deleted)
    return (
      <>
        {back}
        <h1 class="utrecht-heading-1">{item.title}</h1>
        <Notice kind="warning">{t('agenda.item.deleted')}</Notice>
        <WriteStatus write={write} />
        <Button onClick={() => void write.run('restoreAgendaItem', () => restoreAgendaItem(item.id))}>
          {t('action.undo')}
        </Button>
      </>
    );
  if (!item)
    return (
      <>
        {back}
        <h1 class="utrecht-heading-1">{t('agenda.item.notFound')}</h1>
      </>
    );
  return (
    <>
      {back}
      <Existing item={item} data={data} process={process} />
    </>
  );
}
