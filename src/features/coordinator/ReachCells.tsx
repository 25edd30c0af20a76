import { buurtName, groupLabel } from '../../app/useProcess';
import type { GroupReach, Measure, MeasureCell, Reach, WorkFormReach } from '../../domain/analysis/reach';
import { MEASURES } from '../../domain/analysis/reach';
import type { WorkForm } from '../../domain/constants';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { indexText, pct, shareText } from './format';

/** The mark of an under-represented group: a symbol and words, never colour alone. */
export function UnderMark() {
  const t = useT();
  return (
    <span class="bs-under">
      <span aria-hidden="true">▼ </span>
      {t('reachStatus.under')}
    </span>
  );
}

/** One measure for one group: share, index and what it means. */
export function MeasureView({ c, k }: { c: MeasureCell; k: number }) {
  const t = useT();
  if (c.status === 'none') return <span class="bs-muted">{t('reachStatus.none')}</span>;
  return (
    <>
      <span>
        {c.suppressed
          ? t(c.hidden === 'small' ? 'coord.reach.fewer' : 'coord.reach.complement', { k })
          : `${shareText(c, k)}${c.status !== 'nopop' ? ` · ${t('coord.reach.index')} ${indexText(c, k)}` : ''}`}
      </span>
      <br />
      {c.status === 'under' ? <UnderMark /> : <span class="bs-muted">{t(`reachStatus.${c.status}`)}</span>}
    </>
  );
}

/** "Straatgesprek (aanwezigheid, zelf opgegeven)": each suggested work form with the measures it came from. */
export function bestItems(best: Record<Measure, WorkFormReach[]>, t: ReturnType<typeof useT>): string[] {
  const byForm = new Map<WorkForm, string[]>();
  for (const m of MEASURES) {
    for (const w of best[m]) {
      const list = byForm.get(w.workForm) ?? [];
      list.push(t(`measure.${m}`).toLowerCase());
      byForm.set(w.workForm, list);
    }
  }
  return [...byForm].map(([wf, ms]) => `${t(`workForm.${wf}`)} (${ms.join(', ')})`);
}

export function bestText(best: Record<Measure, WorkFormReach[]>, t: ReturnType<typeof useT>): string {
  return bestItems(best, t).join('; ');
}

/** Every group with its three measures side by side (never added up), population share and best work forms. */
export function ReachTable({ process, groups, k }: { process: Process; groups: GroupReach[]; k: number }) {
  const t = useT();
  return (
    <table class="bs-table bs-reach-table">
      <caption class="visually-hidden">{t('coord.reach.tableTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('coord.col.group')}</th>
          <th scope="col">{t('coord.col.population')}</th>
          {MEASURES.map((m) => (
            <th key={m} scope="col">
              {t(`measure.${m}`)}
            </th>
          ))}
          <th scope="col">{t('coord.col.best')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.groupId} class={g.underIn.length ? 'bs-row--under' : undefined}>
            <th scope="row">{groupLabel(process, g.groupId)}</th>
            <td>{g.population === null ? '–' : pct(g.population)}</td>
            {MEASURES.map((m) => (
              <td key={m}>
                <MeasureView c={g[m]} k={k} />
              </td>
            ))}
            <td>
              {bestItems(g.bestWorkForms, t).length ? (
                <ul class="bs-bestlist">
                  {bestItems(g.bestWorkForms, t).map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                <span class="bs-muted">{t('coord.reach.noBest')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Representation index per group (rows) and buurt (columns) for one measure. */
export function IndexMatrix({
  process,
  reach,
  measure,
}: {
  process: Process;
  reach: Reach;
  measure: Measure;
}) {
  const t = useT();
  const k = reach.k;
  return (
    <div class="bs-scroll">
      <table class="bs-table bs-matrix">
        <caption class="visually-hidden">
          {t('coord.reach.matrixTitle', { measure: t(`measure.${measure}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('coord.col.group')}</th>
            {reach.buurten.map((b) => (
              <th key={b.buurtId} scope="col" class="bs-num">
                {buurtName(process, b.buurtId!)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {process.targetGroups
            .filter((g) => reach.area.groups.some((x) => x.groupId === g.id))
            .map((g) => (
              <tr key={g.id}>
                <th scope="row">{groupLabel(process, g.id)}</th>
                {reach.buurten.map((b) => {
                  const c = b.groups.find((x) => x.groupId === g.id)![measure];
                  const under = c.status === 'under';
                  return (
                    <td key={b.buurtId} class={`bs-num${under ? ' bs-cell--under' : ''}`}>
                      {under ? <span aria-hidden="true">▼ </span> : null}
                      {c.status === 'none' || c.status === 'nopop' ? '–' : indexText(c, k)}
                      {under ? <span class="visually-hidden"> {t('reachStatus.under')}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
