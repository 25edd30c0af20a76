import { attendanceByMeeting } from '../domain/analysis/data';
import type { ExperienceRating, ExperienceWho } from '../domain/experience';
import type { Lesson } from '../domain/lesson';
import type { Attendance, Meeting } from '../domain/meeting';
import { byCode } from '../domain/order';
import { insertLesson } from './lessons';
import { notDeleted } from './records';
import { db } from './schema';
import { write } from './write';

export { lessonsOfMeeting } from './lessons';

export type MeetingInput = Pick<
  Meeting,
  'processId' | 'buurtId' | 'location' | 'startsAt' | 'workForm' | 'workFormOther' | 'facilitators'
> &
  Partial<Pick<Meeting, 'plannedGroupIds' | 'notes'>>;

export async function listMeetings(processId: string): Promise<Meeting[]> {
  const all = await db.meetings.where('processId').equals(processId).toArray();
  return all.filter(notDeleted).sort((a, b) => byCode(a.startsAt, b.startsAt));
}

/** How many meetings are closed on this device (the sync scheduler hands in after each close). */
export function closedMeetingCount(): Promise<number> {
  return db.meetings.where('status').equals('afgesloten').count();
}

export async function getMeeting(id: string): Promise<Meeting | undefined> {
  const m = await db.meetings.get(id);
  return m && !m.deleted ? m : undefined;
}

export function planMeeting(input: MeetingInput): Promise<Meeting> {
  return write([db.meetings], (tx) =>
    tx.create('meetings', { plannedGroupIds: [], notes: '', ...input, status: 'gepland' }),
  );
}

export function updateMeeting(id: string, patch: Partial<MeetingInput>): Promise<Meeting> {
  return write([db.meetings], (tx) => tx.change('meetings', id, patch));
}

export function startMeeting(id: string): Promise<Meeting> {
  return write([db.meetings], async (tx) => {
    const prev = await tx.get('meetings', id);
    if (!prev) throw new Error(`meeting ${id} not found`);
    if (prev.status === 'bezig') return prev;
    return tx.change('meetings', prev, {
      status: 'bezig',
      startedAt: prev.startedAt ?? new Date().toISOString(),
      closedAt: undefined,
    });
  });
}

export type LessonInput = Pick<Lesson, 'category' | 'text' | 'doDifferently'>;

/** Close a meeting with its notes and lessons (the lessons block), all in one transaction. */
/** The short question at meeting close (issue 16 item 4): who answered and how it went. */
export interface CloseExperience {
  who: Extract<ExperienceWho, 'sleutelfiguur' | 'begeleider'>;
  rating: ExperienceRating;
  comment: string;
}

export function closeMeeting(
  id: string,
  notes: string,
  lessons: LessonInput[],
  experience?: CloseExperience,
): Promise<Meeting> {
  // The experience is stored in the same transaction as the closing: both or neither.
  return write([db.meetings, db.lessons, db.experiences], async (tx) => {
    const prev = await tx.get('meetings', id);
    if (!prev) throw new Error(`meeting ${id} not found`);
    const row = await tx.change('meetings', prev, {
      status: 'afgesloten',
      notes,
      closedAt: new Date().toISOString(),
    });
    for (const l of lessons.filter((l) => l.text.trim())) {
      await insertLesson(tx, {
        ...l,
        processId: prev.processId,
        meetingId: prev.id,
        buurtId: prev.buurtId,
        carryOver: false,
      });
    }
    if (experience) {
      await tx.create('experiences', {
        processId: prev.processId,
        meetingId: prev.id,
        who: experience.who,
        rating: experience.rating,
        comment: experience.comment.trim(),
      });
    }
    return row;
  });
}

// ---- Attendance ----

export async function getAttendance(meetingId: string): Promise<Attendance | undefined> {
  // The same count the analysis uses: after a merge, the oldest of two counts.
  const rows = await db.attendance.where('meetingId').equals(meetingId).toArray();
  return attendanceByMeeting({ meetings: [], contributions: [], attendance: rows }).get(meetingId);
}

/** Add `delta` to the total (group undefined) or to a group's count; never below 0. */
export function adjustAttendance(meetingId: string, delta: number, groupId?: string): Promise<Attendance> {
  return write([db.attendance], async (tx) => {
    const prev = await getAttendance(meetingId);
    const total = prev?.total ?? 0;
    const byGroup = { ...(prev?.byGroup ?? {}) };
    let nextTotal = total;
    if (groupId) {
      byGroup[groupId] = Math.max(0, (byGroup[groupId] ?? 0) + delta);
      // Someone counted in a group is in the room: keep the total at least as high as any group.
      nextTotal = Math.max(total, byGroup[groupId] ?? 0);
    } else {
      nextTotal = Math.max(0, total + delta);
    }
    return prev
      ? tx.change('attendance', prev, { total: nextTotal, byGroup })
      : tx.create('attendance', { meetingId, total: nextTotal, byGroup });
  });
}
