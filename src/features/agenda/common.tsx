import { buurtName, groupLabel } from '../../app/useProcess';
import { type AgendaData, loadAgendaData } from '../../db/agenda';
import { useLive } from '../../db/live';
import type { AgendaItem, AgendaStatus } from '../../domain/agenda';
import type { FeedbackChannel } from '../../domain/feedback';
import type { Process } from '../../domain/process';
import { t, useT } from '../../i18n';
import './agenda.css';

/** Everything the agenda screens read, live from the database. */
export function useAgendaData(processId: string | undefined): AgendaData | undefined {
  return useLive(async () => (processId ? loadAgendaData(processId) : undefined), [processId]);
}

export const statusLabel = (s: AgendaStatus) => t(`agenda.status.${s}`);
export const channelLabel = (c: FeedbackChannel) => t(`agenda.fb.channel.${c}`);

/** "2026–2029", or "2026" for one year. */
export function yearsText(years: AgendaItem['years']): string {
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}

/** "Jekerdal, Campagne" or "heel Stadsdeel Zuid". */
export function buurtenText(process: Process, ids: readonly string[]): string {
  return ids.length
    ? ids.map((id) => buurtName(process, id)).join(', ')
    : t('agenda.wholeArea', { area: process.area });
}

/** A target group, a reserved answer, or the kiosk's "none of these". */
export function groupName(process: Process, id: string): string {
  return id === 'geen' ? t('agenda.prio.groupNone') : groupLabel(process, id);
}

export function StatusBadge({ status }: { status: AgendaStatus }) {
  useT();
  return <span class={`bs-badge bs-agenda-status bs-agenda-status--${status}`}>{statusLabel(status)}</span>;
}

/** The year shown: `?jaar=` when it has a version, else the newest version, else this year. */
export function chosenYear(query: URLSearchParams, years: number[]): number {
  const asked = Number(query.get('jaar'));
  if (years.includes(asked)) return asked;
  return years.at(-1) ?? new Date().getFullYear();
}

/** Year buttons (versions per year) as links; the current one is marked. */
export function YearTabs({ years, current, base }: { years: number[]; current: number; base: string }) {
  const t = useT();
  if (years.length < 2) return null;
  return (
    <nav class="bs-years" aria-label={t('agenda.versions')}>
      {years.map((y) => (
        <a
          key={y}
          href={`${base}?jaar=${y}`}
          class="bs-years__tab"
          aria-current={y === current ? 'page' : undefined}
        >
          {t('agenda.versionOf', { year: y })}
        </a>
      ))}
    </nav>
  );
}
