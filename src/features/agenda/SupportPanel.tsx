import { useMemo } from 'preact/hooks';
import { buurtName, groupLabel } from '../../app/useProcess';
import type { AgendaData } from '../../db/agenda';
import { type AgendaItem, shownGroupCounts, supportOf } from '../../domain/agenda';
import { fewerThan } from '../../domain/analysis/suppress';
import { GROUP_UNKNOWN, type Process } from '../../domain/process';
import { textOr, useT } from '../../i18n';
import { groupName } from './common';

function CountList({
  title,
  counts,
  label,
  k,
  suppress,
}: {
  title: string;
  counts: Record<string, number>;
  label: (id: string) => string;
  k: number;
  suppress: boolean;
}) {
  const t = useT();
  const rows = shownGroupCounts(counts, suppress ? k : 0);
  return (
    <div class="bs-support__list">
      <h3 class="utrecht-heading-3">{title}</h3>
      {rows.length ? (
        <table class="bs-table">
          <caption class="visually-hidden">{title}</caption>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{label(r.id)}</th>
                <td class="bs-num">{r.suppressed ? fewerThan(k) : r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="bs-muted">{t('agenda.support.none')}</p>
      )}
    </div>
  );
}

/**
 * How many contributions, from which buurten and groups, support an item. Self-stated and observed
 * groups are separate tables; group counts below k are shown as "<k".
 */
export function SupportPanel({
  item,
  data,
  process,
}: {
  item: AgendaItem;
  data: AgendaData;
  process: Process;
}) {
  const t = useT();
  const s = useMemo(
    () =>
      supportOf(
        item,
        new Map(data.contributions.map((c) => [c.id, c])),
        new Map(data.meetings.map((m) => [m.id, m])),
      ),
    [item, data],
  );
  const k = process.settings.minGroupSize;
  const buurt = (id: string) => (id === GROUP_UNKNOWN ? groupLabel(process, id) : buurtName(process, id));
  const group = (id: string) => groupName(process, id);
  return (
    <section class="bs-card bs-support" aria-labelledby="h-support">
      <h2 class="utrecht-heading-2" id="h-support">
        {t('agenda.support.title')}
      </h2>
      <dl class="bs-support__totals">
        <div>
          <dt>{t('agenda.support.contributions')}</dt>
          <dd data-testid="support-count">{s.contributions}</dd>
        </div>
        <div>
          <dt>{t('agenda.support.agreed')}</dt>
          <dd>{s.agreed}</dd>
        </div>
        {s.missing ? (
          <div>
            <dt>{t('agenda.support.missing')}</dt>
            <dd>{s.missing}</dd>
          </div>
        ) : null}
      </dl>
      {s.contributions ? (
        <div class="bs-support__grid">
          <CountList
            title={t('agenda.support.byBuurt')}
            counts={s.byBuurt}
            label={buurt}
            k={k}
            suppress={false}
          />
          <CountList
            title={t('agenda.support.bySource')}
            counts={s.bySource}
            label={(id) => textOr(`agenda.support.source.${id}`, id)}
            k={k}
            suppress={false}
          />
          <CountList title={t('agenda.support.bySelf')} counts={s.bySelfGroup} label={group} k={k} suppress />
          <CountList
            title={t('agenda.support.byObserved')}
            counts={s.byObservedGroup}
            label={group}
            k={k}
            suppress
          />
        </div>
      ) : null}
      {s.contributions ? <p class="bs-muted bs-small">{t('agenda.support.suppressed', { k })}</p> : null}
    </section>
  );
}
