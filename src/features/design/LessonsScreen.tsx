import { useState } from 'preact/hooks';
import { buurtName, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { getDesign, listLessons, setLessonCarryOver } from '../../db/design';
import { useLive } from '../../db/live';
import { listMeetings } from '../../db/meetings';
import type { Lesson, LessonCategory } from '../../domain/lesson';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { formatDateTime, useT } from '../../i18n';
import { usePending } from '../../ui/usePending';
import { WriteStatus } from '../../ui/WriteStatus';
import { processTitle } from './common';
import { DesignNav } from './DesignScreen';
import { LessonBuurtSelect, LessonCategorySelect, LessonForm } from './LessonForm';
import './design.css';
import '../../ui/forms.css';

function LessonItem({
  l,
  process,
  meeting,
  copiedFrom,
}: {
  l: Lesson;
  process: Process;
  meeting: Meeting | undefined;
  copiedFrom: string | undefined;
}) {
  const t = useT();
  const write = useWrite();
  const carry = usePending({ [l.id]: l.carryOver });
  const id = `carry-${l.id}`;
  return (
    <li class="bs-lesson" data-testid="lesson">
      <div class="bs-row">
        <span class="bs-badge">{t(`lessonCategory.${l.category}`)}</span>
        {l.buurtId ? <span class="bs-badge bs-badge--gepland">{buurtName(process, l.buurtId)}</span> : null}
        {copiedFrom ? (
          <span class="bs-badge bs-badge--later">{t('lessons.copied', { area: copiedFrom })}</span>
        ) : null}
        <span class="bs-spacer" />
        <span class="bs-muted">
          {meeting
            ? t('lessons.fromMeeting', {
                meeting: `${meeting.location}, ${formatDateTime(meeting.startsAt)}`,
              })
            : copiedFrom
              ? ''
              : t('lessons.separate')}
        </span>
      </div>
      <p>{l.text}</p>
      {l.doDifferently ? (
        <p>
          <strong>{t('lessons.doDifferently')}</strong> {l.doDifferently}
        </p>
      ) : null}
      <div class="bs-design-checkrow">
        <input
          id={id}
          type="checkbox"
          class="utrecht-checkbox utrecht-checkbox--html-input"
          checked={carry.value(l.id) ?? l.carryOver}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            carry.set(l.id, on);
            const r = await write.run('setLessonCarryOver', () => setLessonCarryOver(l.id, on));
            if (!r.ok) carry.drop(l.id);
          }}
        />
        <label for={id} class="utrecht-form-label">
          {t('lessons.carryOver')}
        </label>
      </div>
      <WriteStatus write={write} />
    </li>
  );
}

/** Lessons learned: from meeting closings and entered separately; filterable; marked to carry over. */
export default function LessonsScreen() {
  const t = useT();
  const process = useProcess();
  const data = useLive(
    async () =>
      process
        ? {
            lessons: await listLessons(process.id),
            meetings: await listMeetings(process.id),
            design: await getDesign(process.id),
          }
        : null,
    [process?.id],
  );
  const [category, setCategory] = useState<LessonCategory | undefined>(undefined);
  const [buurt, setBuurt] = useState('');
  const [onlyCarry, setOnlyCarry] = useState(false);
  if (!process || !data) return <p class="bs-muted">{t('app.loading')}</p>;

  const shown = data.lessons.filter(
    (l) =>
      (!category || l.category === category) &&
      (!buurt || l.buurtId === buurt) &&
      (!onlyCarry || l.carryOver),
  );
  const copied = new Set(data.design.copiedFrom?.lessonIds ?? []);

  return (
    <>
      <h1 class="utrecht-heading-1">{t('lessons.title')}</h1>
      <p class="bs-muted">{t('design.process', { name: processTitle(process) })}</p>
      <DesignNav />
      <p>{t('lessons.intro')}</p>
      <section class="bs-card" aria-labelledby="h-lesson-filter">
        <h2 class="utrecht-heading-2" id="h-lesson-filter">
          {t('lessons.filter')}
        </h2>
        <div class="bs-lesson-filters">
          <LessonCategorySelect
            id="filter-category"
            label={t('lessons.filterCategory')}
            value={category ?? ''}
            empty={t('lessons.all')}
            onValue={setCategory}
          />
          <LessonBuurtSelect
            id="filter-buurt"
            process={process}
            value={buurt}
            empty={t('lessons.all')}
            onValue={setBuurt}
          />
          <div class="bs-design-checkrow">
            <input
              id="filter-carry"
              type="checkbox"
              class="utrecht-checkbox utrecht-checkbox--html-input"
              checked={onlyCarry}
              onChange={(e) => setOnlyCarry(e.currentTarget.checked)}
            />
            <label for="filter-carry" class="utrecht-form-label">
              {t('lessons.onlyCarry')}
            </label>
          </div>
        </div>
      </section>
      <p role="status">{t('lessons.count', { n: shown.length })}</p>
      {shown.length ? (
        <ul class="bs-cardlist">
          {shown.map((l) => (
            <LessonItem
              key={l.id}
              l={l}
              process={process}
              meeting={data.meetings.find((m) => m.id === l.meetingId)}
              copiedFrom={copied.has(l.id) ? data.design.copiedFrom?.area : undefined}
            />
          ))}
        </ul>
      ) : (
        <p>{t('lessons.none')}</p>
      )}
      <LessonForm process={process} />
    </>
  );
}
