import { useMemo, useRef } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { queryOf } from '../../app/router';
import { buurtName, groupLabel, themeLabel, useProcess } from '../../app/useProcess';
import type { AgendaData } from '../../db/agenda';
import { type AgendaItem, agendaYears, COST_PM, shownGroupCounts, supportOf } from '../../domain/agenda';
import { agendaDocumentSections, agendaTotals, sortedEndorsements } from '../../domain/agendaDocument';
import { fewerThan } from '../../domain/analysis/suppress';
import { votesResults } from '../../domain/analysis/votesReport';
import { localDay } from '../../domain/day';
import { GROUP_UNKNOWN, type Process } from '../../domain/process';
import { cell, type PriorityResults } from '../../domain/votes';
import { formatDay, formatNumber, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { downloadHtml } from '../design/common';
import { chosenYear, groupName, statusLabel, useAgendaData, YearTabs, yearsText } from './common';

const euro = (n: number) => `€ ${formatNumber(n, n % 1 ? 2 : 0)}`;

function costText(item: AgendaItem, none: string): string {
  const amount = item.cost === undefined ? none : item.cost === COST_PM ? COST_PM : euro(item.cost);
  return item.costNote ? `${amount} — ${item.costNote}` : amount;
}

/** One item of the document: facts, endorsements and support (group counts under k hidden). */
interface Lookups {
  contributionsById: Map<string, AgendaData['contributions'][number]>;
  meetingsById: Map<string, AgendaData['meetings'][number]>;
  /** The dots of the version shown, when residents placed any (issue 16: support includes dots). */
  dots: PriorityResults | undefined;
}

/** The dots an item got: total and rank, and per buurt with the small-group rules of every output. */
function DotsFacts({
  itemId,
  r,
  process,
}: {
  itemId: string;
  r: PriorityResults | undefined;
  process: Process;
}) {
  const t = useT();
  if (!r) return null;
  const at = r.items.findIndex((i) => i.itemId === itemId);
  const total = r.items[at]?.total ?? 0;
  const buurten = r.byBuurt.columns
    .filter((c) => (r.byBuurt.dots[itemId]?.[c.id] ?? 0) > 0 || c.suppressed || c.complement)
    .map((c) => {
      const name = c.id === GROUP_UNKNOWN ? groupLabel(process, c.id) : buurtName(process, c.id);
      return `${name}: ${cell(r.byBuurt, itemId, c.id, r.k)}`;
    });
  return (
    <>
      <dt>{t('agenda.doc.dots')}</dt>
      <dd data-testid="agenda-doc-dots">
        {t('agenda.doc.dotsLine', { n: total, rank: at + 1, of: r.items.length })}
        {total && buurten.length ? (
          <>
            <br />
            {t('agenda.doc.dotsBuurten')}: {buurten.join(' · ')}
          </>
        ) : null}
      </dd>
    </>
  );
}

function DocItem({ item, process, data }: { item: AgendaItem; process: Process; data: Lookups }) {
  const t = useT();
  const k = process.settings.minGroupSize;
  const support = supportOf(item, data.contributionsById, data.meetingsById);
  const groups = shownGroupCounts(support.bySelfGroup, k);
  const buurten = shownGroupCounts(support.byBuurt, k);
  const connected = process.connectedProcesses.find((c) => c.id === item.connectedProcessId);
  const endorsements = sortedEndorsements(item);
  const cells = (rows: ReturnType<typeof shownGroupCounts>, label: (id: string) => string) =>
    rows.map((r) => `${label(r.id)}: ${r.suppressed ? fewerThan(k) : r.count}`).join(' · ');
  return (
    <article class="bs-adoc__item" data-testid="agenda-doc-item">
      <h4 class="bs-adoc__title">{item.title}</h4>
      {item.description ? <p>{item.description}</p> : null}
      <dl class="bs-adoc__facts">
        <dt>{t('agenda.doc.years')}</dt>
        <dd>{yearsText(item.years)}</dd>
        <dt>{t('agenda.doc.status')}</dt>
        <dd>
          {statusLabel(item.status)}
          {item.statusReason ? ` — ${item.statusReason}` : ''}
        </dd>
        {item.responsible ? (
          <>
            <dt>{t('agenda.doc.responsible')}</dt>
            <dd>{item.responsible}</dd>
          </>
        ) : null}
        <dt>{t('agenda.doc.cost')}</dt>
        <dd>{costText(item, t('agenda.doc.costNone'))}</dd>
        {connected ? (
          <>
            <dt>{t('agenda.doc.connected')}</dt>
            <dd>{connected.name}</dd>
          </>
        ) : null}
        <dt>{t('agenda.doc.endorsements')}</dt>
        <dd>
          {endorsements.length
            ? endorsements
                .map((e) => t('agenda.end.line', { who: e.who, date: formatDay(e.date) }))
                .join('; ')
            : t('agenda.doc.notEndorsed')}
        </dd>
        <DotsFacts itemId={item.id} r={data.dots} process={process} />
        <dt>{t('agenda.doc.support')}</dt>
        <dd>
          {support.contributions ? (
            <>
              {t('agenda.doc.supportLine', { n: support.contributions, agreed: support.agreed })}
              {buurten.length ? (
                <>
                  <br />
                  {t('agenda.doc.supportBuurten')}:{' '}
                  {cells(buurten, (id) =>
                    id === GROUP_UNKNOWN ? groupLabel(process, id) : buurtName(process, id),
                  )}
                </>
              ) : null}
              {groups.length ? (
                <>
                  <br />
                  {t('agenda.doc.supportGroups')}: {cells(groups, (id) => groupName(process, id))}
                </>
              ) : null}
            </>
          ) : (
            t('agenda.doc.supportNone')
          )}
        </dd>
      </dl>
    </article>
  );
}

/**
 * The "Sociale agenda" as a document (`/agenda/document?jaar=`): the whole multi-year agenda of a
 * version, per buurt and theme, with cost, connected process, endorsements and support. Printed
 * with the A4 print stylesheet (or saved as PDF from the print dialog), or downloaded as one
 * self-contained HTML file.
 */
export default function AgendaDocument({ path }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const data = useAgendaData(process?.id);
  const doc = useRef<HTMLElement>(null);
  const years = useMemo(() => (data ? agendaYears(data.items) : []), [data]);
  const year = chosenYear(queryOf(path), years);
  const lookups = useMemo<Lookups | undefined>(
    () =>
      data && process
        ? {
            contributionsById: new Map(data.contributions.map((c) => [c.id, c])),
            meetingsById: new Map(data.meetings.map((m) => [m.id, m])),
            dots: votesResults(data.votes, data.items, data.meetings, process).find((v) => v.year === year)
              ?.r,
          }
        : undefined,
    [data, process, year],
  );
  if (process === undefined || (process && !data)) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null || !data || !lookups) return <p>{t('meetings.noProcess')}</p>;
  const sections = agendaDocumentSections(
    data.items,
    year,
    process.buurten.map((b) => b.id),
    process.themes.map((th) => th.id),
  );
  const totals = agendaTotals(data.items, year);
  const title = t('agenda.doc.title', { area: process.area });
  const today = localDay();

  return (
    <>
      <div class="bs-noprint">
        <p>
          <a class="utrecht-link" href="#/agenda">
            ← {t('agenda.doc.back')}
          </a>
        </p>
        <YearTabs years={years} current={year} base="#/agenda/document" />
        <div class="bs-actions">
          <Button variant="primary" onClick={() => window.print()}>
            {t('agenda.doc.print')}
          </Button>
          <Button
            onClick={() =>
              doc.current &&
              downloadHtml(
                doc.current,
                `${title} ${year}`,
                `sociale-agenda-${process.area}-${year}.html`.replace(/\s+/g, '-').toLowerCase(),
              )
            }
          >
            {t('agenda.doc.download')}
          </Button>
        </div>
      </div>
      <article class="bs-adoc" ref={doc} aria-labelledby="h-adoc">
        <h1 class="utrecht-heading-1" id="h-adoc">
          {title}
        </h1>
        <p class="bs-adoc__meta">
          {process.name} · {t('agenda.doc.version', { year, date: formatDay(today) })}
        </p>
        <p>{t('agenda.doc.intro', { area: process.area })}</p>
        <h2 class="utrecht-heading-2">{t('agenda.doc.summary')}</h2>
        <ul>
          <li>{t('agenda.doc.items', { n: totals.items })}</li>
          <li>{t('agenda.doc.endorsed', { n: totals.endorsed })}</li>
          <li>
            {t('agenda.doc.costKnown', { amount: euro(totals.known) })}
            {totals.pm ? `, ${t('agenda.doc.costPm', { n: totals.pm })}` : ''}
            {totals.open ? `, ${t('agenda.doc.costOpen', { n: totals.open })}` : ''}
          </li>
        </ul>
        {sections.length ? (
          sections.map((s) => (
            <section key={s.buurtId ?? '-'} class="bs-adoc__section">
              <h2 class="utrecht-heading-2">
                {s.buurtId === null
                  ? t('agenda.doc.wholeArea', { area: process.area })
                  : t('agenda.doc.buurt', { buurt: buurtName(process, s.buurtId) })}
              </h2>
              {s.themes.map((g) => (
                <div key={g.themeId ?? '-'} class="bs-adoc__theme">
                  <h3 class="utrecht-heading-3">
                    {g.themeId === null ? t('agenda.doc.noTheme') : themeLabel(process, g.themeId)}
                  </h3>
                  {g.items.map((i) => (
                    <DocItem key={i.id} item={i} process={process} data={lookups} />
                  ))}
                </div>
              ))}
            </section>
          ))
        ) : (
          <p>{t('agenda.doc.empty')}</p>
        )}
        <p class="bs-adoc__foot">{t('agenda.doc.hidden', { k: process.settings.minGroupSize })}</p>
      </article>
    </>
  );
}
