import { useMemo } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { queryOf } from '../../app/router';
import { buurtName, useProcess } from '../../app/useProcess';
import { type AgendaItem, agendaYears, itemsOfYear } from '../../domain/agenda';
import { GROUP_UNKNOWN, type Process } from '../../domain/process';
import {
  type Breakdown,
  cell,
  channelSplitHidden,
  type PriorityResults,
  peopleShown,
  tallyVotes,
} from '../../domain/votes';
import { formatDateTime, useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { chosenYear, groupName, useAgendaData, YearTabs } from './common';
import { PriorityChart } from './PriorityChart';

function TotalsTable({ r, items }: { r: PriorityResults; items: ReadonlyMap<string, AgendaItem> }) {
  const t = useT();
  const hidden = channelSplitHidden(r);
  const split = (itemId: string, source: 'kiosk' | 'paper', n: number) =>
    hidden ? cell(r.byChannel, itemId, source, r.k) : n;
  return (
    <table class="bs-table bs-prio-table" data-testid="prio-totals">
      <caption>{t('agenda.prio.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agenda.prio.item')}</th>
          <th scope="col" class="bs-num">
            {t('agenda.prio.kiosk')}
          </th>
          <th scope="col" class="bs-num">
            {t('agenda.prio.paper')}
          </th>
          <th scope="col" class="bs-num">
            {t('agenda.prio.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {r.items.map((row) => (
          <tr key={row.itemId}>
            <th scope="row">{items.get(row.itemId)?.title}</th>
            <td class="bs-num">{split(row.itemId, 'kiosk', row.kiosk)}</td>
            <td class="bs-num">{split(row.itemId, 'paper', row.paper)}</td>
            <td class="bs-num">
              <strong>{row.total}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BreakdownTable({
  title,
  b,
  r,
  items,
  label,
  testId,
}: {
  title: string;
  b: Breakdown;
  r: PriorityResults;
  items: ReadonlyMap<string, AgendaItem>;
  label: (id: string) => string;
  testId: string;
}) {
  const t = useT();
  if (!b.columns.length) return null;
  return (
    <div class="bs-table-scroll">
      <table class="bs-table bs-prio-table" data-testid={testId}>
        <caption class="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.prio.item')}</th>
            {b.columns.map((c) => (
              <th key={c.id} scope="col" class="bs-num">
                {label(c.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="bs-prio-people">
            <th scope="row">{t('agenda.prio.people')}</th>
            {b.columns.map((c) => (
              <td key={c.id} class="bs-num">
                {peopleShown(c, r.k)}
              </td>
            ))}
          </tr>
          {r.items.map((row) => (
            <tr key={row.itemId}>
              <th scope="row">{items.get(row.itemId)?.title}</th>
              {b.columns.map((c) => (
                <td key={c.id} class="bs-num">
                  {cell(b, row.itemId, c.id, r.k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Notes({
  r,
  process,
  meetingLabel,
}: {
  r: PriorityResults;
  process: Process;
  meetingLabel: (id: string) => string;
}) {
  const t = useT();
  return (
    <>
      {r.doublePaperMeetings.length ? (
        <Notice kind="warning">
          {t('agenda.prio.double', { meetings: r.doublePaperMeetings.map(meetingLabel).join(', ') })}
        </Notice>
      ) : null}
      {r.refused ? <p>{t('agenda.prio.refused', { n: r.refused })}</p> : null}
      {r.ignoredDots ? <p>{t('agenda.prio.ignored', { n: r.ignoredDots })}</p> : null}
      {r.paperEstimated ? (
        <p>{t('agenda.prio.estimated', { n: r.paperEstimated, budget: r.budget })}</p>
      ) : null}
      <p class="bs-muted">{t('agenda.prio.suppressed', { k: process.settings.minGroupSize })}</p>
      {[r.byBuurt, r.byChannel].some((b) => b.columns.some((c) => c.complement)) ? (
        <p class="bs-muted">{t('agenda.prio.hidden', { k: process.settings.minGroupSize })}</p>
      ) : null}
    </>
  );
}

/** Priority results: totals per item (chart and table), by buurt, by self-stated group and by channel. */
export default function PrioritiesScreen({ path }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const data = useAgendaData(process?.id);
  const years = data ? agendaYears(data.items) : [];
  const year = chosenYear(queryOf(path), years);
  const view = useMemo(() => {
    if (!process || !data) return undefined;
    const items = itemsOfYear(data.items, year);
    const meetingsById = new Map(data.meetings.map((m) => [m.id, m]));
    const r = tallyVotes(
      data.votes.filter((v) => v.agendaYear === year),
      {
        itemIds: items.map((i) => i.id),
        meetingsById,
        k: process.settings.minGroupSize,
        budget: process.settings.dotsPerResident,
      },
      {
        buurtOrder: process.buurten.map((b) => b.id),
        groupOrder: process.targetGroups.map((g) => g.id),
      },
    );
    return { items, byId: new Map(items.map((i) => [i.id, i])), meetingsById, r };
  }, [process, data, year]);

  if (process === undefined || (process && !view)) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null || !view) return <p>{t('meetings.noProcess')}</p>;
  const { r, byId, meetingsById } = view;
  const meetingLabel = (id: string) => {
    const m = meetingsById.get(id);
    return m ? `${buurtName(process, m.buurtId)}, ${m.location} (${formatDateTime(m.startsAt)})` : id;
  };
  const fewer = (n: number, who: 'residents' | 'people') =>
    n < r.k
      ? t(who === 'residents' ? 'agenda.count.fewerResidents' : 'agenda.count.fewerPeople', { k: r.k })
      : t(who === 'residents' ? 'agenda.count.residents' : 'agenda.count.people', { n });
  const buurt = (id: string) =>
    id === GROUP_UNKNOWN ? t('agenda.prio.unknownBuurt') : buurtName(process, id);

  return (
    <>
      <p class="bs-noprint">
        <a class="utrecht-link" href="#/agenda">
          ← {t('agenda.item.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t('agenda.prio.title')}</h1>
      <p>{t('agenda.prio.intro', { budget: process.settings.dotsPerResident })}</p>
      <YearTabs years={years} current={year} base="#/agenda/priorities" />
      <h2 class="utrecht-heading-2">{t('agenda.versionOf', { year })}</h2>
      {!view.items.length ? (
        <p>{t('agenda.prio.noItems')}</p>
      ) : (
        <>
          <p data-testid="prio-summary">
            {r.totalDots
              ? t('agenda.prio.summary', {
                  kiosk: fewer(r.kioskResidents, 'residents'),
                  paper: fewer(r.paperPeople, 'people'),
                  dots: t('agenda.count.dots', { n: r.totalDots }),
                })
              : t('agenda.prio.none')}
          </p>
          {r.totalDots ? (
            <PriorityChart totals={r.items} items={byId} split={!channelSplitHidden(r)} />
          ) : null}
          <TotalsTable r={r} items={byId} />
          <h2 class="utrecht-heading-2">{t('agenda.prio.byChannel')}</h2>
          <BreakdownTable
            title={t('agenda.prio.byChannel')}
            b={r.byChannel}
            r={r}
            items={byId}
            label={(id) => t(`agenda.prio.${id === 'kiosk' ? 'kiosk' : 'paper'}`)}
            testId="prio-channel"
          />
          <h2 class="utrecht-heading-2">{t('agenda.prio.byBuurt')}</h2>
          <BreakdownTable
            title={t('agenda.prio.byBuurt')}
            b={r.byBuurt}
            r={r}
            items={byId}
            label={buurt}
            testId="prio-buurt"
          />
          <h2 class="utrecht-heading-2">{t('agenda.prio.byGroup')}</h2>
          <BreakdownTable
            title={t('agenda.prio.byGroup')}
            b={r.byGroup}
            r={r}
            items={byId}
            label={(id) => groupName(process, id)}
            testId="prio-group"
          />
          <Notes r={r} process={process} meetingLabel={meetingLabel} />
        </>
      )}
    </>
  );
}
