import { useMemo } from 'preact/hooks';
import { buurtName, groupLabel, themeLabel } from '../../app/useProcess';
import { useLive } from '../../db/live';
import { loadMeetingContributions } from '../../db/readModels';
import { aggregatesAnswer, overviewFromAggregates } from '../../domain/analysis/aggregateRead';
import { contributionMatches, meetingMatches } from '../../domain/analysis/filter';
import { computeOverview } from '../../domain/analysis/overview';
import type { Contribution } from '../../domain/contribution';
import { formatDateNl } from '../../domain/csv';
import { byCode } from '../../domain/order';
import { countsAsResident, findingMatches, speakerLabel, speakerOf } from '../../domain/voices';
import { useT } from '../../i18n';
import { BarChart } from './charts/BarChart';
import { ChartFigure } from './charts/ChartFigure';
import { pct } from './format';
import { type Analysis, toAnalysisFilter } from './useAnalysis';

const QUOTES_PER_THEME = 2;

/**
 * "Gedeeld beeld": the municipality's social profile of a buurt next to what residents raised most,
 * with a few quotes, so a meeting can discuss both.
 */
export function SharedPicture({ a, buurtId }: { a: Analysis; buurtId: string }) {
  const t = useT();
  const { process } = a;
  // This buurt, with the other filters (period, work form, source, theme, group) as chosen.
  const f = useMemo(
    () => ({ ...toAnalysisFilter(a.filter), buurtIds: [buurtId], meetingIds: [] }),
    [a.filter, buurtId],
  );
  const inScope = useMemo(
    () => a.meetings.filter((m) => meetingMatches(m, f)).map((m) => m.id),
    [a.meetings, f],
  );
  // The quotes need the texts: only this buurt's meetings are read, in the background.
  const records = useLive(() => loadMeetingContributions(process.id, inScope), [process.id, inScope]);
  const overview = useMemo(() => {
    if (aggregatesAnswer(f, 'overview'))
      return overviewFromAggregates(a.aggregates, process, f, { recent: 0 });
    if (!records) return undefined;
    const data = {
      meetings: a.meetings,
      attendance: a.aggregates.attendance,
      contributions: records,
      findings: a.aggregates.findings,
    };
    return computeOverview(data, process, f, { recent: 0 });
  }, [a.aggregates, a.meetings, records, process, f]);
  const pool = useMemo(
    () =>
      (records ?? [])
        .filter((c) => c.text.trim() && contributionMatches(c, f))
        .sort((x, y) => y.agreeCount - x.agreeCount || byCode(y.createdAt, x.createdAt)),
    [records, f],
  );
  // Residents are quoted; partners' and professionals' words and earlier findings are shown apart.
  const residents = useMemo(() => pool.filter(countsAsResident), [pool]);
  const others = useMemo(() => pool.filter((c) => !countsAsResident(c)), [pool]);
  const findings = useMemo(
    () =>
      (a.aggregates.findings ?? [])
        .filter((x) => !x.deleted && x.processId === process.id && findingMatches(x, f))
        .sort((x, y) => byCode(y.date, x.date)),
    [a.aggregates, process.id, f],
  );
  const buurt = process.buurten.find((b) => b.id === buurtId);
  if (!buurt) return <p>{t('coord.shared.unknownBuurt')}</p>;
  if (!overview) return <p class="bs-muted">{t('app.loading')}</p>;
  const top = overview.byTheme.slice(0, 6);
  const name = buurt.name;

  // Quotes: per top theme the contributions most agreed with, then the newest; each text once.
  const used = new Set<string>();
  const quotes: { themeId: string; c: Contribution }[] = [];
  for (const th of top.slice(0, 3)) {
    let n = 0;
    for (const c of residents) {
      if (n >= QUOTES_PER_THEME) break;
      if (!c.themeIds.includes(th.themeId) || used.has(c.text)) continue;
      used.add(c.text);
      quotes.push({ themeId: th.themeId, c });
      n++;
    }
  }
  const profileThemes = new Set(buurt.themeIds);
  const both = top.filter((th) => profileThemes.has(th.themeId)).map((th) => themeLabel(process, th.themeId));

  return (
    <div class="bs-shared">
      <section class="bs-card" aria-labelledby="h-profile">
        <h2 class="utrecht-heading-2" id="h-profile">
          {t('coord.shared.profileTitle', { buurt: name })}
        </h2>
        {buurt.profile.length ? (
          <dl class="bs-facts">
            {buurt.profile.map((f) => (
              <div key={`${f.label}:${f.value}`}>
                <dt>{f.label}</dt>
                <dd>
                  {f.value}
                  <br />
                  <span class="bs-muted">
                    {t('coord.shared.source')}: {f.source.label}
                    {f.source.year ? ` (${f.source.year})` : ''}
                  </span>{' '}
                  {f.source.example ? (
                    <span class="bs-badge bs-badge--example">{t('coord.shared.example')}</span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="bs-muted">{t('coord.shared.noProfile')}</p>
        )}
        {buurt.themeIds.length ? (
          <>
            <h3 class="utrecht-heading-3">{t('coord.shared.profileThemes')}</h3>
            <ul class="bs-taglist">
              {buurt.themeIds.map((id) => (
                <li key={id}>{themeLabel(process, id)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 class="utrecht-heading-3">{t('coord.shared.groups')}</h3>
        <ul class="bs-plainlist">
          {process.targetGroups
            .filter((g) => g.share.byBuurt[buurtId] !== undefined)
            .map((g) => (
              <li key={g.id}>
                {groupLabel(process, g.id)}: {pct(g.share.byBuurt[buurtId]!)}{' '}
                {g.source.example ? (
                  <span class="bs-badge bs-badge--example">{t('coord.shared.example')}</span>
                ) : null}
              </li>
            ))}
        </ul>
      </section>

      <section class="bs-card" aria-labelledby="h-residents">
        <h2 class="utrecht-heading-2" id="h-residents">
          {t('coord.shared.residentsTitle', { buurt: name })}
        </h2>
        {top.length === 0 ? (
          <p class="bs-muted">{t('coord.shared.nothingYet')}</p>
        ) : (
          <>
            <p>
              {t('coord.shared.basis', {
                n: overview.contributions,
                meetings: t('coord.meetingsCount', { n: overview.meetings }),
              })}
              {others.length || findings.length
                ? ` ${t('coord.shared.basisApart', { others: others.length, earlier: findings.length })}`
                : ''}
            </p>
            <ChartFigure
              id="chart-buurt-themes"
              title={t('coord.shared.topThemes')}
              summary={
                both.length
                  ? t('coord.shared.summaryBoth', { themes: both.join(', ') })
                  : t('coord.shared.summaryNone', { first: themeLabel(process, top[0]!.themeId) })
              }
              table={
                <table class="bs-table">
                  <caption class="visually-hidden">{t('coord.shared.topThemes')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('coord.col.theme')}</th>
                      <th scope="col" class="bs-num">
                        {t('coord.col.residents')}
                      </th>
                      <th scope="col" class="bs-num">
                        {t('coord.col.partners')}
                      </th>
                      <th scope="col" class="bs-num">
                        {t('coord.col.earlier')}
                      </th>
                      <th scope="col">{t('coord.shared.inProfile')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {top.map((th) => (
                      <tr key={th.themeId}>
                        <th scope="row">{themeLabel(process, th.themeId)}</th>
                        <td class="bs-num">{th.residents}</td>
                        <td class="bs-num">{th.partners}</td>
                        <td class="bs-num">{th.earlier}</td>
                        <td>
                          {profileThemes.has(th.themeId) ? t('coord.shared.yes') : t('coord.shared.no')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
            >
              <BarChart
                id="bars-buurt"
                size="narrow"
                title={t('coord.shared.topThemes')}
                labelledBy="chart-buurt-themes-title chart-buurt-themes-summary"
                bars={top.map((th) => ({
                  id: th.themeId,
                  label: themeLabel(process, th.themeId),
                  value: th.count,
                  valueText: profileThemes.has(th.themeId)
                    ? `${th.count} · ${t('coord.shared.alsoProfile')}`
                    : String(th.count),
                }))}
              />
            </ChartFigure>
            {quotes.length ? (
              <>
                <h3 class="utrecht-heading-3">{t('coord.shared.quotes')}</h3>
                <ul class="bs-quotes">
                  {quotes.map(({ themeId, c }) => (
                    <li key={c.id}>
                      <blockquote>{c.text}</blockquote>
                      <p class="bs-contrib__meta">
                        {themeLabel(process, themeId)} · {t(`kind.${c.kind}`)} ·{' '}
                        {t(`capture.source.${c.source}`)}
                        {c.agreeCount ? ` · ${t('capture.agreeCount', { n: c.agreeCount })}` : ''}
                      </p>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </section>

      {others.length ? (
        <section class="bs-card" aria-labelledby="h-partners">
          <h2 class="utrecht-heading-2" id="h-partners">
            {t('coord.shared.partnersTitle', { n: others.length })}
          </h2>
          <p class="bs-muted">{t('coord.shared.partnersIntro')}</p>
          <ul class="bs-cardlist">
            {others.slice(0, 10).map((c) => (
              <li key={c.id} class="bs-contrib">
                <p>{c.text}</p>
                <p class="bs-contrib__meta">
                  {t(`speaker.${speakerOf(c)}`)}
                  {speakerLabel(c, a.aggregates.keyFigures ?? [])
                    ? `: ${speakerLabel(c, a.aggregates.keyFigures ?? [])}`
                    : ''}
                  {c.themeIds.length
                    ? ` · ${c.themeIds.map((id) => themeLabel(process, id)).join(', ')}`
                    : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {findings.length ? (
        <section class="bs-card" aria-labelledby="h-earlier">
          <h2 class="utrecht-heading-2" id="h-earlier">
            {t('coord.shared.earlierTitle', { n: findings.length })}
          </h2>
          <p class="bs-muted">{t('coord.shared.earlierIntro')}</p>
          <ul class="bs-cardlist" data-testid="earlier-findings">
            {findings.slice(0, 10).map((x) => (
              <li key={x.id} class="bs-contrib">
                <p>{x.text}</p>
                <p class="bs-contrib__meta">
                  <span class="bs-badge">{t('earlier.mark')}</span> {x.source} · {formatDateNl(x.date)}
                  {x.themeIds.length
                    ? ` · ${x.themeIds.map((id) => themeLabel(process, id)).join(', ')}`
                    : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function BuurtPicker({ a, current }: { a: Analysis; current: string }) {
  const t = useT();
  return (
    <nav class="bs-buurtpicker bs-noprint" aria-label={t('coord.shared.pick')}>
      <ul>
        {a.process.buurten.map((b) => (
          <li key={b.id}>
            <a
              href={`#/coordinator/buurt/${encodeURIComponent(b.id)}`}
              aria-current={b.id === current ? 'page' : undefined}
            >
              {buurtName(a.process, b.id)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
