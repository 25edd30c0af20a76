import { buurtName, groupLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { updateDesign } from '../../db/design';
import { coverage, type ProcessDesign } from '../../domain/design';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { usePending } from '../../ui/usePending';
import { WriteStatus } from '../../ui/WriteStatus';
import { Section } from './common';
import '../../ui/forms.css';

/** The meetings table (also used in the design document). */
export function MeetingsTable({ process, meetings }: { process: Process; meetings: Meeting[] }) {
  const t = useT();
  return (
    <table class="bs-table">
      <thead>
        <tr>
          <th scope="col">{t('design.col.when')}</th>
          <th scope="col">{t('design.col.buurt')}</th>
          <th scope="col">{t('design.col.workForm')}</th>
          <th scope="col">{t('design.col.groups')}</th>
          <th scope="col">{t('design.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>{formatDateTime(m.startsAt)}</td>
            <td>
              {buurtName(process, m.buurtId)} — {m.location}
            </td>
            <td>
              {m.workForm === 'anders' && m.workFormOther ? m.workFormOther : t(`workForm.${m.workForm}`)}
            </td>
            <td>
              {m.plannedGroupIds.length
                ? m.plannedGroupIds.map((g) => groupLabel(process, g)).join(', ')
                : t('design.noGroups')}
            </td>
            <td>{t(`meeting.status.${m.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Planned meetings with the groups each is meant to reach, and the check that every target group
 * is planned somewhere or explicitly "later" (with why).
 */
export function MeetingsPlanSection({
  process,
  meetings,
  design,
}: {
  process: Process;
  meetings: Meeting[];
  design: ProcessDesign;
}) {
  const t = useT();
  const cov = coverage(process, meetings, design.laterGroups);
  const unplanned = process.targetGroups.filter((g) => !cov.planned.includes(g.id));
  const write = useWrite();
  const laterShown = usePending(
    Object.fromEntries(process.targetGroups.map((g) => [g.id, g.id in design.laterGroups])),
  );
  const setLater = async (groupId: string, on: boolean, reason = '') => {
    laterShown.set(groupId, on);
    const r = await write.run('updateDesign', () =>
      updateDesign(process.id, (d) => {
        const { [groupId]: _gone, ...rest } = d.laterGroups;
        return { ...d, laterGroups: on ? { ...rest, [groupId]: reason } : rest };
      }),
    );
    if (!r.ok) laterShown.drop(groupId);
  };

  return (
    <Section id="design-meetings" title={t('design.meetings')} intro={t('design.meetingsIntro')}>
      {meetings.length ? (
        <MeetingsTable process={process} meetings={meetings} />
      ) : (
        <p>{t('design.meetingsNone')}</p>
      )}
      <div class="bs-actions">
        <LinkButton href="#/meetings/new">{t('design.planMeeting')}</LinkButton>
      </div>
      <h3 class="utrecht-heading-3">{t('design.coverage')}</h3>
      <WriteStatus write={write} />
      {cov.missing.length ? (
        <Notice kind="warning">
          {t('design.coverageMissing', { groups: cov.missing.map((g) => groupLabel(process, g)).join(', ') })}
        </Notice>
      ) : (
        <Notice kind="ok">{t('design.coverageOk')}</Notice>
      )}
      {unplanned.length ? (
        <ul class="bs-later">
          {unplanned.map((g) => {
            const later = laterShown.value(g.id) ?? false;
            return (
              <li key={g.id} class="bs-later__item">
                <div class="bs-design-checkrow">
                  <input
                    id={`later-${g.id}`}
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={later}
                    onChange={(e) => void setLater(g.id, e.currentTarget.checked)}
                  />
                  <label for={`later-${g.id}`} class="utrecht-form-label">
                    {g.label}: {t('design.later')}
                  </label>
                </div>
                {later ? (
                  <div class="bs-later__reason">
                    <label class="utrecht-form-label" for={`later-reason-${g.id}`}>
                      {t('design.laterReason')}
                    </label>
                    <input
                      id={`later-reason-${g.id}`}
                      class="utrecht-textbox utrecht-textbox--html-input"
                      value={design.laterGroups[g.id] ?? ''}
                      onInput={(e) => void setLater(g.id, true, e.currentTarget.value)}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Section>
  );
}
