import { buurtName, themeLabel } from '../../app/useProcess';
import { CONTRIBUTION_KINDS } from '../../domain/constants';
import { formatDateNl } from '../../domain/csv';
import { speakerLabel, speakerOf } from '../../domain/voices';
import { formatDateTime, formatNumber, useT } from '../../i18n';
import { BarChart } from './charts/BarChart';
import { ChartFigure } from './charts/ChartFigure';
import { Timeline } from './charts/Timeline';
import { people } from './format';
import { useAfterPaint } from './useAfterPaint';
import type { Analysis } from './useAnalysis';

function listText(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * Overview: key figures, themes, buurten, timeline and the latest contributions. The key figures
 * are in the first frame; the rest renders in the next one (issue 12 item 3: at 100,000
 * contributions the charts and tables held the numbers back).
 */
export function Overview({ a }: { a: Analysis }) {
  const t = useT();
  const { overview: o, process } = a;
  const k = process.settings.minGroupSize;
  const rest = useAfterPaint();

  return (
    <>
      <dl class="bs-figures">
        <div>
          <dt>{t('coord.fig.contributions')}</dt>
          <dd>{formatNumber(o.contributions)}</dd>
        </div>
        <div>
          <dt>{t('coord.fig.meetings')}</dt>
          <dd>{formatNumber(o.meetings)}</dd>
        </div>
        <div>
          <dt>{t('coord.fig.respondents')}</dt>
          <dd>{people(o.respondents, k)}</dd>
        </div>
        <div>
          <dt>{t('coord.fig.attendance')}</dt>
          <dd>{people(o.attendance, k)}</dd>
        </div>
        <div class="bs-figures__apart">
          <dt>{t('coord.fig.others')}</dt>
          <dd>{formatNumber(o.bySpeaker.partner + o.bySpeaker.professional)}</dd>
        </div>
        <div class="bs-figures__apart">
          <dt>{t('coord.fig.earlier')}</dt>
          <dd>{formatNumber(o.earlier)}</dd>
        </div>
      </dl>
      {o.bySpeaker.partner + o.bySpeaker.professional + o.earlier ? (
        <p class="bs-muted" data-testid="apart">
          {t('coord.fig.apart', {
            partner: o.bySpeaker.partner,
            professional: o.bySpeaker.professional,
            earlier: o.earlier,
          })}
        </p>
      ) : null}
      <p class="bs-muted">
        {t('coord.fig.sources', { facilitator: o.bySource.facilitator, kiosk: o.bySource.kiosk })}
        {o.orphans ? ` ${t('coord.fig.orphans', { n: o.orphans })}` : ''}
      </p>

      {rest ? <OverviewDetails a={a} /> : null}
    </>
  );
}

/** The overview below its key figures: themes, kinds, timeline, buurten, the latest contributions. */
function OverviewDetails({ a }: { a: Analysis }) {
  const t = useT();
  const { overview: o, process } = a;
  const k = process.settings.minGroupSize;
  const top = o.byTheme.slice(0, 3).map((th) => `${themeLabel(process, th.themeId)} (${th.count})`);
  const busiest = o.timeline.reduce((best, p) => (p.count > (best?.count ?? 0) ? p : best), o.timeline[0]);
  const pointLabel = (key: string, start: string) =>
    o.granularity === 'week'
      ? t('coord.timeline.week', { week: Number(key.slice(6)), date: formatDateNl(start) })
      : t('coord.timeline.month', { month: key.slice(5, 7), year: key.slice(0, 4) });

  return (
    <>
      {o.contributions === 0 && o.byTheme.length === 0 ? (
        <p>{t('coord.noMatch')}</p>
      ) : (
        <>
          <ChartFigure
            id="chart-themes"
            title={t('coord.themes.title')}
            summary={t('coord.themes.summary', { top: listText(top, t('coord.and')), n: o.contributions })}
            table={
              <table class="bs-table">
                <caption class="visually-hidden">{t('coord.themes.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coord.col.theme')}</th>
                    <th scope="col" class="bs-num">
                      {t('coord.col.total')}
                    </th>
                    <th scope="col" class="bs-num">
                      {t('coord.col.residents')}
                    </th>
                    <th scope="col" class="bs-num">
                      {t('coord.col.partners')}
                    </th>
                    <th scope="col" class="bs-num">
                      {t('coord.col.earlier')}
                    </th>
                    {CONTRIBUTION_KINDS.map((kind) => (
                      <th key={kind} scope="col" class="bs-num">
                        {t(`kind.${kind}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {o.byTheme.map((th) => (
                    <tr key={th.themeId}>
                      <th scope="row">{themeLabel(process, th.themeId)}</th>
                      <td class="bs-num">{th.count}</td>
                      <td class="bs-num">{th.residents}</td>
                      <td class="bs-num">{th.partners}</td>
                      <td class="bs-num">{th.earlier}</td>
                      {CONTRIBUTION_KINDS.map((kind) => (
                        <td key={kind} class="bs-num">
                          {th.byKind[kind]}
                        </td>
                      ))}
                    </tr>
                  ))}
                  {o.withoutTheme ? (
                    <tr>
                      <th scope="row">{t('coord.themes.none')}</th>
                      <td class="bs-num">{o.withoutTheme}</td>
                      <td colSpan={CONTRIBUTION_KINDS.length + 3} />
                    </tr>
                  ) : null}
                </tbody>
              </table>
            }
          >
            <BarChart
              id="bars-themes"
              title={t('coord.themes.title')}
              labelledBy="chart-themes-title chart-themes-summary"
              bars={o.byTheme.map((th) => ({
                id: th.themeId,
                label: themeLabel(process, th.themeId),
                value: th.count,
                valueText:
                  th.partners || th.earlier
                    ? `${formatNumber(th.count)} (${t('coord.col.residents').toLowerCase()} ${th.residents})`
                    : formatNumber(th.count),
              }))}
            />
          </ChartFigure>

          <section aria-labelledby="h-kinds">
            <h3 class="utrecht-heading-3" id="h-kinds">
              {t('coord.kinds.title')}
            </h3>
            <ul class="bs-kindlist">
              {CONTRIBUTION_KINDS.filter((kind) => o.byKind[kind] > 0).map((kind) => (
                <li key={kind}>
                  <strong>{o.byKind[kind]}</strong> {t(`kind.${kind}`)}
                </li>
              ))}
            </ul>
          </section>

          {o.timeline.length > 1 ? (
            <ChartFigure
              id="chart-time"
              title={t('coord.timeline.title')}
              summary={t('coord.timeline.summary', {
                when: busiest ? pointLabel(busiest.key, busiest.start) : '',
                n: busiest?.count ?? 0,
              })}
              table={
                <table class="bs-table">
                  <caption class="visually-hidden">{t('coord.timeline.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        {t(o.granularity === 'week' ? 'coord.col.week' : 'coord.col.month')}
                      </th>
                      <th scope="col" class="bs-num">
                        {t('coord.col.contributions')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.timeline.map((p) => (
                      <tr key={p.key}>
                        <th scope="row">{pointLabel(p.key, p.start)}</th>
                        <td class="bs-num">{p.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
            >
              <Timeline
                points={o.timeline}
                title={t('coord.timeline.title')}
                labelledBy="chart-time-title chart-time-summary"
                labelOf={(p) =>
                  o.granularity === 'week' ? `wk ${Number(p.key.slice(6))}` : p.key.slice(0, 7)
                }
              />
            </ChartFigure>
          ) : null}
        </>
      )}

      <section aria-labelledby="h-buurten">
        <h3 class="utrecht-heading-3" id="h-buurten">
          {t('coord.buurten.title')}
        </h3>
        <table class="bs-table">
          <thead>
            <tr>
              <th scope="col">{t('coord.col.buurt')}</th>
              <th scope="col" class="bs-num">
                {t('coord.col.meetings')}
              </th>
              <th scope="col" class="bs-num">
                {t('coord.col.contributions')}
              </th>
              <th scope="col" class="bs-num">
                {t('coord.col.attendance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {o.byBuurt.map((b) => (
              <tr key={b.buurtId}>
                <th scope="row">
                  <a class="utrecht-link" href={`#/coordinator/buurt/${encodeURIComponent(b.buurtId)}`}>
                    {buurtName(process, b.buurtId)}
                  </a>
                </th>
                <td class="bs-num">{b.meetings}</td>
                <td class="bs-num">{b.contributions}</td>
                <td class="bs-num">{people(b.attendance, k)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {o.recent.length ? (
        <section aria-labelledby="h-recent">
          <h3 class="utrecht-heading-3" id="h-recent">
            {t('coord.recent.title')}
          </h3>
          <ul class="bs-cardlist">
            {o.recent.map(({ contribution: c, meeting: m }) => (
              <li key={c.id} class="bs-contrib">
                <p>{c.text || t('coord.recent.noText')}</p>
                <div class="bs-contrib__meta">
                  {t(`kind.${c.kind}`)} · {t(`capture.source.${c.source}`)}
                  {speakerOf(c) !== 'resident'
                    ? ` · ${t(`speaker.${speakerOf(c)}`)}${
                        speakerLabel(c, a.aggregates.keyFigures ?? [])
                          ? `: ${speakerLabel(c, a.aggregates.keyFigures ?? [])}`
                          : ''
                      }`
                    : ''}
                  {c.themeIds.length
                    ? ` · ${c.themeIds.map((id) => themeLabel(process, id)).join(', ')}`
                    : ''}
                  {' · '}
                  <a class="utrecht-link" href={`#/meetings/${m.id}`}>
                    {buurtName(process, m.buurtId)} — {m.location}, {formatDateTime(m.startsAt)}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
