import { MEETING_STATUSES, WORK_FORMS } from './constants';
import { nonEmptyText, recordMetaSchema, slugSchema } from './record';
import { z } from './zod';

export { MEETING_STATUSES, WORK_FORMS };

export const workFormSchema = z.enum(WORK_FORMS);
export type WorkForm = z.infer<typeof workFormSchema>;

export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingSchema = z.extend(recordMetaSchema, {
  processId: z.uuid(),
  buurtId: slugSchema,
  location: nonEmptyText(200),
  /** Planned start, local date and time as typed: "2026-12-03T19:30". */
  startsAt: z.iso.datetime({ local: true, error: 'geen geldige datum en tijd' }),
  workForm: workFormSchema,
  workFormOther: z._default(z.string().check(z.maxLength(120)), ''),
  facilitators: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))).check(z.maxLength(20)),
    [],
  ),
  /** Target groups this meeting is meant to reach (process design). */
  plannedGroupIds: z._default(z.array(z.string().check(z.maxLength(60))), []),
  status: meetingStatusSchema,
  startedAt: z.optional(z.iso.datetime({ offset: true })),
  closedAt: z.optional(z.iso.datetime({ offset: true })),
  notes: z._default(z.string().check(z.maxLength(20000)), ''),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Who was in the room, counted by the facilitator: a total and per target group. */
export const attendanceSchema = z.extend(recordMetaSchema, {
  meetingId: z.uuid(),
  total: z.number().check(z.int(), z.gte(0), z.lte(100000)),
  byGroup: z._default(
    z.record(z.string().check(z.maxLength(60)), z.number().check(z.int(), z.gte(0), z.lte(100000))),
    {},
  ),
});
export type Attendance = z.infer<typeof attendanceSchema>;
