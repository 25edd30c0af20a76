import { MEETING_STATUSES, WORK_FORMS } from './constants';
import { nonEmptyText, recordMetaSchema, slugSchema } from './record';
import { z } from './zod';

export { MEETING_STATUSES, WORK_FORMS };

export const workFormSchema = z.enum(WORK_FORMS);
export type WorkForm = z.infer<typeof workFormSchema>;

export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingSchema = recordMetaSchema.extend({
  processId: z.uuid(),
  buurtId: slugSchema,
  location: nonEmptyText(200),
  /** Planned start, local date and time as typed: "2026-12-03T19:30". */
  startsAt: z.iso.datetime({ local: true, error: 'geen geldige datum en tijd' }),
  workForm: workFormSchema,
  workFormOther: z.string().max(120).default(''),
  facilitators: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  /** Target groups this meeting is meant to reach (process design). */
  plannedGroupIds: z.array(z.string().max(60)).default([]),
  status: meetingStatusSchema,
  startedAt: z.iso.datetime({ offset: true }).optional(),
  closedAt: z.iso.datetime({ offset: true }).optional(),
  notes: z.string().max(20000).default(''),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Who was in the room, counted by the facilitator: a total and per target group. */
export const attendanceSchema = recordMetaSchema.extend({
  meetingId: z.uuid(),
  total: z.number().int().min(0).max(100000),
  byGroup: z.record(z.string().max(60), z.number().int().min(0).max(100000)).default({}),
});
export type Attendance = z.infer<typeof attendanceSchema>;
