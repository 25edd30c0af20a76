import { useState } from 'preact/hooks';
import { buurtName, groupLabel, themeLabel } from '../../app/useProcess';
import { contributionsOfMeeting } from '../../db/contributions';
import { kioskCountsOfMeeting } from '../../db/kioskState';
import { useLive } from '../../db/live';
import type { Contribution } from '../../domain/contribution';
import { NO_ANSWER, OTHER_BUURT } from '../../domain/kioskConstants';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';

/** The kiosk answers of a meeting, per resident (only rendered when the facilitator opens the list). */
function Answers({ meetingId, process }: { meetingId: string; process: Process }) {
  const t = useT();
  const list = useLive(() => contributionsOfMeeting(meetingId), [meetingId]) ?? [];
  const byResident = new Map<string, Contribution[]>();
  for (const c of [...list].reverse()) {
    if (c.source !== 'kiosk') continue;
    const key = c.respondentId ?? c.id;
    byResident.set(key, [...(byResident.get(key) ?? []), c]);
  }
  const about = (c: Contribution) =>
    [
      c.residentBuurtId && c.residentBuurtId !== NO_ANSWER
        ? c.residentBuurtId === OTHER_BUURT
          ? t('resident.buurt.other')
          : buurtName(process, c.residentBuurtId)
        : '',
      c.ageBand && c.ageBand !== NO_ANSWER ? t(`resident.age.${c.ageBand}`) : '',
      ...c.selfGroupIds.map((id) => groupLabel(process, id)),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <ol class="bs-cardlist">
      {[...byResident.values()].map((cs, i) => (
        <li key={cs[0]!.id} class="bs-contrib">
          <div class="bs-contrib__meta">
            <strong>{t('kiosk.count.respondent', { n: i + 1 })}</strong> {about(cs[0]!)}
          </div>
          {cs.map((c) => (
            <p key={c.id}>
              <strong>{t(`kind.${c.kind}`)}:</strong>{' '}
              {c.text ||
                c.themeIds
                  .map((id) => {
                    const a = c.themeAssessments[id];
                    const label = themeLabel(process, id);
                    return a
                      ? `${label} (${t(a === 'gaat-goed' ? 'resident.assess.good' : 'resident.assess.change')})`
                      : label;
                  })
                  .join(', ')}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}

/**
 * In the running meeting: how many residents filled in on the kiosk, and how many want to hear
 * back. Counts only; the answers themselves only when the facilitator opens the list.
 */
export function KioskCount({ meetingId, process }: { meetingId: string; process: Process }) {
  const t = useT();
  const counts = useLive(() => kioskCountsOfMeeting(process.id, meetingId), [process.id, meetingId]);
  const [open, setOpen] = useState(false);
  // Nothing to say before the first resident has filled in.
  if (!counts || counts.residents === 0) return null;
  return (
    <section
      class="bs-card"
      style={{ marginBottom: '1rem' }}
      aria-labelledby="h-kiosk-count"
      data-testid="kiosk-count"
    >
      <h2 class="utrecht-heading-3" id="h-kiosk-count">
        {t('kiosk.count.title')}
      </h2>
      <p>
        <strong data-testid="kiosk-count-residents">
          {t('kiosk.count.residents', {
            n: counts.residents,
          })}
        </strong>
        {counts.contacts ? (
          <>
            {' '}
            {t('kiosk.count.contacts', {
              n: counts.contacts,
            })}
          </>
        ) : null}
      </p>
      <p class="bs-muted">{t('kiosk.count.help')}</p>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary class="bs-summary">{t('kiosk.count.show')}</summary>
        {open ? <Answers meetingId={meetingId} process={process} /> : null}
      </details>
    </section>
  );
}
