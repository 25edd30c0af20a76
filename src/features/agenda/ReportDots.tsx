import { isSuppressed } from '../../domain/analysis/suppress';
import type { votesResults } from '../../domain/analysis/votesReport';
import { textKey } from '../../domain/configText';
import type { Process } from '../../domain/process';
import { cell } from '../../domain/votes';
import { buurtText, type Resident } from '../kiosk/resident';
import { Fill, Shown } from './reportText';

export type DotResults = ReturnType<typeof votesResults>[number];

/**
 * "Wat bewoners het belangrijkst vinden" in "Wat we hoorden" (issue 16 item 4): the dots of the
 * newest agenda version that got dots, most first, with this buurt's own dots when enough people
 * of the buurt took part (the same small-group rules as every other output, in every language).
 * Texts in the report's language (`res`); the items as dot voting shows them, through the resolver.
 */
export function ReportDots({
  d,
  process,
  buurtId,
  res,
}: {
  d: DotResults;
  process: Process;
  buurtId: string;
  res: Resident;
}) {
  const t = res.r;
  const { r } = d;
  const title = new Map(d.items.map((i) => [i.id, i.title]));
  const col = r.byBuurt.columns.find((c) => c.id === buurtId);
  const here = col && !col.suppressed && !col.complement;
  const buurt = <Shown s={buurtText(res, process, buurtId)} />;
  const top = r.items.filter((i) => i.total > 0).slice(0, 5);
  if (!top.length) return null;
  return (
    <section class="bs-report__section" aria-labelledby="h-dots" data-testid="report-dots">
      <h2 class="utrecht-heading-2" id="h-dots">
        {t('report.dots')}
      </h2>
      <p>
        {isSuppressed(r.kioskResidents + r.paperPeople, r.k)
          ? t('report.dotsIntroFew', { k: r.k })
          : t('report.dotsIntro', { n: r.kioskResidents + r.paperPeople })}
      </p>
      <ol class="bs-report__dots">
        {top.map((it) => {
          const name = res.cfg(textKey.agenda(it.itemId), title.get(it.itemId) ?? '');
          return (
            <li key={it.itemId}>
              <strong {...name.attrs}>{name.text}</strong>: {t('report.dotsCount', { n: it.total })}
              {here ? (
                <>
                  {' ('}
                  <Fill
                    text={t('report.dotsHere', { n: cell(r.byBuurt, it.itemId, buurtId, r.k) })}
                    parts={{ buurt }}
                  />
                  {')'}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      {col && !here ? (
        <p>
          <Fill text={t('report.dotsSmall', { k: r.k })} parts={{ buurt }} />
        </p>
      ) : null}
    </section>
  );
}
