import { groupLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { useLive } from '../../db/live';
import { adjustAttendance, getAttendance } from '../../db/meetings';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Stepper } from '../../ui/Stepper';
import { WriteStatus } from '../../ui/WriteStatus';

/** Count who is in the room: a total and per target group, with big − and + buttons. */
export function AttendancePanel({ meeting, process }: { meeting: Meeting; process: Process }) {
  const t = useT();
  const write = useWrite();
  const att = useLive(async () => (await getAttendance(meeting.id)) ?? null, [meeting.id]);
  const count = (id?: string) => (id ? (att?.byGroup[id] ?? 0) : (att?.total ?? 0));
  return (
    <section aria-labelledby="h-attendance" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-attendance">
        {t('attendance.title')}
      </h2>
      <p class="bs-muted">{t('attendance.help')}</p>
      <WriteStatus write={write} />
      <Stepper
        big
        label={t('attendance.total')}
        value={count()}
        decLabel={t('capture.decrease')}
        incLabel={t('capture.increase')}
        onChange={(d) => void write.run('adjustAttendance', () => adjustAttendance(meeting.id, d))}
      />
      {process.targetGroups.map((g) => (
        <div key={g.id}>
          <Stepper
            label={groupLabel(process, g.id)}
            value={count(g.id)}
            decLabel={t('capture.decrease')}
            incLabel={t('capture.increase')}
            onChange={(d) => void write.run('adjustAttendance', () => adjustAttendance(meeting.id, d, g.id))}
          />
        </div>
      ))}
    </section>
  );
}
