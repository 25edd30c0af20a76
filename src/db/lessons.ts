import type { Lesson } from '../domain/lesson';
import { byCode } from '../domain/order';
import type { RecordMeta } from '../domain/record';
import { notDeleted } from './records';
import { db } from './schema';
import { type Tx, write } from './write';

/** Lessons: from a meeting's closing, or entered separately on the design screen. */
export type LessonFields = Omit<Lesson, keyof RecordMeta>;

export async function listLessons(processId: string): Promise<Lesson[]> {
  const rows = await db.lessons.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort((a, b) => byCode(b.createdAt, a.createdAt));
}

export async function lessonsOfMeeting(meetingId: string): Promise<Lesson[]> {
  return (await db.lessons.where('meetingId').equals(meetingId).toArray()).filter(notDeleted);
}

/** Building block: add a lesson inside the caller's write. */
export function insertLesson(tx: Tx, fields: LessonFields): Promise<Lesson> {
  return tx.create('lessons', fields);
}

export function addLesson(input: LessonFields): Promise<Lesson> {
  return write([db.lessons], (tx) => insertLesson(tx, input));
}

/** The coordinator marks a lesson "meenemen naar andere gebieden". */
export async function setLessonCarryOver(id: string, carryOver: boolean): Promise<void> {
  await write([db.lessons], async (tx) => {
    const prev = await tx.get('lessons', id);
    if (prev && prev.carryOver !== carryOver) await tx.change('lessons', prev, { carryOver });
  });
}
