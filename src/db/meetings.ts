import type { Lesson } from '../domain/lesson';
import type { Attendance, Meeting } from '../domain/meeting';
import { guardWrite } from './errors';
import { changeRow, createRow, notDeleted } from './records';
import { db } from './schema';
import { schemas } from './schemas';
import { requestPersistence } from './storage';

export type MeetingInput = Pick<
  Meeting,
  'processId' | 'buurtId' | 'location' | 'startsAt' | 'workForm' | 'workFormOther' | 'facilitators'
> &
  Partial<Pick<Meeting, 'plannedGroupIds' | 'notes'>>;

export async function listMeetings(processId: string): Promise<Meeting[]> {
  const all = await db.meetings.where('processId').equals(processId).toArray();
  return all.filter(notDeleted).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export async function getMeeting(id: string): Promise<Meeting | undefined> {
  const m = await db.meetings.get(id);
  return m && !m.deleted ? m : undefined;
}

export async function planMeeting(input: MeetingInput): Promise<Meeting> {
  const s = await schemas();
  void requestPersistence();
  return guardWrite(() =>
    db.transaction('rw', db.meetings, db.kv, async () => {
      const row = await createRow(s.meetingSchema, {
        plannedGroupIds: [],
        notes: '',
        ...input,
        status: 'gepland',
      });
      await db.meetings.add(row);
      return row;
    }),
  );
}

export async function updateMeeting(id: string, patch: Partial<MeetingInput>): Promise<Meeting> {
  const s = await schemas();
  return guardWrite(() =>
    db.transaction('rw', db.meetings, db.kv, async () => {
      const prev = await db.meetings.get(id);
      if (!prev) throw new Error(`meeting ${id} not found`);
      const row = await changeRow(s.meetingSchema, prev, patch);
      await db.meetings.put(row);
      return row;
    }),
  );
}

export async function startMeeting(id: string): Promise<Meeting> {
  const s = await schemas();
  return guardWrite(() =>
    db.transaction('rw', db.meetings, db.kv, async () => {
      const prev = await db.meetings.get(id);
      if (!prev) throw new Error(`meeting ${id} not found`);
      if (prev.status === 'bezig') return prev;
      const row = await changeRow(s.meetingSchema, prev, {
        status: 'bezig',
        startedAt: prev.startedAt ?? new Date().toISOString(),
        closedAt: undefined,
      });
      await db.meetings.put(row);
      return row;
    }),
  );
}

export type LessonInput = Pick<Lesson, 'category' | 'text' | 'doDifferently'>;

/** Close a meeting with its notes and lessons, all in one transaction. */
export async function closeMeeting(id: string, notes: string, lessons: LessonInput[]): Promise<Meeting> {
  const s = await schemas();
  return guardWrite(() =>
    db.transaction('rw', db.meetings, db.lessons, db.kv, async () => {
      const prev = await db.meetings.get(id);
      if (!prev) throw new Error(`meeting ${id} not found`);
      const row = await changeRow(s.meetingSchema, prev, {
        status: 'afgesloten',
        notes,
        closedAt: new Date().toISOString(),
      });
      await db.meetings.put(row);
      for (const l of lessons.filter((l) => l.text.trim())) {
        await db.lessons.add(
          await createRow(s.lessonSchema, {
            ...l,
            processId: prev.processId,
            meetingId: prev.id,
            buurtId: prev.buurtId,
            carryOver: false,
          }),
        );
      }
      return row;
    }),
  );
}

export async function lessonsOfMeeting(meetingId: string): Promise<Lesson[]> {
  return (await db.lessons.where('meetingId').equals(meetingId).toArray()).filter(notDeleted);
}

// ---- Attendance ----

export async function getAttendance(meetingId: string): Promise<Attendance | undefined> {
  const rows = (await db.attendance.where('meetingId').equals(meetingId).toArray()).filter(notDeleted);
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
}

/** Add `delta` to the total (group undefined) or to a group's count; never below 0. */
export async function adjustAttendance(
  meetingId: string,
  delta: number,
  groupId?: string,
): Promise<Attendance> {
  const s = await schemas();
  return guardWrite(() =>
    db.transaction('rw', db.attendance, db.kv, async () => {
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
      const row = prev
        ? await changeRow(s.attendanceSchema, prev, { total: nextTotal, byGroup })
        : await createRow(s.attendanceSchema, { meetingId, total: nextTotal, byGroup });
      await db.attendance.put(row);
      return row;
    }),
  );
}
