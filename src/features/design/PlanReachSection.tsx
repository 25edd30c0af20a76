import { groupLabel } from '../../app/useProcess';
import type { PlanRow } from '../../domain/planReach';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { countText, indexText, Section, shareText } from './common';

const VERDICT_CLASS: Record<PlanRow['verdict'], string> = {
  'niet-gepland': 'under',
  later: 'later',
  'nog-niet-bereikt': 'warn',
  ondervertegenwoordigd: 'under',
  'op-koers': 'ok',
  'te-weinig-gegevens': 'warn',
};

/** Plan against reality, per target group (attendance against the population, as the coordinator sees it). */
export function PlanReachTable({ process, rows }: { process: Process; rows: PlanRow[] }) {
  const t = useT();
  const k = process.settings.minGroupSize;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways on a narrow screen; the scroll region must be reachable by keyboard (WCAG 2.1.1)
    <div class="bs-tablewrap" role="region" aria-label={t('design.planReachTable')} tabIndex={0}>
      <table class="bs-table">
        <thead>
          <tr>
            <th scope="col">{t('design.col.group')}</th>
            <th scope="col" class="bs-num">
              {t('design.col.planned')}
            </th>
            <th scope="col" class="bs-num">
              {t('design.col.held')}
            </th>
            <th scope="col" class="bs-num">
              {t('design.col.present')}
            </th>
            <th scope="col" class="bs-num">
              {t('design.col.population')}
            </th>
            <th scope="col" class="bs-num">
              {t('design.col.index')}
            </th>
            <th scope="col">{t('design.col.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.groupId} data-group={r.groupId}>
              <th scope="row">{groupLabel(process, r.groupId)}</th>
              <td class="bs-num">{r.planned}</td>
              <td class="bs-num">{r.held}</td>
              <td class="bs-num">{r.reach ? countText(r.reach.attendance, k) : '–'}</td>
              <td class="bs-num">{shareText(r.reach?.population)}</td>
              <td class="bs-num">{r.reach ? indexText(r.reach.attendance, k) : '–'}</td>
              <td>
                <span class={`bs-badge bs-badge--${VERDICT_CLASS[r.verdict]}`}>
                  {t(`design.verdict.${r.verdict}`)}
                </span>
                {r.later && r.laterReason ? <span class="bs-muted"> {r.laterReason}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlanReachSection({ process, rows }: { process: Process; rows: PlanRow[] }) {
  const t = useT();
  return (
    <Section
      id="design-planreach"
      title={t('design.planReach')}
      intro={t('design.planReachIntro', { k: process.settings.minGroupSize })}
    >
      <PlanReachTable process={process} rows={rows} />
    </Section>
  );
}
