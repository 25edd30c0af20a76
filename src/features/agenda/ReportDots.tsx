import { buurtName } from '../../app/useProcess';
import { isSuppressed } from '../../domain/analysis/suppress';
import type { votesResults } from '../../domain/analysis/votesReport';
import type { Process } from '../../domain/process';
import { cell } from '../../domain/votes';
import { useT } from '../../i18n';

export type DotResults = ReturnType<typeof votesResults>[number];

/**
 * "Wat bewoners het belangrijkst vinden" in "Wat we hoorden" (issue 16 item 4): the dots of the
 * newest agenda version that got dots, most first, with this buurt's own dots when enough people
 * of the buurt took part (the same small-group rules as every other output).
 */
export function ReportDots({ d, process, buurtId }: { d: DotResults; process: Process; buurtId: string }) {
  const t = useT();
  const { r } = d;
  const title = new Map(d.items.map((i) => [i.id, i.title]));
  const col = r.byBuurt.columns.find((c) => c.id === buurtId);
  const here = col && !col.suppressed && !col.complement;
  const buurt = buurtName(process, buurtId);
  const top = r.items.filter((i) => i.total > 0).slice(0, 5);
  if (!top.length) return null;
  return (
    <section class="bs-report__section" aria-labelledby="h-dots" data-testid="report-dots">
      <h2 class="utrecht-heading-2" id="h-dots">
        {t('agenda.report.dots')}
      </h2>
      <p>
        {isSuppressed(r.kioskResidents + r.paperPeople, r.k)
          ? t('agenda.report.dotsIntroFew', { k: r.k })
          : t('agenda.report.dotsIntro', { n: r.kioskResidents + r.paperPeople })}
      </p>
      <ol class="bs-report__dots">
        {top.map((it) => (
          <li key={it.itemId}>
            <strong>{title.get(it.itemId)}</strong>: {t('agenda.report.dotsCount', { n: it.total })}
            {here
              ? ` (${t('agenda.report.dotsHere', { buurt, n: cell(r.byBuurt, it.itemId, buurtId, r.k) })})`
              : ''}
          </li>
        ))}
      </ol>
      {col && !here ? <p>{t('agenda.report.dotsSmall', { buurt, k: r.k })}</p> : null}
    </section>
  );
}
