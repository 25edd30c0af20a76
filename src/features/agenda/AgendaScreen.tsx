import { useMemo, useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { queryOf } from '../../app/router';
import { buurtName, themeLabel, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import type { AgendaData } from '../../db/agenda';
import { moveAgendaItem, startAgendaYear } from '../../db/agenda';
import { type AgendaItem, agendaYears, itemsOfYear, supportOf } from '../../domain/agenda';
import { hlcToDate } from '../../domain/clock';
import { localDay } from '../../domain/day';
import { feedbackDue } from '../../domain/feedback';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { buurtenText, chosenYear, StatusBadge, useAgendaData, YearTabs, yearsText } from './common';
import { PublishButton } from './PublishButton';

function ItemCard({
  item,
  index,
  count,
  process,
  data,
  editable,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  process: Process;
  data: AgendaData;
  editable: boolean;
}) {
  const t = useT();
  const write = useWrite();
  const maps = useMemo(
    () => ({
      contributions: new Map(data.contributions.map((c) => [c.id, c])),
      meetings: new Map(data.meetings.map((m) => [m.id, m])),
    }),
    [data],
  );
  const s = supportOf(item, maps.contributions, maps.meetings);
  const names = Object.entries(s.byBuurt)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => buurtName(process, id));
  const buurten =
    names.length > 3 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
  return (
    <li class="bs-card bs-agenda-item" data-testid="agenda-item">
      <div class="bs-row">
        <span class="bs-agenda-item__nr" aria-hidden="true">
          {index + 1}
        </span>
        <h2 class="utrecht-heading-3 bs-agenda-item__title">
          <a class="utrecht-link" href={`#/agenda/${item.id}`}>
            {item.title}
          </a>
        </h2>
        <StatusBadge status={item.status} />
        <span class="bs-spacer" />
        {editable ? (
          <span class="bs-row bs-noprint bs-move">
            {index > 0 ? (
              <Button
                variant="subtle"
                aria-label={t('agenda.moveUp', { title: item.title })}
                onClick={() => void write.run('moveAgendaItem', () => moveAgendaItem(item.id, -1))}
              >
                ↑
              </Button>
            ) : (
              <span class="bs-move__gap" />
            )}
            {index < count - 1 ? (
              <Button
                variant="subtle"
                aria-label={t('agenda.moveDown', { title: item.title })}
                onClick={() => void write.run('moveAgendaItem', () => moveAgendaItem(item.id, 1))}
              >
                ↓
              </Button>
            ) : (
              <span class="bs-move__gap" />
            )}
          </span>
        ) : null}
      </div>
      <p class="bs-muted bs-agenda-item__meta">
        {yearsText(item.years)} · {buurtenText(process, item.buurtIds)}
        {item.themeIds.length ? ` · ${item.themeIds.map((id) => themeLabel(process, id)).join(', ')}` : ''}
      </p>
      <WriteStatus write={write} />
      {item.description ? <p class="bs-agenda-item__desc">{item.description}</p> : null}
      <p class="bs-agenda-item__support">
        {s.contributions
          ? t('agenda.support', {
              contributions: t('agenda.count.contributions', { n: s.contributions }),
              agreed: t('agenda.count.agreed', { n: s.agreed }),
              buurten,
            })
          : t('agenda.noSupport')}
      </p>
    </li>
  );
}

function StartNextYear({ process, year }: { process: Process; year: number }) {
  const t = useT();
  const [done, setDone] = useState<{ year: number; n: number } | null>(null);
  const write = useWrite();
  const next = year + 1;
  return (
    <section class="bs-card bs-noprint" aria-labelledby="h-next-year">
      <h3 class="utrecht-heading-3" id="h-next-year">
        {t('agenda.versions')}
      </h3>
      <p class="bs-muted bs-small">{t('agenda.startYearHelp', { year: next, from: year })}</p>
      <Button
        onClick={async () => {
          const r = await write.run('startAgendaYear', () => startAgendaYear(process.id, year, next));
          if (!r.ok) return;
          setDone({ year: next, n: r.value.length });
          location.hash = `#/agenda?jaar=${next}`;
        }}
      >
        {t('agenda.startYear', { year: next })}
      </Button>
      <WriteStatus write={write} />
      {done ? <Notice kind="ok">{t('agenda.startYearDone', { year: done.year, n: done.n })}</Notice> : null}
    </section>
  );
}

/** The social agenda: versions per year, items with their support, and the way to the results. */
export default function AgendaScreen({ path }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const data = useAgendaData(process?.id);
  if (process === undefined || (process && !data)) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null || !data) return <p>{t('meetings.noProcess')}</p>;

  const years = agendaYears(data.items);
  const year = chosenYear(queryOf(path), years);
  const items = itemsOfYear(data.items, year);
  const latest = years.at(-1) ?? year;
  const editable = year === latest;
  const published = items
    .map((i) => i.publishedAt)
    .filter(Boolean)
    .sort()
    .at(-1);
  // An item changed (or added) after the last publication: the tablets do not have it yet.
  const stale =
    !!published &&
    items.some((i) => !i.publishedAt || hlcToDate(i.updatedAt).getTime() - Date.parse(i.publishedAt) > 5000);
  const overdue = feedbackDue({
    buurten: process.buurten,
    meetings: data.meetings,
    feedback: data.feedback,
    items: data.items,
    today: localDay(),
    intervalMonths: process.settings.feedbackIntervalMonths,
  }).filter((d) => d.status === 'te-laat');

  return (
    <>
      <h1 class="utrecht-heading-1">{t('agenda.title')}</h1>
      <p>{t('agenda.intro')}</p>
      {overdue.length ? (
        <Notice kind="warning">
          {t('agenda.overdue', { n: overdue.length })} (
          {overdue.map((d) => buurtName(process, d.buurtId)).join(', ')}){' '}
          <a class="utrecht-link" href="#/feedback">
            {t('agenda.toFeedback')}
          </a>
        </Notice>
      ) : null}
      <div class="bs-actions bs-noprint">
        <LinkButton href={`#/agenda/document?jaar=${year}`} variant="secondary">
          {t('agenda.doc.link')}
        </LinkButton>
        <LinkButton href="#/agenda/priorities" variant="secondary">
          {t('agenda.toPriorities')}
        </LinkButton>
        <LinkButton href="#/feedback" variant="secondary">
          {t('agenda.toFeedback')}
        </LinkButton>
      </div>
      <YearTabs years={years} current={year} base="#/agenda" />
      <div class="bs-row">
        <h2 class="utrecht-heading-2">{t('agenda.versionOf', { year })}</h2>
        <span class="bs-badge">
          {published ? t('agenda.published', { date: formatDateTime(published) }) : t('agenda.notPublished')}
        </span>
      </div>
      {!editable ? <Notice>{t('agenda.readOnly')}</Notice> : null}
      {editable && stale ? <Notice kind="warning">{t('agenda.changedSincePublished')}</Notice> : null}
      {items.length ? (
        <ol class="bs-cardlist bs-agenda-list">
          {items.map((item, i) => (
            <ItemCard
              key={item.id}
              item={item}
              index={i}
              count={items.length}
              process={process}
              data={data}
              editable={editable}
            />
          ))}
        </ol>
      ) : (
        <>
          <p>{t('agenda.none')}</p>
          <p class="bs-muted">{t('agenda.noneHelp')}</p>
        </>
      )}
      {editable ? (
        <div class="bs-actions bs-noprint">
          <LinkButton href={`#/agenda/new?jaar=${year}`} variant="primary">
            {t('agenda.newItem')}
          </LinkButton>
        </div>
      ) : null}
      {editable && items.length ? (
        <div class="bs-agenda-tools">
          <PublishButton process={process} year={year} />
          <StartNextYear process={process} year={year} />
        </div>
      ) : null}
    </>
  );
}
