import { useState } from 'preact/hooks';
import { groupLabel } from '../../app/useProcess';
import { BASE, MEASURES, type Measure, reachCellId } from '../../domain/analysis/reach';
import { formatNumber, useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { BarChart } from './charts/BarChart';
import { ChartFigure } from './charts/ChartFigure';
import { pct, people, shareText } from './format';
import { bestText, IndexMatrix, MeasureView, ReachTable, UnderMark } from './ReachCells';
import type { Analysis } from './useAnalysis';

/** Reach: who was heard, against the population, per measure; under-represented groups marked. */
export function ReachView({ a }: { a: Analysis }) {
  const t = useT();
  const { reach, process } = a;
  const [measure, setMeasure] = useState<Measure>('self');
  const k = reach.k;
  const area = reach.area;
  const under = area.groups.filter((g) => g.underIn.length > 0);
  // Groups without self-stated data (nobody, or too few to say): the screen says they are not
  // heard yet instead of suggesting that all is well (issue 10 item 7).
  const notHeard = area.groups.filter(
    (g) => g.self.count === 0 || g.self.status === 'none' || g.self.status === 'unknown',
  );
  const notHeardNames = notHeard.map((g) => groupLabel(process, g.groupId));
  const chartGroups = area.groups;
  const max = Math.min(
    1,
    Math.max(
      0.05,
      ...chartGroups.map((g) =>
        Math.max(g[measure].suppressed ? 0 : (g[measure].share ?? 0), g.population ?? 0),
      ),
    ) * 1.1,
  );
  const underNames = chartGroups
    .filter((g) => g[measure].status === 'under')
    .map((g) => groupLabel(process, g.groupId));
  const unknownNames = chartGroups
    .filter((g) => g[measure].status === 'none' || g[measure].status === 'unknown')
    .map((g) => groupLabel(process, g.groupId));
  const measureLabel = t(`measure.${measure}`);

  return (
    <>
      <p>{t('coord.reach.intro', { threshold: formatNumber(reach.threshold, 2), k })}</p>
      <dl class="bs-figures">
        {MEASURES.map((m) => (
          <div key={m}>
            <dt>{t(`coord.reach.base.${m}`)}</dt>
            <dd>{people(area.bases[m], k, reach.hidden.get(reachCellId(m, null, BASE)) ?? null)}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="h-under">
        <h3 class="utrecht-heading-3" id="h-under">
          {t('coord.reach.underTitle')}
        </h3>
        {under.length ? (
          <ul class="bs-underlist">
            {under.map((g) => (
              <li key={g.groupId}>
                <strong>{groupLabel(process, g.groupId)}</strong> <UnderMark />{' '}
                {t('coord.reach.underIn', {
                  measures: g.underIn.map((m) => t(`measure.${m}`).toLowerCase()).join(', '),
                })}
                <br />
                {bestText(g.bestWorkForms, t)
                  ? t('coord.reach.tryWorkForms', { forms: bestText(g.bestWorkForms, t) })
                  : t('coord.reach.noBest')}
              </li>
            ))}
          </ul>
        ) : notHeard.length ? null : (
          <Notice kind="ok">{t('coord.reach.noUnder')}</Notice>
        )}
        {notHeard.length ? (
          <Notice kind="warning">
            <p class="bs-notice__title">{t('coord.reach.notHeardTitle')}</p>
            <p>
              {t('coord.reach.notHeard', { k, groups: notHeardNames.join(', ') })}
              {under.length ? null : ` ${t('coord.reach.noUnderKnown')}`}
            </p>
          </Notice>
        ) : null}
      </section>

      <fieldset class="bs-measure bs-noprint">
        <legend>{t('coord.reach.chooseMeasure')}</legend>
        {MEASURES.map((m) => (
          <label key={m} class="bs-radio">
            <input
              type="radio"
              name="measure"
              value={m}
              checked={measure === m}
              onChange={() => setMeasure(m)}
            />
            {t(`measure.${m}`)}
          </label>
        ))}
      </fieldset>

      <ChartFigure
        id="chart-reach"
        title={t('coord.reach.chartTitle', { measure: measureLabel })}
        summary={[
          underNames.length
            ? t('coord.reach.chartSummaryUnder', {
                groups: underNames.join(', '),
                measure: measureLabel.toLowerCase(),
              })
            : unknownNames.length
              ? ''
              : t('coord.reach.chartSummaryNone', { measure: measureLabel.toLowerCase() }),
          unknownNames.length
            ? t('coord.reach.chartSummaryNotHeard', {
                groups: unknownNames.join(', '),
                measure: measureLabel.toLowerCase(),
              })
            : '',
        ]
          .filter(Boolean)
          .join(' ')}
        legend={
          <>
            <span class="bs-swatch bs-swatch--bar" aria-hidden="true" /> {t('coord.reach.legendHeard')}
            <span class="bs-swatch bs-swatch--marker" aria-hidden="true" />{' '}
            {t('coord.reach.legendPopulation')}
            <span class="bs-swatch bs-swatch--under" aria-hidden="true" /> ▼ {t('reachStatus.under')}
          </>
        }
        table={
          <table class="bs-table">
            <caption class="visually-hidden">
              {t('coord.reach.chartTitle', { measure: measureLabel })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.col.group')}</th>
                <th scope="col">{measureLabel}</th>
                <th scope="col">{t('coord.col.population')}</th>
              </tr>
            </thead>
            <tbody>
              {chartGroups.map((g) => (
                <tr key={g.groupId}>
                  <th scope="row">{groupLabel(process, g.groupId)}</th>
                  <td>
                    <MeasureView c={g[measure]} k={k} />
                  </td>
                  <td>{g.population === null ? '–' : pct(g.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <BarChart
          id="bars-reach"
          title={t('coord.reach.chartTitle', { measure: measureLabel })}
          labelledBy="chart-reach-title chart-reach-summary"
          max={max}
          bars={chartGroups.map((g) => {
            const c = g[measure];
            return {
              id: g.groupId,
              label: groupLabel(process, g.groupId),
              value: c.suppressed || c.share === null ? null : c.share,
              valueText:
                c.status === 'none'
                  ? t('reachStatus.none')
                  : `${shareText(c, k)}${g.population !== null ? ` ${t('coord.reach.ofPopulation', { p: pct(g.population) })}` : ''}`,
              marker: g.population,
              flagged: c.status === 'under',
              flagText: t('reachStatus.under'),
            };
          })}
        />
      </ChartFigure>

      <section aria-labelledby="h-reach-table">
        <h3 class="utrecht-heading-3" id="h-reach-table">
          {t('coord.reach.tableTitle')}
        </h3>
        <p class="bs-muted">{t('coord.reach.tableHelp', { k })}</p>
        <ReachTable process={process} groups={area.groups} k={k} />
      </section>

      {reach.buurten.length > 1 ? (
        <section aria-labelledby="h-matrix">
          <h3 class="utrecht-heading-3" id="h-matrix">
            {t('coord.reach.matrixTitle', { measure: measureLabel })}
          </h3>
          <p class="bs-muted">{t('coord.reach.matrixHelp')}</p>
          <IndexMatrix process={process} reach={reach} measure={measure} />
        </section>
      ) : null}
    </>
  );
}
